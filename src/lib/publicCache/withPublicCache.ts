import { getPayload, type SanitizedConfig } from 'payload'

import { answerFromCache } from './answerFromCache'
import { cacheKey, isCacheableRequest } from './cacheKey'
import { publicCache } from './publicCache'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/**
 * Wraps a GET route handler with the public cache: an anonymous read of published content is
 * answered from the cache when it is there, and stored when it is computed; everything else
 * (credentials, drafts, a cache that cannot listen for changes) goes to the handler as before.
 * The express server answers hits before Next is asked (src/server/serveCachedAnswers.ts); this
 * is where answers are computed and stored, and where hosts without that server get them.
 */
export const withPublicCache =
  (config: Config) =>
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context): Promise<Response> => {
    const cache = publicCache()
    if (!cache || request.method !== 'GET') return handler(request, context)
    const url = new URL(request.url)
    const header = (name: string) => request.headers.get(name) ?? undefined
    const sanitized = await config
    if (!isCacheableRequest(sanitized, 'GET', url.searchParams, header)) return handler(request, context)
    if (!(await cache.ensureListening(await getPayload({ config: sanitized })))) {
      return handler(request, context)
    }
    const key = cacheKey(sanitized, 'GET', url.pathname, url.searchParams, header)
    return answerFromCache(cache, sanitized, key, request.headers.get('if-none-match'), () => {
      const headers = new Headers(request.headers)
      headers.delete('if-none-match')
      return handler(new Request(request.url, { method: 'GET', headers, signal: request.signal }), context)
    })
  }
