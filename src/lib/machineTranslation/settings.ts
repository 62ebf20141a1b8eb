import { ConfigError } from '../configError'
import type { Env } from '../env'
import { isServiceUrl } from '../validators'

export const PROVIDERS = ['deepl', 'libretranslate'] as const
export type Provider = (typeof PROVIDERS)[number]

/** Which machine translation service is asked, where, with which key, and how long we wait. */
export type MachineTranslationSettings = {
  provider: Provider
  url: string
  /** Sent to the provider only; never logged, never part of an answer or the admin's bundle. */
  key?: string
  timeoutMs: number
}

export const DEFAULT_TIMEOUT_MS = 20_000
/** An editor waits for the answer: more than two minutes is a typo, not a plan. */
const MAX_TIMEOUT_MS = 120_000

/** DeepL's own API: keys of the free plan end in ":fx" and only work on the free host. */
const deeplUrl = (key: string) =>
  key.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com'

const isSettings = (value: unknown): value is MachineTranslationSettings => {
  const settings = value as Partial<MachineTranslationSettings> | null | undefined
  return (
    PROVIDERS.includes(settings?.provider as Provider) &&
    typeof settings?.url === 'string' &&
    typeof settings.timeoutMs === 'number'
  )
}

/** The machine translation of a built config, or null (off: no text leaves the server). */
export const machineTranslationOf = (config: {
  custom?: Record<string, unknown>
}): MachineTranslationSettings | null => {
  const options = config.custom?.integrationNetworks as { machineTranslation?: unknown } | undefined
  return isSettings(options?.machineTranslation) ? options.machineTranslation : null
}

/**
 * The machine translation from TRANSLATION_PROVIDER (`deepl` or `libretranslate`; unset or
 * empty: off), TRANSLATION_PROVIDER_URL (DeepL: its API by default; LibreTranslate: required),
 * TRANSLATION_PROVIDER_KEY (DeepL: required; LibreTranslate: when the instance asks for one) and
 * TRANSLATION_TIMEOUT_MS (per request to the provider, default 20 s). Messages never repeat the key.
 */
export const machineTranslationFromEnv = (env: Env = process.env): MachineTranslationSettings | null => {
  const provider = env.TRANSLATION_PROVIDER?.trim().toLowerCase()
  const rawUrl = env.TRANSLATION_PROVIDER_URL?.trim()
  const key = env.TRANSLATION_PROVIDER_KEY?.trim() || undefined
  if (!provider) {
    // A URL or key without a provider means somebody expected translations: say why there are none.
    if (rawUrl || key) {
      throw new ConfigError(
        `TRANSLATION_PROVIDER_URL or TRANSLATION_PROVIDER_KEY is set, but TRANSLATION_PROVIDER is not: set it to ${PROVIDERS.join(' or ')}, or unset the others.`,
      )
    }
    return null
  }
  if (!PROVIDERS.includes(provider as Provider)) {
    throw new ConfigError(
      `TRANSLATION_PROVIDER must be ${PROVIDERS.join(' or ')} (or unset for none), got "${env.TRANSLATION_PROVIDER}".`,
    )
  }
  // A line break would end the header early: refuse it here rather than fail every request.
  if (key && [...key].some((char) => char <= ' ' || char === '\u007f')) {
    throw new ConfigError(
      'TRANSLATION_PROVIDER_KEY must be a single word without spaces or control characters.',
    )
  }
  if (provider === 'deepl' && !key) {
    throw new ConfigError('TRANSLATION_PROVIDER=deepl needs TRANSLATION_PROVIDER_KEY (the DeepL API key).')
  }
  if (provider === 'libretranslate' && !rawUrl) {
    throw new ConfigError(
      'TRANSLATION_PROVIDER=libretranslate needs TRANSLATION_PROVIDER_URL (where the LibreTranslate server answers).',
    )
  }
  const url = rawUrl || deeplUrl(key!)
  if (!isServiceUrl(url)) {
    throw new ConfigError(
      `TRANSLATION_PROVIDER_URL must be an http(s) URL without user or password, got "${env.TRANSLATION_PROVIDER_URL}".`,
    )
  }
  const rawTimeout = env.TRANSLATION_TIMEOUT_MS?.trim()
  const timeoutMs = rawTimeout ? Number(rawTimeout) : DEFAULT_TIMEOUT_MS
  if (rawTimeout && (!/^\d+$/.test(rawTimeout) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS)) {
    throw new ConfigError(
      `TRANSLATION_TIMEOUT_MS must be a whole number of milliseconds between 1 and ${MAX_TIMEOUT_MS}, got "${env.TRANSLATION_TIMEOUT_MS}".`,
    )
  }
  return { provider: provider as Provider, url, ...(key ? { key } : {}), timeoutMs }
}
