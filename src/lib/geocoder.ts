import { ConfigError } from './configError'
import type { Env } from './env'
import { readBounded } from './readBounded'
import { isServiceUrl } from './validators'

/** Where a Nominatim-compatible service answers, and how we identify ourselves to it. */
export type GeocoderSettings = { url: string; userAgent: string; timeoutMs: number }

export type Address = { street?: string | null; postalCode?: string | null; city?: string | null }

export type GeocodeResult =
  | { ok: true; latitude: number; longitude: number }
  /** `problem` is German, for editors; `problemEn` for English editors and the log. */
  | { ok: false; problem: string; problemEn: string }

const DEFAULT_TIMEOUT_MS = 5000
/** A save waits for the answer: more than a minute is a typo, not a plan. */
const MAX_TIMEOUT_MS = 60_000
/** One result of Nominatim is well under a kilobyte; anything this large is not one. */
const MAX_ANSWER_BYTES = 256 * 1024

const isSettings = (value: unknown): value is GeocoderSettings => {
  const settings = value as Partial<GeocoderSettings> | null | undefined
  return (
    typeof settings?.url === 'string' &&
    typeof settings.userAgent === 'string' &&
    typeof settings.timeoutMs === 'number'
  )
}

/** The geocoder of a built config, or null (off: no request leaves the server). */
export const geocoderOf = (config: { custom?: Record<string, unknown> }): GeocoderSettings | null => {
  const options = config.custom?.integrationNetworks as { geocoder?: unknown } | undefined
  return isSettings(options?.geocoder) ? options.geocoder : null
}

/**
 * The geocoder from GEOCODER_URL (unset or empty: none), GEOCODER_USER_AGENT and
 * GEOCODER_TIMEOUT_MS. Nominatim's usage policy asks every client to identify itself, so the
 * default agent names the product and, when known, the server it runs on.
 */
export const geocoderFromEnv = (env: Env = process.env): GeocoderSettings | null => {
  const url = env.GEOCODER_URL?.trim()
  if (!url) return null
  if (!isServiceUrl(url)) {
    throw new ConfigError(
      `GEOCODER_URL must be an http(s) URL of a Nominatim-compatible service, got "${env.GEOCODER_URL}".`,
    )
  }
  const serverUrl = env.SERVER_URL?.trim()
  const userAgent =
    env.GEOCODER_USER_AGENT?.trim() || `integrationsnetzwerk-cms${serverUrl ? ` (+${serverUrl})` : ''}`
  // A line break would end the header early: refuse it here rather than fail every request.
  if ([...userAgent].some((char) => char < ' ' || char === '\u007f')) {
    throw new ConfigError('GEOCODER_USER_AGENT must be a single line without control characters.')
  }
  const rawTimeout = env.GEOCODER_TIMEOUT_MS?.trim()
  const timeoutMs = rawTimeout ? Number(rawTimeout) : DEFAULT_TIMEOUT_MS
  if (rawTimeout && (!/^\d+$/.test(rawTimeout) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS)) {
    throw new ConfigError(
      `GEOCODER_TIMEOUT_MS must be a whole number of milliseconds between 1 and ${MAX_TIMEOUT_MS}, got "${env.GEOCODER_TIMEOUT_MS}".`,
    )
  }
  return { url, userAgent, timeoutMs }
}

const problem = (de: string, en: string): GeocodeResult => ({ ok: false, problem: de, problemEn: en })

const clean = (value: string | null | undefined) => value?.trim() ?? ''

/** Nominatim writes degrees as strings ("51.3500000"); accept those and plain numbers only. */
const degrees = (value: unknown, max: number): number | null => {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
        ? Number(value)
        : NaN
  return Number.isFinite(number) && Math.abs(number) <= max ? number : null
}

const seconds = (ms: number) => ({
  de: (ms / 1000).toLocaleString('de-DE'),
  en: (ms / 1000).toLocaleString('en-GB'),
})

/**
 * The position of a German address from a Nominatim-compatible service. Never throws: every
 * failure is a problem an editor can read, because a failed lookup must not block a save.
 */
export const geocode = async (
  address: Address,
  settings: GeocoderSettings,
  signal?: AbortSignal,
): Promise<GeocodeResult> => {
  const street = clean(address.street)
  const postalCode = clean(address.postalCode)
  const city = clean(address.city)
  if (!street || !city) {
    return problem(
      'Koordinaten nicht ermittelt: Straße und Ort der Anschrift fehlen.',
      'Coordinates not found: the address lacks its street or city.',
    )
  }
  const timeout = AbortSignal.timeout(settings.timeoutMs)
  try {
    const endpoint = new URL(settings.url)
    endpoint.pathname = `${endpoint.pathname.replace(/\/+$/, '')}/search`
    endpoint.search = new URLSearchParams({
      street,
      ...(postalCode ? { postalcode: postalCode } : {}),
      city,
      countrycodes: 'de',
      format: 'jsonv2',
      limit: '1',
    }).toString()
    const response = await fetch(endpoint, {
      headers: { 'User-Agent': settings.userAgent, 'Accept-Language': 'de', Accept: 'application/json' },
      // A redirect could lead the server's request anywhere, also into the internal network.
      redirect: 'manual',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined)
      return problem(
        `Koordinaten nicht ermittelt: Die Ortssuche leitet weiter (Status ${response.status}); Weiterleitungen folgen wir nicht.`,
        `Coordinates not found: the geocoder redirects (status ${response.status}); redirects are not followed.`,
      )
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      return problem(
        `Koordinaten nicht ermittelt: Die Ortssuche antwortete mit Status ${response.status}. Später erneut speichern oder die Koordinaten von Hand eintragen.`,
        `Coordinates not found: the geocoder answered with status ${response.status}. Save again later or enter the coordinates by hand.`,
      )
    }
    const text = await readBounded(response, MAX_ANSWER_BYTES)
    let answer: unknown
    try {
      answer = text === null ? undefined : JSON.parse(text)
    } catch {
      answer = undefined
    }
    if (!Array.isArray(answer)) {
      return problem(
        'Koordinaten nicht ermittelt: Die Antwort der Ortssuche ist unverständlich.',
        'Coordinates not found: the geocoder’s answer is not a list of results.',
      )
    }
    if (answer.length === 0) {
      return problem(
        'Koordinaten nicht ermittelt: Die Ortssuche kennt diese Anschrift nicht. Anschrift prüfen oder die Koordinaten von Hand eintragen.',
        'Coordinates not found: the geocoder does not know this address. Check it or enter the coordinates by hand.',
      )
    }
    const first = answer[0] as { lat?: unknown; lon?: unknown } | null
    const latitude = degrees(first?.lat, 90)
    const longitude = degrees(first?.lon, 180)
    if (latitude === null || longitude === null) {
      return problem(
        'Koordinaten nicht ermittelt: Die Ortssuche lieferte keine gültigen Koordinaten.',
        'Coordinates not found: the geocoder returned no valid coordinates.',
      )
    }
    return { ok: true, latitude, longitude }
  } catch (error) {
    if (timeout.aborted) {
      const { de, en } = seconds(settings.timeoutMs)
      return problem(
        `Koordinaten nicht ermittelt: Die Ortssuche antwortete nicht innerhalb von ${de} s.`,
        `Coordinates not found: the geocoder did not answer within ${en} s.`,
      )
    }
    if (signal?.aborted) {
      return problem(
        'Koordinaten nicht ermittelt: Die Anfrage wurde abgebrochen.',
        'Coordinates not found: the request was cancelled.',
      )
    }
    const cause = (error as { cause?: { code?: unknown } }).cause
    const code = typeof cause?.code === 'string' ? ` (${cause.code})` : ''
    return problem(
      `Koordinaten nicht ermittelt: Die Ortssuche ist nicht erreichbar${code}.`,
      `Coordinates not found: the geocoder cannot be reached${code}.`,
    )
  }
}
