/** Files browsers may show inline: the image types Media stores. Anything else is downloaded. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])

/**
 * For a file opened directly: no scripts, no plugins, no requests except the image itself, and
 * a sandbox (unique origin) for whatever a browser might still render.
 */
export const FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

/** The type without parameters, e.g. `application/pdf` of `application/pdf; charset=binary`. */
const essence = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase()

/** Whether a file with these headers is shown inline (a stored image) or downloaded. */
export const isInline = (headers: Headers) => INLINE_TYPES.has(essence(headers.get('content-type')))

/**
 * `upload.modifyResponseHeaders`: Payload calls it for every local file it serves (whole, range,
 * unsatisfiable range), with the type it detected from the content. A PDF with JavaScript, or
 * anything a browser might sniff as HTML, is never run in the CMS's origin; non-images are
 * downloaded (the file name is added by downloadFilename.ts, which knows it).
 */
export const fileResponseHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', FILE_CONTENT_SECURITY_POLICY)
  if (!isInline(headers)) headers.set('Content-Disposition', 'attachment')
  return headers
}
