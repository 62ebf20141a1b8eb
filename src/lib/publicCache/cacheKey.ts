import { extractHeaderLanguage } from '@payloadcms/translations'
import type { SanitizedConfig } from 'payload'

/** How a request's headers are read: a Fetch `Headers` or node's incoming headers. */
export type HeaderOf = (name: string) => string | undefined

export type KeyConfig = Pick<SanitizedConfig, 'cookiePrefix' | 'cors' | 'i18n'>

/** The header with which the benchmark asks for a computed answer (only when BENCH_CACHE_SWITCH=1). */
export const BENCH_HEADER = 'x-bench-cache'

const cookieNamed = (cookies: string | undefined, name: string): string | undefined => {
  if (!cookies) return undefined
  for (const part of cookies.split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

/**
 * Whether a request may be answered from, and its answer stored in, the shared cache: a read
 * that carries no credentials of any kind (no Authorization header: JWT, Bearer or API key; no
 * session cookie) and asks for published content only. Whether the answer really was computed
 * for nobody is checked again when it is stored (recording.ts).
 */
export const isCacheableRequest = (
  config: KeyConfig,
  method: string,
  search: URLSearchParams,
  header: HeaderOf,
): boolean => {
  if (method !== 'GET' && method !== 'POST') return false
  if (header('authorization') !== undefined) return false
  if (cookieNamed(header('cookie'), `${config.cookiePrefix || 'payload'}-token`) !== undefined) return false
  const draft = search.get('draft')
  if (draft !== null && draft !== 'false') return false
  if (process.env.BENCH_CACHE_SWITCH === '1' && header(BENCH_HEADER) === 'miss') return false
  return true
}

/**
 * The key of an answer: everything of the request that the answer depends on, and nothing else
 * (so that equal requests share one answer): the path, the query parameters in a stable order, the
 * admin language Payload picks for messages (cookie or Accept-Language), and the origin when it
 * is one that gets CORS headers.
 */
export const cacheKey = (
  config: KeyConfig,
  method: string,
  pathname: string,
  search: URLSearchParams,
  header: HeaderOf,
  body = '',
): string => {
  const params = [...search].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = new URLSearchParams(params).toString()
  const supported = Object.keys(config.i18n.supportedLanguages)
  const fromCookie = cookieNamed(header('cookie'), `${config.cookiePrefix || 'payload'}-lng`)
  const accept = header('accept-language')
  const fromHeader = accept ? extractHeaderLanguage(accept) : undefined
  const language =
    fromCookie && supported.includes(fromCookie)
      ? fromCookie
      : fromHeader && supported.includes(fromHeader)
        ? fromHeader
        : config.i18n.fallbackLanguage
  const origin = header('origin')
  const origins =
    typeof config.cors === 'object' && !Array.isArray(config.cors) ? config.cors.origins : config.cors
  const cors = origins === '*' ? ['*'] : (origins ?? [])
  const corsOrigin = origin && (cors.includes(origin) || cors.includes('*')) ? origin : ''
  return `${method} ${pathname}?${query}\n${language}\n${corsOrigin}\n${body}`
}
