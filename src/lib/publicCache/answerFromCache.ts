import { createHash } from 'node:crypto'

import type { SanitizedConfig } from 'payload'

import { expiringCacheControl } from '../httpCaching'
import type { StoredAnswer } from './answerStore'
import type { PublicCache } from './publicCache'
import { recordReads } from './recording'

/** Headers that belong to one exchange, not to the answer. */
const NOT_STORED = new Set([
  'content-length',
  'content-encoding',
  'date',
  'connection',
  'keep-alive',
  'x-cache',
])

/**
 * An answer's own end of validity, for answers that depend on the clock: what its computation
 * noted (`noteExpiry`), or its `Expires` header, whichever comes first.
 */
const expiryOf = (response: Response, noted: number | undefined): { expiresAt?: number } => {
  const header = Date.parse(response.headers.get('expires') ?? '')
  const expiresAt = Math.min(
    Number.isNaN(header) ? Number.POSITIVE_INFINITY : header,
    noted ?? Number.POSITIVE_INFINITY,
  )
  return Number.isFinite(expiresAt) ? { expiresAt } : {}
}

/** Whether an If-None-Match header names this (weak) ETag, or any. */
export const etagMatches = (ifNoneMatch: string | undefined | null, etag: string): boolean =>
  Boolean(ifNoneMatch) &&
  ifNoneMatch!
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag.replace(/^W\//, ''))

/**
 * The headers of a stored answer as sent now: an answer that expires (it depends on the clock)
 * may be kept by others only for the time it has left.
 */
export const currentHeaders = (answer: StoredAnswer): Array<[string, string]> =>
  answer.expiresAt === undefined
    ? answer.headers
    : answer.headers.map(([name, value]) =>
        name === 'cache-control' ? [name, expiringCacheControl(answer.expiresAt!)] : [name, value],
      )

/** A stored answer as a Fetch response (304 when the client has it already). */
export const responseOf = (answer: StoredAnswer, ifNoneMatch: string | null, state: 'HIT' | 'MISS') => {
  const headers = new Headers(currentHeaders(answer))
  headers.set('X-Cache', state)
  if (etagMatches(ifNoneMatch, answer.etag)) return new Response(null, { status: 304, headers })
  return new Response(new Uint8Array(answer.body), { status: answer.status, headers })
}

/**
 * Whether a computed answer is published content that anybody may see: a plain 200 in JSON,
 * computed without a signed-in user and without drafts or versions, that sets no cookie and that
 * its handler did not mark private.
 */
const storable = (response: Response, personal: boolean, unpublished: boolean, read: number) =>
  response.status === 200 &&
  read > 0 &&
  !personal &&
  !unpublished &&
  /json/.test(response.headers.get('content-type') ?? '') &&
  !response.headers.has('set-cookie') &&
  !/private|no-store/.test(response.headers.get('cache-control') ?? '')

/**
 * Answers a cacheable request from the cache, or computes it with `compute` and stores it when it
 * is published content. `compute` gets no If-None-Match (the stored answer must be whole).
 */
export const answerFromCache = async (
  cache: PublicCache,
  config: SanitizedConfig,
  key: string,
  ifNoneMatch: string | null,
  compute: () => Promise<Response>,
): Promise<Response> => {
  const hit = cache.store.get(key)
  if (hit) return responseOf(hit, ifNoneMatch, 'HIT')
  const snapshot = cache.store.snapshot()
  const { result: response, reads } = await recordReads(compute)
  if (!storable(response, reads.personal, reads.unpublished, reads.slugs.size)) return response
  const body = Buffer.from(await response.arrayBuffer())
  const headers: Array<[string, string]> = []
  response.headers.forEach((value, name) => {
    if (!NOT_STORED.has(name)) headers.push([name, value])
  })
  let etag = response.headers.get('etag')
  if (!etag) {
    etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
    headers.push(['etag', etag])
  }
  const answer: StoredAnswer = {
    status: response.status,
    headers,
    body,
    etag,
    tags: cache.tagsOf(config, reads.slugs),
    ...expiryOf(response, reads.expiresAt),
  }
  cache.store.set(key, answer, snapshot)
  return responseOf(answer, ifNoneMatch, 'MISS')
}
