import http from 'node:http'
import { isDeepStrictEqual } from 'node:util'

import type { Request } from '../scenarios'

/**
 * The harness's requests outside the measured load: comparing answers with raw SQL, and making
 * sure that a "hit" run measures cached answers and a "miss" run computed ones.
 */

/** The request header with which a "miss" run bypasses the public cache (src/lib/publicCache/cacheKey.ts). */
export const MISS_HEADER = 'X-Bench-Cache'

export type Answer = {
  status: number
  body: unknown
  xCache: string | undefined
  /** When the answer stops being true (epoch ms, from its `Expires` header), for answers that depend on the clock. */
  expires?: number
}

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
          const expires = Date.parse(response.headers.expires ?? '')
          resolve({
            status: response.statusCode ?? 0,
            body: parsed,
            xCache: Array.isArray(xCache) ? xCache.join(', ') : xCache,
            ...(Number.isNaN(expires) ? {} : { expires }),
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })

/**
 * Answers that say when they were made: the directory (`generatedAt`) and the offer search
 * (`at`, the instant its opening states are computed for). Two answers made a moment apart, or a
 * cached one and a computed one, differ there and nowhere else: a cached offer search is kept only
 * until the next opening or closing among its places (its Expires header), so its opening states
 * still hold when it is compared.
 */
const CLOCK_FIELDS = ['generatedAt', 'at'] as const
const withoutClock = (body: unknown) => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body
  const present = CLOCK_FIELDS.filter((field) => field in body)
  return present.length ? { ...body, ...Object.fromEntries(present.map((field) => [field, null])) } : body
}

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

/**
 * Before a hit run of `seconds` (warm-up and measurement): cached answers that stay in the cache
 * for the whole run. An answer that depends on the clock (the offer search's "open now") is kept
 * only until its `Expires` (at most 60 s, or the next opening or closing among its places); when
 * the one in the cache would expire during the run, this waits until it has and caches it anew,
 * a few times at most. Returns the cached answers and whether they outlast the run.
 */
export const ensureCachedFor = async (
  base: string,
  requests: Request[],
  workers: number,
  scenario: number,
  seconds: number,
  sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
) => {
  for (let attempt = 1; ; attempt++) {
    const answers = await ensureCached(base, requests, workers, scenario)
    const expires = Math.min(...answers.map(({ expires }) => expires ?? Number.POSITIVE_INFINITY))
    const left = expires - Date.now()
    if (left >= seconds * 1000 || attempt === 4) return { answers, outlastsRun: left >= seconds * 1000 }
    await sleep(left + 100)
  }
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
