import type { LocaleCode } from '../locales'
import { batched } from './batches'
import { postJson } from './postJson'
import type { MachineTranslationSettings } from './settings'
import type { MachineTranslator } from './translator'

const NAME = 'LibreTranslate'

/**
 * LibreTranslate uses our locale codes as they are. Which languages an instance has installed is
 * its own affair: one without the target answers 400 with its reason.
 */
const supports = (_target: LocaleCode) => true

/**
 * LibreTranslate's API: POST {url}/translate with `{ q: [...], source, target, format, api_key? }`;
 * it answers `{ translatedText: [...] }` in order and `{ error }` on errors (403 bad key, 429
 * too many requests).
 */
export const libreTranslate = (settings: MachineTranslationSettings): MachineTranslator => ({
  name: NAME,
  supports,
  translate: batched(NAME, supports, async (texts, { source, target, format = 'text' }) => {
    const url = new URL(settings.url)
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/translate`
    const answer = await postJson({
      provider: NAME,
      url,
      body: { q: texts, source, target, format, ...(settings.key ? { api_key: settings.key } : {}) },
      timeoutMs: settings.timeoutMs,
      secret: settings.key,
      errorMessageOf: (body) => (body as { error?: unknown } | undefined)?.error,
    })
    return (answer as { translatedText?: unknown } | null)?.translatedText
  }),
})
