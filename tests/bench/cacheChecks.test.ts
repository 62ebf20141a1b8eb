import { spawn } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import {
  asMiss,
  ensureBypassed,
  ensureCached,
  ensureCachedFor,
  sameAs,
  send,
} from '../../bench/lib/cacheChecks'
import { captureCommand, treeRssMegabytes } from '../../bench/lib/processes'
import type { LoadResult } from '../../bench/load'
import type { Request } from '../../bench/scenarios'

/**
 * The harness's cache switch, against small stand-in servers: a "hit" run refuses to measure
 * when no answer comes from the cache, a "miss" run when the switch is ignored, the load
 * generator counts the answers that came from the cache, and a server's RSS covers its workers.
 */
type Behaviour = (
  req: http.IncomingMessage,
  seen: number,
) => { xCache?: string; status?: number; expires?: number }

let servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  servers = []
})

/** A server answering `{ ok: true }` with the X-Cache header `behaviour` picks; `seen` counts equal requests. */
const standIn = async (behaviour: Behaviour, headerName = 'X-Cache') => {
  const seen = new Map<string, number>()
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const count = (seen.get(req.url!) ?? 0) + 1
      seen.set(req.url!, count)
      const { xCache, status = 200, expires } = behaviour(req, count)
      res.writeHead(status, {
        'content-type': 'application/json',
        ...(xCache ? { [headerName]: xCache } : {}),
        ...(expires ? { Expires: new Date(expires).toUTCString() } : {}),
      })
      res.end(JSON.stringify({ ok: status < 300, url: req.url }))
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Like the public cache with the benchmark's switch: stores the first answer, bypassed by the header. */
const cacheLike: Behaviour = (req, seen) =>
  req.headers['x-bench-cache'] === 'miss' ? {} : { xCache: seen > 1 ? 'HIT' : 'MISS' }

const list: Request = { method: 'GET', path: '/api/actors?limit=20' }

describe('send', () => {
  it('returns status, parsed body and X-Cache, and sends a body with its length', async () => {
    const base = await standIn(() => ({ xCache: 'HIT' }))
    const answer = await send(base, { method: 'POST', path: '/api/graphql', body: '{"query":"{ a }"}' })
    expect(answer).toEqual({ status: 200, body: { ok: true, url: '/api/graphql' }, xCache: 'HIT' })
  })
})

describe('ensureCached', () => {
  it('returns the answer that came from the cache', async () => {
    const base = await standIn(cacheLike)
    const [answer] = await ensureCached(base, [list], 2, 1)
    expect(answer).toMatchObject({ status: 200, xCache: 'HIT' })
  })

  it('fails loudly when no answer comes from the cache', async () => {
    const base = await standIn(() => ({ xCache: 'MISS' }))
    await expect(ensureCached(base, [list], 1, 3)).rejects.toThrow(
      /Scenario 3 \(hit\): 5 equal requests, and the last answer still said X-Cache: MISS/,
    )
  })

  it('fails on an error answer instead of measuring it', async () => {
    const base = await standIn(() => ({ status: 500 }))
    await expect(ensureCached(base, [list], 1, 2)).rejects.toThrow(/Scenario 2: the CMS answered 500/)
  })
})

describe('ensureCachedFor (answers that depend on the clock)', () => {
  it('takes a cached answer without Expires as lasting the run', async () => {
    const base = await standIn(cacheLike)
    const slept: number[] = []
    const { outlastsRun } = await ensureCachedFor(base, [list], 1, 8, 13, async (ms) => {
      slept.push(ms)
    })
    expect({ outlastsRun, slept }).toEqual({ outlastsRun: true, slept: [] })
  })

  it('waits until a cached answer that would expire during the run has, and caches it anew', async () => {
    // As the public cache keeps the offer search: until its Expires; after that it computes anew.
    let expires = Date.now() + 2000
    const base = await standIn((_req, seen) => ({ xCache: seen > 1 ? 'HIT' : 'MISS', expires }))
    const slept: number[] = []
    const { answers, outlastsRun } = await ensureCachedFor(base, [list], 1, 8, 13, async (ms) => {
      slept.push(ms)
      expires = Date.now() + 60_000
    })
    expect(outlastsRun).toBe(true)
    expect(slept).toHaveLength(1)
    expect(slept[0]).toBeLessThanOrEqual(2100)
    expect(answers[0]!.expires).toBeGreaterThan(Date.now() + 13_000)
  })

  it('says so when no cached answer can last the run (it lives shorter than the run)', async () => {
    const base = await standIn((_req, seen) => ({
      xCache: seen > 1 ? 'HIT' : 'MISS',
      expires: Date.now() + 5000,
    }))
    let naps = 0
    const { outlastsRun } = await ensureCachedFor(base, [list], 1, 8, 13, async () => {
      naps++
    })
    expect({ outlastsRun, naps }).toEqual({ outlastsRun: false, naps: 3 })
  })
})

describe('sameAs', () => {
  const answer = (body: unknown) => ({ status: 200, body, xCache: undefined })
  it('ignores when an answer was made (`at`, `generatedAt`), nothing else', () => {
    const offers = { docs: [{ id: 1, openNow: true }], at: '2026-12-08T09:30:00.000Z' }
    expect(sameAs(answer(offers), answer({ ...offers, at: '2026-12-08T09:30:01.000Z' }))).toBe(true)
    expect(sameAs(answer({ generatedAt: 'a', x: 1 }), answer({ generatedAt: 'b', x: 1 }))).toBe(true)
    expect(sameAs(answer(offers), answer({ ...offers, docs: [{ id: 1, openNow: false }] }))).toBe(false)
    expect(sameAs(answer([1]), answer([1]))).toBe(true)
  })
})

describe('ensureBypassed', () => {
  it('accepts a server that computes the answer when asked to', async () => {
    const base = await standIn(cacheLike)
    await expect(ensureBypassed(base, list, 1)).resolves.toMatchObject({ status: 200, xCache: undefined })
  })

  it('fails loudly when the switch is ignored', async () => {
    const base = await standIn((_req, seen) => ({ xCache: seen > 1 ? 'HIT' : 'MISS' }))
    await expect(ensureBypassed(base, list, 4)).rejects.toThrow(
      /Scenario 4 \(miss\): a request with X-Bench-Cache: miss was answered from the cache/,
    )
  })

  it('puts the switch on the request without changing it otherwise', () => {
    expect(asMiss({ ...list, headers: { authorization: 'JWT x' } })).toEqual({
      ...list,
      headers: { authorization: 'JWT x', 'X-Bench-Cache': 'miss' },
    })
  })
})

describe('bench/load.ts', () => {
  it('counts the measured answers that came from the cache, whatever the spelling of the header', async () => {
    let flip = 0
    // Every other answer is a hit, named as express names it and as Fetch's Headers do.
    const base = await standIn(() => (flip++ % 2 === 0 ? { xCache: 'HIT' } : { xCache: 'MISS' }))
    const lower = await standIn(() => ({ xCache: 'HIT' }), 'x-cache')
    const run = async (url: string, requests: Request[]) =>
      JSON.parse(
        await captureCommand(process.execPath, [
          '--import',
          'tsx',
          'bench/load.ts',
          JSON.stringify({ url, requests, connections: 1, durationSeconds: 1, warmupSeconds: 0 }),
        ]),
      ) as LoadResult
    const half = await run(base, [list])
    expect(half.requests).toBeGreaterThan(10)
    expect(Math.abs(half.cacheHits - half.requests / 2)).toBeLessThanOrEqual(1)
    const all = await run(lower, [list])
    expect(all.cacheHits).toBe(all.requests)
  })
})

describe('treeRssMegabytes', () => {
  it('lists the process first, then its children (a primary and its workers)', async () => {
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const { spawn } = require('node:child_process');
         const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
         setTimeout(() => console.log(child.pid), 300);
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let childPid = 0
    try {
      childPid = await new Promise<number>((resolve) =>
        parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
      )
      const rss = treeRssMegabytes(parent.pid!)
      expect(rss).toHaveLength(2)
      for (const mb of rss) expect(mb).toBeGreaterThan(10)
      expect(treeRssMegabytes(childPid)).toHaveLength(1)
    } finally {
      if (childPid) process.kill(childPid, 'SIGKILL')
      parent.kill('SIGKILL')
    }
  })
})
