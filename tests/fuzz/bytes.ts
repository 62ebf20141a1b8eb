/**
 * Requests are kept as "byte strings": one character per byte (latin1), so that a target or
 * body can hold invalid UTF-8 and raw control bytes exactly as they go over the wire, and
 * still be compared, stored as JSON and printed.
 */

/** The UTF-8 bytes of ordinary text, as a byte string. */
export const utf8 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1')

/** A byte string as the bytes to send. */
export const toBuffer = (bytes: string): Buffer => Buffer.from(bytes, 'latin1')

/** Percent-encodes text as a query value or path segment (UTF-8, RFC 3986 unreserved kept). */
export const enc = (text: string): string => encodeURIComponent(text)

const ESCAPES = Array.from({ length: 256 }, (_, byte) => {
  const char = String.fromCharCode(byte)
  return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
})

/** Percent-encodes every byte of a byte string that is not unreserved (works on invalid UTF-8 too). */
export const encBytes = (bytes: string): string => {
  let out = ''
  for (let i = 0; i < bytes.length; i++) out += ESCAPES[bytes.charCodeAt(i) & 0xff]
  return out
}

/** A byte string for a report: printable ASCII as is, anything else as \xNN. */
export const printable = (bytes: string, max = 300): string => {
  const shown = bytes.length > max ? bytes.slice(0, max) : bytes
  const text = shown.replace(
    /[^\x20-\x7e]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  )
  return bytes.length > max ? `${text}… (${bytes.length} bytes)` : text
}

/** Percent-escapes decoded where they are valid, the rest left alone (to classify a target). */
export const lenientDecode = (bytes: string): string =>
  bytes.replace(/%([0-9a-fA-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
