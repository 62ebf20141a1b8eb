/** One part of a multipart/form-data body; all strings are byte strings (bytes.ts). */
export type Part = { name: string; filename?: string; contentType?: string; data: string }

/** A 1×1 PNG: a real image, so that an upload passes the type check and reaches deeper code. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
).toString('latin1')

/**
 * Builds the body by hand (not FormData): file names go into the header as given, including
 * NUL bytes, quotes and raw non-UTF-8 bytes, which FormData would escape or refuse.
 */
export const multipartBody = (boundary: string, parts: Part[], { closed = true } = {}): string =>
  parts
    .map((part) => {
      const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`
      const type = part.contentType ? `\r\nContent-Type: ${part.contentType}` : ''
      return `--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n${part.data}\r\n`
    })
    .join('') + (closed ? `--${boundary}--\r\n` : '')
