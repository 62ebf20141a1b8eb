import { parsePhoneNumberWithError } from 'libphonenumber-js'

/** `value` as a URL when it is an absolute http(s) one, else null. */
const httpUrlOf = (value: string): URL | null => {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** An absolute http(s) URL; other schemes (javascript:, ftp:, mailto:) are refused. */
export const isHttpUrl = (value: string): boolean => Boolean(httpUrlOf(value)?.hostname.includes('.'))

/**
 * The address of a service the server calls (geocoder, translation provider): http(s), without
 * credentials in the URL (they would end up in logs); keys go in their own variables.
 */
export const isServiceUrl = (value: string): boolean => {
  const url = httpUrlOf(value)
  return Boolean(url && !url.username && !url.password)
}

/** A German postal code: five digits, 01001 to 99998. */
export const isGermanPostalCode = (value: string): boolean =>
  /^\d{5}$/.test(value) && Number(value) >= 1001 && Number(value) <= 99998

/**
 * A phone number in E.164 form (+493461402228), read the German way when it has no country
 * code ("03461 40 2228"); undefined when it is not a plausible number.
 */
export const normalizePhone = (value: string): string | undefined => {
  try {
    const parsed = parsePhoneNumberWithError(value, 'DE')
    // libphonenumber accepts very short German numbers; real lines have at least six digits.
    return parsed.isValid() && parsed.nationalNumber.length >= 6 ? parsed.number : undefined
  } catch {
    return undefined
  }
}

/** A clock time "HH:MM" (24-hour). */
export const isClockTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value)

export const CURRENT_YEAR = (): number => new Date().getFullYear()
