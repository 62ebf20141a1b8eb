// RFC 8187 attr-char: what a `filename*` value may carry unencoded.
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/

/** UTF-8, percent-encoded as RFC 8187 asks (stricter than encodeURIComponent: also ' ( ) *). */
const encodeExtValue = (value: string): string =>
  [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte)
      return byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    })
    .join('')

/**
 * `Content-Disposition: attachment` with the file name (RFC 6266): a quoted ASCII `filename` for
 * every client (accents dropped, anything else that is not printable ASCII, quotes, backslashes
 * and percent signs replaced by `_`), and `filename*` in UTF-8 when that lost anything.
 */
export const attachmentDisposition = (filename: string): string => {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_')
  const plain = `attachment; filename="${ascii}"`
  return ascii === filename ? plain : `${plain}; filename*=UTF-8''${encodeExtValue(filename)}`
}
