import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkUrl, checkUrls, isPrivateAddress } from '../../src/lib/linkCheck/checkUrl'

/**
 * The link checker against a real local HTTP server answering 200, 301, 404, 500, never, with a
 * redirect loop and a server that refuses HEAD. The server is on 127.0.0.1, which the checker
 * refuses by default (an editor's link must not probe the server's own network): the tests
 * allow it, and one shows the refusal.
 */
let server: http.Server
let base: string
let inFlight = 0
let mostInFlight = 0
const methods: string[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    methods.push(`${req.method} ${req.url}`)
    switch (req.url) {
      case '/ok':
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>ok</p>')
      case '/moved':
        return res.writeHead(301, { Location: '/ok' }).end()
      case '/missing':
        return res.writeHead(404).end()
      case '/error':
        return res.writeHead(500).end()
      case '/loop':
        return res.writeHead(302, { Location: '/loop' }).end()
      case '/no-head':
        return res.writeHead(req.method === 'HEAD' ? 405 : 200).end()
      case '/never':
        return // no answer at all
      case '/slow': {
        inFlight++
        mostInFlight = Math.max(mostInFlight, inFlight)
        setTimeout(() => {
          inFlight--
          res.writeHead(200).end()
        }, 150)
        return
      }
      default:
        return res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const local = { allowPrivate: true, timeoutMs: 1000 }

describe('checking one link', () => {
  it('200 is ok, by HEAD alone', async () => {
    methods.length = 0
    const result = await checkUrl(`${base}/ok`, local)
    expect(result).toMatchObject({ outcome: 'ok', status: 200, redirects: 0, finalUrl: `${base}/ok` })
    expect(methods).toEqual(['HEAD /ok'])
    expect(Date.parse(result.checkedAt)).not.toBeNaN()
  })

  it('follows a 301 to where it leads', async () => {
    const result = await checkUrl(`${base}/moved`, local)
    expect(result).toMatchObject({ outcome: 'ok', status: 200, redirects: 1, finalUrl: `${base}/ok` })
  })

  it('404 and 500 are broken, with their status', async () => {
    expect(await checkUrl(`${base}/missing`, local)).toMatchObject({ outcome: 'broken', status: 404 })
    expect(await checkUrl(`${base}/error`, local)).toMatchObject({ outcome: 'broken', status: 500 })
  })

  it('a server that never answers is unreachable after the timeout, not waited for', async () => {
    const started = Date.now()
    const result = await checkUrl(`${base}/never`, { ...local, timeoutMs: 300 })
    expect(result).toMatchObject({ outcome: 'unreachable', status: null })
    expect(result.reason).toMatch(/no answer within 300 ms/)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('redirects without end stop at the limit', async () => {
    const result = await checkUrl(`${base}/loop`, { ...local, maxRedirects: 3 })
    expect(result).toMatchObject({ outcome: 'unreachable', status: 302, redirects: 3 })
    expect(result.reason).toBe('more than 3 redirects')
  })

  it('asks by GET where a server refuses HEAD', async () => {
    methods.length = 0
    expect(await checkUrl(`${base}/no-head`, local)).toMatchObject({ outcome: 'ok', status: 200 })
    expect(methods).toEqual(['HEAD /no-head', 'GET /no-head'])
  })

  it('says what is wrong with what is no http(s) link', async () => {
    expect(await checkUrl('kein Link', local)).toMatchObject({ outcome: 'unreachable', reason: 'not a URL' })
    expect(await checkUrl('ftp://example.org/datei.pdf', local)).toMatchObject({
      outcome: 'unreachable',
      reason: 'not http(s): ftp:',
    })
  })

  it('a refused connection and an unknown host are unreachable', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    expect(await checkUrl(`http://127.0.0.1:${port}/`, local)).toMatchObject({
      outcome: 'unreachable',
      reason: 'connection refused',
    })
    expect(await checkUrl('http://gibt-es-nicht.invalid/', local)).toMatchObject({
      outcome: 'unreachable',
      reason: 'no such host',
    })
  })
})

describe("the server's own network", () => {
  it('is not visited by default: neither by its address nor by a name resolving there (each hop of a redirect is checked the same way)', async () => {
    methods.length = 0
    const byAddress = await checkUrl(`${base}/ok`)
    expect(byAddress).toMatchObject({ outcome: 'unreachable', status: null })
    expect(byAddress.reason).toMatch(/private address/)
    const port = new URL(base).port
    const byName = await checkUrl(`http://localhost:${port}/ok`)
    expect(byName).toMatchObject({ outcome: 'unreachable' })
    expect(byName.reason).toMatch(/private address/)
    expect(methods).toEqual([])
  })

  it('knows the private ranges of both address families', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0.0.0.0',
    ])
      expect(isPrivateAddress(address), address).toBe(true)
    for (const address of ['8.8.8.8', '193.99.144.80', '2a00:1450:4001:81b::200e', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(address), address).toBe(false)
  })
})

describe('checking many links', () => {
  it('at most `concurrency` at a time, with the results in their order', async () => {
    mostInFlight = 0
    const urls = [...Array.from({ length: 6 }, () => `${base}/slow`), `${base}/missing`]
    const results = await checkUrls(urls, { ...local, concurrency: 2 })
    expect(results.map(({ outcome }) => outcome)).toEqual([...Array(6).fill('ok'), 'broken'])
    expect(mostInFlight).toBe(2)
  })
})
