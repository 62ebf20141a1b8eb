import type { RequestHandler } from 'express'

const SESSION_COOKIE = /(?:^|;\s*)payload-token=/
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Drops the session cookie from a request, which then counts as anonymous. */
const withoutSession = (cookie: string) =>
  cookie
    .split(';')
    .filter((part) => !part.trim().startsWith('payload-token='))
    .join(';')

/**
 * A session cookie counts only for requests from this CMS's own origin or an origin listed in
 * CORS_ORIGINS. Payload accepted it from any origin when none was configured (docs/production.md's
 * default): a page on another origin could act as the signed-in editor, e.g. log them out with
 * a cross-origin POST. The own origin is what the request was sent to (scheme and host as
 * express sees them, TRUST_PROXY included), so this holds without SERVER_URL.
 *
 * Writes from a foreign origin are refused with 403; reads are answered as anonymous. Browsers
 * send `Origin` with every cross-origin request that could change something, and
 * `Sec-Fetch-Site` with the rest; clients without either (curl, servers) are not browsers and
 * cannot be tricked into sending someone else's cookie.
 */
export const crossOriginCredentials =
  (allowedOrigins: readonly string[]): RequestHandler =>
  (req, res, next) => {
    const cookie = req.headers.cookie
    if (!cookie || !SESSION_COOKIE.test(cookie)) return next()
    const origin = req.headers.origin
    const site = req.headers['sec-fetch-site']
    const own = `${req.protocol}://${req.get('host')}`
    const foreign =
      origin !== undefined
        ? origin !== own && !allowedOrigins.includes(origin)
        : // A link followed from elsewhere (a top-level GET) may keep the session, like SameSite=Lax.
          site === 'cross-site' && !(req.method === 'GET' && req.headers['sec-fetch-mode'] === 'navigate')
    if (!foreign) return next()
    if (!SAFE_METHODS.has(req.method)) {
      res
        .status(403)
        .set('Cache-Control', 'no-store')
        .json({
          errors: [
            {
              message: `A request from ${origin ?? 'another site'} may not use this CMS's session; list the origin in CORS_ORIGINS if it is a frontend of yours.`,
            },
          ],
        })
      return
    }
    req.headers.cookie = withoutSession(cookie)
    next()
  }
