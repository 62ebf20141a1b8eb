import http from 'node:http'
import { isDeepStrictEqual } from 'node:util'

import type { Request } from '../scenarios'

/**
 * The harness's requests outside the measured load: comparing answers with raw SQL, and making
 * sure that a "hit" run measures cached answers and a "miss" run computed ones.
 */

/** The request header with which a "miss" run bypasses the public cache (src/lib/publicCache/cacheKey.ts). */
export const MISS_HEADER = 'X-Bench-Cache'

export type Answer = { status: number; body: unknown; xCache: string | undefined }

/**
 * One request, as the load generator sends it, over a connection of its own: a server with
 * several workers deals new connections to them in turn, so that consecutive requests reach
 * every worker.
 */
export const send = (base: string, request: Request) =>
  new Promise<Answer>((resolve, reject) => {
    const body = request.body?.replaceAll('{n}', `check-${Date.now()}`)
    const outgoing = http.request(
      `${base}${request.path}`,
      {
        method: request.method,
        agent: false,
        headers: { ...request.headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('error', reject)
        response.on('end', () => {
          let parsed: unknown = text
          try {
            parsed = JSON.parse(text)
          } catch {
            // Not JSON: compared as text.
          }
          const xCache = response.headers['x-cache']
          resolve({
            status: response.statusCode ?? 0,
            body: parsed,
            xCache: Array.isArray(xCache) ? xCache.join(', ') : xCache,
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })

/** The directory says when it was generated; that may differ by a millisecond between two answers. */
const withoutClock = (body: unknown) =>
  body && typeof body === 'object' && 'generatedAt' in body ? { ...body, generatedAt: null } : body

export const sameAs = (a: Answer, b: Answer) =>
  a.status === b.status && isDeepStrictEqual(withoutClock(a.body), withoutClock(b.body))

export const asMiss = (request: Request): Request => ({
  ...request,
  headers: { ...request.headers, [MISS_HEADER]: 'miss' },
})

/**
 * Before a hit run: each distinct request goes to every worker twice (the first answer is
 * stored, the second should come from the cache), then until an answer says `X-Cache: HIT`.
 * Throws when none does: a "hit" run that measured computed answers would be a lie.
 */
export const ensureCached = async (base: string, requests: Request[], workers: number, scenario: number) => {
  const answers: Answer[] = []
  for (const request of requests) {
    for (let attempt = 0; attempt < 2 * workers + 3; attempt++) {
      const answer = await send(base, request)
      if (answer.status >= 300)
        throw new Error(
          `Scenario ${scenario}: the CMS answered ${answer.status} ${JSON.stringify(answer.body)}`,
        )
      if (attempt >= 2 * workers && answer.xCache === 'HIT') {
        answers.push(answer)
        break
      }
      if (attempt === 2 * workers + 2) {
        throw new Error(
          `Scenario ${scenario} (hit): ${attempt + 1} equal requests, and the last answer still said X-Cache: ${answer.xCache ?? '(none)'}. ` +
            'Is the public cache on (CACHE_MAX_MB > 0) and does it hold this request? Measure it with --cache miss only.',
        )
      }
      if (attempt >= 2 * workers) await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return answers
}

/** Before a miss run: with the answer cached, the switch must still get a computed one. */
export const ensureBypassed = async (base: string, request: Request, scenario: number) => {
  await send(base, request)
  await send(base, request)
  const answer = await send(base, asMiss(request))
  if (answer.xCache === 'HIT') {
    throw new Error(
      `Scenario ${scenario} (miss): a request with ${MISS_HEADER}: miss was answered from the cache; ` +
        'the server ignores the switch (is BENCH_CACHE_SWITCH=1 reaching it?).',
    )
  }
  return answer
}
