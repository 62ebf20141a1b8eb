import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { ADMISSION_DEFAULTS, admissionLimits } from '../../src/lib/admissionLimits'
import { AdmissionRefused, createAdmissionQueue, type Release } from '../../src/lib/admissionQueue'
import { ConfigError } from '../../src/lib/configError'
import { withGraphqlRequestLimits } from '../../src/lib/graphqlRequest'
import { withAdmission } from '../../src/lib/withAdmission'
import { admission } from '../../src/server/admission'

/** What became of a promise so far, without waiting for it. */
const settled = async <T>(promise: Promise<T>) => {
  let outcome: { value: T } | { error: unknown } | undefined
  promise.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  )
  // Two turns of the microtask queue: the promise's own and the callback's.
  await Promise.resolve()
  await Promise.resolve()
  return outcome
}

describe('the admission queue', () => {
  afterEach(() => vi.useRealTimers())

  it('admits up to the concurrency at once, then the waiters in the order they came', async () => {
    const queue = createAdmissionQueue({ concurrency: 2, maxWaiting: 10, maxWaitMs: 60_000 })
    const first = await queue.admit()
    const second = await queue.admit()
    const order: string[] = []
    const waiters = ['c', 'd', 'e'].map((name) =>
      queue.admit().then((release) => {
        order.push(name)
        return release
      }),
    )
    expect(queue.state()).toEqual({ running: 2, waiting: 3 })
    first()
    const c = await waiters[0]!
    expect(order).toEqual(['c'])
    second()
    c()
    const [, d, e] = await Promise.all(waiters)
    expect(order).toEqual(['c', 'd', 'e'])
    expect(queue.state()).toEqual({ running: 2, waiting: 0 })
    d!()
    e!()
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('hands a freed place to the oldest waiter at once, never to a newcomer', async () => {
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: 60_000 })
    const holder = await queue.admit()
    const waiter = queue.admit()
    holder()
    // The waiter got the freed place; a newcomer waits behind it.
    const newcomer = queue.admit()
    expect(await settled(newcomer)).toBeUndefined()
    ;(await waiter)()
    ;(await newcomer)()
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('refuses at once when the line is full', async () => {
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 2, maxWaitMs: 60_000 })
    const holder = await queue.admit()
    const waiting = [queue.admit(), queue.admit()]
    const refused = await settled(queue.admit())
    expect(refused).toEqual({ error: expect.any(AdmissionRefused) })
    expect((refused as { error: AdmissionRefused }).error.reason).toBe('queue full')
    expect(queue.state()).toEqual({ running: 1, waiting: 2 })
    holder()
    ;(await waiting[0]!)()
    ;(await waiting[1]!)()
  })

  it('with no line at all, refuses whenever every place is taken', async () => {
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 0, maxWaitMs: 60_000 })
    const holder = await queue.admit()
    await expect(queue.admit()).rejects.toThrow('No place for the request: queue full.')
    holder()
    ;(await queue.admit())()
  })

  it('refuses a waiter after the longest wait and forgets it', async () => {
    vi.useFakeTimers()
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: 1000 })
    // Warm: one request done (see the next test for a cold queue).
    ;(await queue.admit())()
    const holder = await queue.admit()
    const early = queue.admit()
    vi.advanceTimersByTime(500)
    const late = queue.admit()
    vi.advanceTimersByTime(499)
    expect(await settled(early)).toBeUndefined()
    vi.advanceTimersByTime(1)
    const outcome = await settled(early)
    expect((outcome as { error: AdmissionRefused }).error.reason).toBe('waited too long')
    expect(queue.state()).toEqual({ running: 1, waiting: 1 })
    // The place goes to the one still waiting, not to the one that gave up.
    holder()
    const release = await late
    expect(queue.state()).toEqual({ running: 1, waiting: 0 })
    release()
    // An admitted request's timer is gone: nothing fires later.
    vi.advanceTimersByTime(10_000)
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('lets waiters of a cold start wait until the first place is given back, then starts their clocks', async () => {
    vi.useFakeTimers()
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 3, maxWaitMs: 1000 })
    const first = await queue.admit()
    const second = queue.admit()
    const third = queue.admit()
    const fourth = queue.admit()
    // The line's length still counts.
    await expect(queue.admit()).rejects.toThrow('queue full')
    // The first request loads the process's routes for a long time: nobody is refused meanwhile.
    vi.advanceTimersByTime(10_000)
    expect(queue.state()).toEqual({ running: 1, waiting: 3 })
    first()
    const secondRelease = await second
    // From now on the waiters' clocks run.
    vi.advanceTimersByTime(999)
    expect(await settled(third)).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(((await settled(third)) as { error: AdmissionRefused }).error.reason).toBe('waited too long')
    expect(((await settled(fourth)) as { error: AdmissionRefused }).error.reason).toBe('waited too long')
    // And every later waiter's clock runs from its arrival.
    const fifth = queue.admit()
    vi.advanceTimersByTime(1000)
    expect(((await settled(fifth)) as { error: AdmissionRefused }).error.reason).toBe('waited too long')
    secondRelease()
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('gives a place back once, however often it is released', async () => {
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: 60_000 })
    const holder = await queue.admit()
    const second = queue.admit()
    const third = queue.admit()
    holder()
    holder()
    holder()
    expect(await settled(second)).toEqual({ value: expect.any(Function) })
    expect(await settled(third)).toBeUndefined()
    expect(queue.state()).toEqual({ running: 1, waiting: 1 })
    const release = (await second) as Release
    release()
    release()
    ;(await third)()
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('drops a waiter whose client went away, and never admits it', async () => {
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: 60_000 })
    const holder = await queue.admit()
    const gone = new AbortController()
    const abandoned = queue.admit(gone.signal)
    const behind = queue.admit()
    gone.abort(new Error('client went away'))
    await expect(abandoned).rejects.toThrow('client went away')
    expect(queue.state()).toEqual({ running: 1, waiting: 1 })
    holder()
    ;(await behind)()
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
    // Already gone before asking: no place, no line.
    await expect(queue.admit(AbortSignal.abort(new Error('gone before')))).rejects.toThrow('gone before')
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('ignores an abort after admission: the place is released by its holder only', async () => {
    const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: 60_000 })
    const signal = new AbortController()
    const release = await queue.admit(signal.signal)
    signal.abort()
    expect(queue.state()).toEqual({ running: 1, waiting: 0 })
    release()
    expect(queue.state()).toEqual({ running: 0, waiting: 0 })
  })
})

describe('admission limits from the environment', () => {
  it('defaults in production to a few places per process, a short line and a wait of a second', () => {
    expect(admissionLimits({ NODE_ENV: 'production' })).toEqual({
      concurrency: 2,
      maxWaiting: 64,
      maxWaitMs: 1000,
    })
    expect(admissionLimits({ NODE_ENV: 'production' })).toEqual(ADMISSION_DEFAULTS)
  })

  it('is off by default elsewhere (a development server compiles routes on their first request)', () => {
    expect(admissionLimits({ NODE_ENV: 'development' }).concurrency).toBe(0)
    expect(admissionLimits({}).concurrency).toBe(0)
    expect(admissionLimits({ NODE_ENV: 'development', ADMISSION_CONCURRENCY: '3' }).concurrency).toBe(3)
  })

  it('takes whole numbers; 0 places switches admission off', () => {
    expect(
      admissionLimits({
        ADMISSION_CONCURRENCY: '0',
        ADMISSION_MAX_QUEUE: ' 64 ',
        ADMISSION_MAX_WAIT_MS: '1500',
      }),
    ).toEqual({ concurrency: 0, maxWaiting: 64, maxWaitMs: 1500 })
  })

  it.each([
    ['ADMISSION_CONCURRENCY', '-1', 'requests from 0 to 1000'],
    ['ADMISSION_CONCURRENCY', '2.5', 'requests from 0 to 1000'],
    ['ADMISSION_CONCURRENCY', '1001', 'requests from 0 to 1000'],
    ['ADMISSION_MAX_QUEUE', 'many', 'requests from 0 to 100000'],
    ['ADMISSION_MAX_WAIT_MS', '1s', 'milliseconds from 0 to 600000'],
    ['ADMISSION_MAX_WAIT_MS', '1e3', 'milliseconds from 0 to 600000'],
  ])('refuses %s=%s, naming it', (name, value, expected) => {
    expect(() => admissionLimits({ [name]: value })).toThrow(ConfigError)
    expect(() => admissionLimits({ [name]: value })).toThrow(
      `${name} must be a whole number of ${expected}, got "${value}".`,
    )
  })
})

describe('the admission middleware on a real express server', () => {
  const HOLD_MS = 1500
  const WAIT_MS = 300
  let server: http.Server
  let base: URL
  let gate: ReturnType<typeof admission>
  /** Requests to /api/hold that have started, each ended by calling it (or by its client leaving). */
  const held: Array<() => void> = []

  beforeAll(async () => {
    gate = admission({
      limits: { concurrency: 2, maxWaiting: 3, maxWaitMs: WAIT_MS },
      allowedOrigins: ['https://frontend.example'],
    })
    const app = express()
    app.use(gate)
    // Mounted behind admission on purpose: probes must pass it even while the line is full.
    app.get('/healthz', (_req, res) => {
      res.json({ status: 'ok' })
    })
    app.get('/api/fast', (_req, res) => {
      res.json({ ok: true })
    })
    app.get('/api/slow', (_req, res) => {
      setTimeout(() => res.json({ ok: true }), HOLD_MS)
    })
    app.get('/api/hold', (_req, res) => {
      held.push(() => res.json({ ok: true }))
    })
    app.post('/api/slow', (_req, res) => {
      res.status(201).json({ written: true })
    })
    server = http.createServer(app)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    // Past the cold start: waiters' clocks run only once a first request is done.
    expect((await send('/api/fast').answer).status).toBe(200)
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }

  /** One request on its own connection; `destroy` cuts it off as a client that gives up. */
  const send = (path: string, { method = 'GET', headers = {} as Record<string, string> } = {}) => {
    const started = performance.now()
    let request!: http.ClientRequest
    const answer = new Promise<Answer>((resolve, reject) => {
      request = http.request(
        { host: base.hostname, port: base.port, path, method, headers, agent: false },
        (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () =>
            resolve({
              status: response.statusCode!,
              headers: response.headers,
              body,
              ms: performance.now() - started,
            }),
          )
        },
      )
      request.on('error', reject)
      request.end()
    })
    return { answer, destroy: () => request.destroy() }
  }

  const until = async (condition: () => boolean, timeoutMs = 3000) => {
    const deadline = Date.now() + timeoutMs
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out; state ${JSON.stringify(gate.state())}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  it('answers the admitted 200, the waiters 503 with Retry-After within the wait, a full line at once', async () => {
    const admitted = [send('/api/slow'), send('/api/slow')]
    await until(() => gate.state().running === 2)
    const waiters = [
      send('/api/slow'),
      send('/api/slow', { headers: { 'Accept-Language': 'en-GB,de;q=0.5' } }),
      send('/api/slow', { headers: { Origin: 'https://frontend.example' } }),
    ]
    await until(() => gate.state().waiting === 3)
    const overflow = await send('/api/slow').answer

    // The line was full: refused without waiting.
    expect(overflow.status).toBe(503)
    expect(overflow.ms).toBeLessThan(WAIT_MS)
    expect(overflow.headers['retry-after']).toBe('1')
    expect(overflow.headers['cache-control']).toBe('no-store')
    expect(overflow.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(overflow.body)).toEqual({
      errors: [{ message: 'Der Server ist ausgelastet. Bitte in 1 s erneut versuchen.' }],
    })

    // While every place is taken and the line is full: probes and writes pass.
    const probe = await send('/healthz').answer
    expect(probe.status).toBe(200)
    expect(probe.ms).toBeLessThan(WAIT_MS)
    const write = await send('/api/slow', { method: 'POST' }).answer
    expect(write.status).toBe(201)

    const [german, english, fromFrontend] = await Promise.all(waiters.map(({ answer }) => answer))
    for (const refused of [german!, english!, fromFrontend!]) {
      expect(refused.status).toBe(503)
      expect(refused.headers['retry-after']).toBe('1')
      expect(refused.headers['cache-control']).toBe('no-store')
      // Within the wait bound (and not long after it), well before the admitted ones finish.
      expect(refused.ms).toBeGreaterThanOrEqual(WAIT_MS - 20)
      expect(refused.ms).toBeLessThan(HOLD_MS - 200)
    }
    expect(JSON.parse(english!.body)).toEqual({
      errors: [{ message: 'The server is busy. Please try again in 1 s.' }],
    })
    expect(fromFrontend!.headers['access-control-allow-origin']).toBe('https://frontend.example')
    expect(german!.headers['access-control-allow-origin']).toBeUndefined()

    for (const { answer } of admitted) {
      const done = await answer
      expect(done.status).toBe(200)
      expect(done.ms).toBeGreaterThanOrEqual(HOLD_MS - 20)
    }
    await until(() => gate.state().running === 0)
    expect(gate.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('frees the places of clients that went away, admitted or waiting', async () => {
    const first = send('/api/hold')
    const second = send('/api/hold')
    await until(() => held.length === 2 && gate.state().running === 2)
    const waiter = send('/api/hold')
    await until(() => gate.state().waiting === 1)
    // A waiter that gives up leaves the line; the admitted keep their places.
    waiter.destroy()
    await expect(waiter.answer).rejects.toThrow()
    await until(() => gate.state().waiting === 0)
    expect(gate.state().running).toBe(2)
    expect(held).toHaveLength(2)

    // An admitted client that gives up gives its place back, without an answer being sent.
    first.destroy()
    await expect(first.answer).rejects.toThrow()
    await until(() => gate.state().running === 1)
    const next = send('/api/hold')
    await until(() => held.length === 3)
    expect(gate.state()).toEqual({ running: 2, waiting: 0 })

    // Answered ones give theirs back once ('finish' and 'close' both come).
    held[1]!()
    held[2]!()
    expect((await second.answer).status).toBe(200)
    expect((await next.answer).status).toBe(200)
    await until(() => gate.state().running === 0)
    // The first request's handler answering late must not free a place twice.
    held[0]!()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(gate.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('lets everything through when switched off (ADMISSION_CONCURRENCY=0)', async () => {
    const open = admission({ limits: { concurrency: 0, maxWaiting: 0, maxWaitMs: 0 }, allowedOrigins: [] })
    const app = express()
    app.use(open)
    app.get('/api/x', (_req, res) => {
      res.json({ ok: true })
    })
    const other = http.createServer(app)
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    const port = (other.address() as AddressInfo).port
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => fetch(`http://127.0.0.1:${port}/api/x`).then((r) => r.status)),
    )
    expect(answers).toEqual([200, 200, 200, 200, 200])
    other.closeAllConnections()
    await new Promise((resolve) => other.close(resolve))
  })
})

/** The process's admission queue (processAdmission.ts), forgotten so that the next use reads the environment. */
const forgetProcessQueue = () => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('integrationsnetzwerke.admission')]
}

/** Gives the describe block's tests a fresh process queue with these limits, and restores the environment after. */
const useProcessQueue = (limits: { concurrency: string; maxQueue: string; maxWaitMs: string }) => {
  const names = ['ADMISSION_CONCURRENCY', 'ADMISSION_MAX_QUEUE', 'ADMISSION_MAX_WAIT_MS'] as const
  const saved = { ...process.env }
  beforeAll(() => {
    forgetProcessQueue()
    process.env.ADMISSION_CONCURRENCY = limits.concurrency
    process.env.ADMISSION_MAX_QUEUE = limits.maxQueue
    process.env.ADMISSION_MAX_WAIT_MS = limits.maxWaitMs
  })
  afterAll(() => {
    forgetProcessQueue()
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })
}

describe('route handlers admitted through the process queue (withAdmission)', () => {
  useProcessQueue({ concurrency: '1', maxQueue: '1', maxWaitMs: '200' })

  const request = (init: { signal?: AbortSignal; headers?: Record<string, string> } = {}) =>
    new Request('http://cms.test/api/graphql', { method: 'POST', body: '{}', ...init })

  /** A compute that runs until `finish` is called; `started` once it runs. */
  const held = () => {
    let finish = () => {}
    let markStarted = () => {}
    const started = new Promise<void>((resolve) => (markStarted = resolve))
    const compute = () =>
      new Promise<Response>((done) => {
        finish = () => done(Response.json({ data: {} }))
        markStarted()
      })
    return { compute, started, finish: () => finish() }
  }

  it('shares its places with the express middleware, and answers 503 when none comes', async () => {
    // Past the cold start (see the queue's tests).
    expect((await withAdmission(request(), async () => Response.json({ warm: true }))).status).toBe(200)
    // The middleware without limits of its own uses the same queue.
    const gate = admission({ allowedOrigins: [] })
    const first = held()
    const running = withAdmission(request(), first.compute)
    await first.started
    expect(gate.state()).toEqual({ running: 1, waiting: 0 })

    const waiting = withAdmission(request({ headers: { 'accept-language': 'en' } }), async () =>
      Response.json({ data: { late: true } }),
    )
    expect(gate.state()).toEqual({ running: 1, waiting: 1 })
    // The line (one) is full: 503 at once.
    const full = await withAdmission(request(), async () => Response.json({ never: true }))
    expect(full.status).toBe(503)
    expect(full.headers.get('retry-after')).toBe('1')
    expect(full.headers.get('cache-control')).toBe('no-store')
    expect(await full.json()).toEqual({
      errors: [{ message: 'Der Server ist ausgelastet. Bitte in 1 s erneut versuchen.' }],
    })
    // The waiter gets its 503 after 200 ms.
    const started = performance.now()
    const late = await waiting
    expect(late.status).toBe(503)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(await late.json()).toEqual({
      errors: [{ message: 'The server is busy. Please try again in 1 s.' }],
    })

    first.finish()
    expect((await running).status).toBe(200)
    expect(gate.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('gives the place back when the work fails, and lets a client that went away leave the line', async () => {
    await expect(
      withAdmission(request(), async () => {
        throw new Error('resolver broke')
      }),
    ).rejects.toThrow('resolver broke')
    const first = held()
    const running = withAdmission(request(), first.compute)
    await first.started
    const gone = new AbortController()
    const waiting = withAdmission(request({ signal: gone.signal }), async () =>
      Response.json({ never: true }),
    )
    gone.abort(new Error('client went away'))
    await expect(waiting).rejects.toThrow('client went away')
    first.finish()
    await running
    const after = await withAdmission(request(), async () => Response.json({ ok: true }))
    expect(after.status).toBe(200)
    expect(admission({ allowedOrigins: [] }).state()).toEqual({ running: 0, waiting: 0 })
  })
})

describe('GraphQL queries in the admission queue', () => {
  useProcessQueue({ concurrency: '1', maxQueue: '4', maxWaitMs: '2000' })

  const query = () =>
    new Request('http://cms.test/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { Networks { docs { id } } }' }),
    })

  it('keep their place past the time box until Payload is done, so that the next query waits', async () => {
    let finishSlow = () => {}
    const events: string[] = []
    const handler = async (forwarded: Request) => {
      const { query: text } = (await forwarded.json()) as { query: string }
      expect(text).toContain('Networks')
      if (events.length === 0) {
        events.push('slow started')
        await new Promise<void>((resolve) => (finishSlow = resolve))
        events.push('slow done')
      } else events.push('next started')
      return Response.json({ data: { Networks: { docs: [] } } })
    }
    const limited = withGraphqlRequestLimits(handler, { timeLimitMs: 100 })
    const gate = admission({ allowedOrigins: [] })

    const slow = await limited(query())
    expect(slow.status).toBe(503)
    // Answered, but Payload still works on it: its place is still taken.
    expect(gate.state()).toEqual({ running: 1, waiting: 0 })
    const next = limited(query())
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(gate.state()).toEqual({ running: 1, waiting: 1 })
    finishSlow()
    expect((await next).status).toBe(200)
    expect(events).toEqual(['slow started', 'slow done', 'next started'])
    expect(gate.state()).toEqual({ running: 0, waiting: 0 })
  })

  it('answer 503 with Retry-After when no place comes', async () => {
    process.env.ADMISSION_MAX_QUEUE = '0'
    forgetProcessQueue()
    try {
      let finish = () => {}
      const limited = withGraphqlRequestLimits(async () => {
        await new Promise<void>((resolve) => (finish = resolve))
        return Response.json({ data: {} })
      })
      const running = limited(query())
      await new Promise((resolve) => setTimeout(resolve, 50))
      const refused = await limited(query())
      expect(refused.status).toBe(503)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      finish()
      expect((await running).status).toBe(200)
    } finally {
      process.env.ADMISSION_MAX_QUEUE = '4'
      forgetProcessQueue()
    }
  })
})

describe('a refusal from another copy of the module', () => {
  it('is still a refusal (Next bundles route handlers with their own copy of the class)', async () => {
    const { isAdmissionRefused, AdmissionRefused } = await import('../../src/lib/admissionQueue')
    class OtherCopy extends Error {
      override name = 'AdmissionRefused'
    }
    expect(isAdmissionRefused(new OtherCopy('queue full'))).toBe(true)
    expect(isAdmissionRefused(new AdmissionRefused('queue full'))).toBe(true)
    expect(isAdmissionRefused(new Error('queue full'))).toBe(false)
  })
})
