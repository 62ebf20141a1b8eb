import { createHash } from 'node:crypto'

/** Short enough that editors see their changes soon, long enough to absorb bursts. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/**
 * For an answer that stops being true at `expiresAt` (epoch ms) though nothing is written, such
 * as "open now": shared caches keep it until then and not a moment longer (no stale serving).
 */
export const expiringCacheControl = (expiresAt: number, now = Date.now()): string =>
  `public, max-age=${Math.max(0, Math.floor((expiresAt - now) / 1000))}`

const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

/** A request that carries credentials gets a personal answer, which no shared cache may keep. */
export const isAuthenticated = (request: Request): boolean =>
  request.headers.has('authorization') || SESSION_COOKIE.test(request.headers.get('cookie') ?? '')

/** Whether an If-None-Match header names this (weak) ETag, or any. */
const matches = (ifNoneMatch: string | null, etag: string): boolean =>
  Boolean(ifNoneMatch) &&
  ifNoneMatch!
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag.replace(/^W\//, ''))

/**
 * Wraps a GET route handler: anonymous JSON answers get a weak ETag (compression may change
 * the bytes, not the content), `Cache-Control: public` with stale-while-revalidate, and 304
 * for a matching If-None-Match; authenticated answers are `private, no-store`.
 */
export const withHttpCaching =
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context): Promise<Response> => {
    const response = await handler(request, context)
    const headers = new Headers(response.headers)
    headers.append('Vary', 'Authorization, Cookie')
    if (isAuthenticated(request)) {
      headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      })
    }
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) {
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      })
    }
    const body = await response.arrayBuffer()
    const etag = `W/"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 32)}"`
    headers.set('ETag', etag)
    const expires = Date.parse(response.headers.get('expires') ?? '')
    headers.set('Cache-Control', Number.isNaN(expires) ? PUBLIC_CACHE_CONTROL : expiringCacheControl(expires))
    if (matches(request.headers.get('if-none-match'), etag)) {
      headers.delete('Content-Length')
      return new Response(null, { status: 304, headers })
    }
    return new Response(body, { status: 200, headers })
  }
