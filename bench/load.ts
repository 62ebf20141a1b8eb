/**
 * One load measurement, in a process of its own so that the load generator does not share a
 * core's event loop with the harness: reads a LoadJob as JSON from argv, warms up, measures,
 * prints a LoadResult as JSON on stdout.
 *
 *   node --import tsx bench/load.ts '{"url":"http://127.0.0.1:3000", …}'
 */
import autocannon from 'autocannon'

import type { Request } from './scenarios'

export type LoadJob = {
  url: string
  requests: Request[]
  connections: number
  durationSeconds: number
  warmupSeconds: number
}

export type LoadResult = {
  p50: number
  p95: number
  p99: number
  requestsPerSecond: number
  requests: number
  errors: number
  non2xx: number
  /** Measured answers that said `X-Cache: HIT` (served from the public cache). */
  cacheHits: number
}

let created = 0
let cacheHits = 0
/** Answers with a 2xx status: throughput counts only these (a 503 from the admission queue is quick). */
let succeeded = 0

/** Header names as the server spelled them (express keeps case, Fetch's Headers lower-case). */
const fromCache = (headers: autocannon.Request['headers']) =>
  Object.entries(headers ?? {}).some(([name, value]) => name.toLowerCase() === 'x-cache' && value === 'HIT')

/**
 * Every answer is checked for `X-Cache: HIT`, so that a run says how many answers came from the
 * cache; chains put the id a POST created into the next request's `:id`.
 */
const requestsOf = (requests: Request[]): autocannon.Request[] =>
  requests.map((request, index): autocannon.Request => ({
    method: request.method,
    path: request.path,
    headers: request.headers,
    body: request.body,
    ...(request.body?.includes('{n}')
      ? {
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            body: request.body!.replaceAll('{n}', `${process.pid}-${++created}`),
          }),
        }
      : {}),
    onResponse: (status: number, body: string, context: object, headers: autocannon.Request['headers']) => {
      if (fromCache(headers)) cacheHits++
      if (requests.length > 1 && index === 0 && status < 300)
        (context as { id?: number }).id = (JSON.parse(body) as { doc: { id: number } }).doc.id
    },
    ...(index > 0
      ? {
          setupRequest: (req: autocannon.Request, context: object) => ({
            ...req,
            path: request.path.replace(':id', String((context as { id?: number }).id)),
          }),
        }
      : {}),
  }))

/** Runs the load for `seconds` and records every response's latency (ms) itself. */
const run = (job: LoadJob, seconds: number) =>
  new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: seconds,
        requests: requestsOf(job.requests),
        timeout: 30,
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    )
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (status >= 200 && status < 300) succeeded++
    })
  })

/** The nearest-rank percentile of sorted values. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

const round = (value: number) => Math.round(value * 100) / 100

const main = async () => {
  const job = JSON.parse(process.argv[2]!) as LoadJob
  if (job.warmupSeconds > 0) await run(job, job.warmupSeconds)
  cacheHits = 0
  succeeded = 0
  const { result, latencies } = await run(job, job.durationSeconds)
  const sorted = latencies.sort((a, b) => a - b)
  const output: LoadResult = {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    // Successful answers per second; latencies are over every answer, refusals included.
    requestsPerSecond: round(succeeded / job.durationSeconds),
    requests: latencies.length,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cacheHits,
  }
  process.stdout.write(`${JSON.stringify(output)}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
