import { gzipSync } from 'node:zlib'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { currentHeaders, etagMatches } from '../lib/publicCache/answerFromCache'
import { cacheKey, isCacheableRequest } from '../lib/publicCache/cacheKey'
import { publicCache } from '../lib/publicCache/publicCache'

/** Smaller answers are sent as they are: gzip would save little and cost a header. */
const GZIP_FROM_BYTES = 1024

/**
 * Answers anonymous reads that the public cache holds before Next is asked: a hit costs a map
 * lookup and a write, no routing, no Payload, no database. Placed before the compression and
 * the admission queue; a hit sends the gzipped body it keeps (made once). Everything else goes on
 * to Next, where answers are computed and stored (src/lib/publicCache/withPublicCache.ts).
 */
export const serveCachedAnswers =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'GET' || !req.path.startsWith(`${payload.config.routes.api}/`)) return next()
    const cache = publicCache()
    if (!cache?.active) return next()
    const header = (name: string) => {
      const value = req.headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    }
    const url = new URL(req.originalUrl, 'http://cms.invalid')
    if (!isCacheableRequest(payload.config, 'GET', url.searchParams, header)) return next()
    const key = cacheKey(payload.config, 'GET', url.pathname, url.searchParams, header)
    const answer = cache.store.get(key)
    if (!answer) return next()

    for (const [name, value] of currentHeaders(answer)) res.setHeader(name, value)
    res.setHeader('X-Cache', 'HIT')
    res.vary('Accept-Encoding')
    if (etagMatches(req.headers['if-none-match'], answer.etag)) {
      res.status(304).end()
      return
    }
    res.status(answer.status)
    let body = answer.body
    if (body.length >= GZIP_FROM_BYTES && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      if (!answer.gzip) cache.store.addGzip(key, answer, gzipSync(answer.body))
      body = answer.gzip ?? gzipSync(answer.body)
      res.setHeader('Content-Encoding', 'gzip')
    }
    res.setHeader('Content-Length', body.length)
    res.end(body)
  }
