import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/lib/configError'
import { geocode, geocoderFromEnv, geocoderOf, type GeocoderSettings } from '../../src/lib/geocoder'

type Received = { path: string; query: URLSearchParams; headers: IncomingHttpHeaders }

/** A local stand-in for Nominatim: answers as `answer` says and records what it was asked. */
const startServer = async () => {
  const received: Received[] = []
  let answer: (response: ServerResponse) => void = (response) => response.end('[]')
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    received.push({ path: url.pathname, query: url.searchParams, headers: request.headers })
    answer(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (next: (response: ServerResponse) => void) => {
      answer = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const json =
  (body: string, status = 200) =>
  (response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    response.end(body)
  }

const HALLE = {
  place_id: 1,
  licence: 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright',
  osm_type: 'way',
  osm_id: 2,
  lat: '51.3500000',
  lon: '11.9900000',
  category: 'building',
  type: 'yes',
  place_rank: 30,
  importance: 0.1,
  addresstype: 'building',
  name: '',
  display_name: '1, Marktplatz, Altstadt, Halle (Saale), Sachsen-Anhalt, 06108, Deutschland',
  boundingbox: ['51.3499', '51.3501', '11.9899', '11.9901'],
}

const ADDRESS = { street: 'Marktplatz 1', postalCode: '06108', city: 'Halle (Saale)' }

let nominatim: Awaited<ReturnType<typeof startServer>>
let settings: GeocoderSettings

beforeAll(async () => {
  nominatim = await startServer()
  settings = { url: nominatim.url, userAgent: 'integrationsnetzwerk-cms-test', timeoutMs: 2000 }
})

afterAll(() => nominatim.close())

beforeEach(() => {
  nominatim.received.length = 0
})

const expectProblem = (result: Awaited<ReturnType<typeof geocode>>, de: RegExp) => {
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.problem).toMatch(de)
  expect(result.problemEn).toMatch(/^Coordinates not found: /)
}

describe('geocode', () => {
  it('finds the coordinates of an address', async () => {
    nominatim.answer(json(JSON.stringify([HALLE])))
    expect(await geocode(ADDRESS, settings)).toEqual({ ok: true, latitude: 51.35, longitude: 11.99 })
  })

  it('asks with structured parameters, limited to Germany, and identifies itself', async () => {
    nominatim.answer(json(JSON.stringify([HALLE])))
    await geocode({ street: ' Marktplatz 1 ', postalCode: '06108', city: 'Halle (Saale)' }, settings)
    expect(nominatim.received).toHaveLength(1)
    const [request] = nominatim.received
    expect(request!.path).toBe('/search')
    expect(Object.fromEntries(request!.query)).toEqual({
      street: 'Marktplatz 1',
      postalcode: '06108',
      city: 'Halle (Saale)',
      countrycodes: 'de',
      format: 'jsonv2',
      limit: '1',
    })
    expect(request!.headers['user-agent']).toBe('integrationsnetzwerk-cms-test')
    expect(request!.headers['accept-language']).toBe('de')
  })

  it('keeps a path prefix of the service URL and leaves out a missing postal code', async () => {
    nominatim.answer(json(JSON.stringify([HALLE])))
    await geocode(
      { street: 'Marktplatz 1', city: 'Halle (Saale)' },
      { ...settings, url: `${nominatim.url}/nominatim/` },
    )
    expect(nominatim.received[0]!.path).toBe('/nominatim/search')
    expect(nominatim.received[0]!.query.has('postalcode')).toBe(false)
  })

  it('reports an address it does not know (an empty list)', async () => {
    nominatim.answer(json('[]'))
    expectProblem(await geocode(ADDRESS, settings), /kennt diese Anschrift nicht/)
  })

  it('reports an error status', async () => {
    nominatim.answer(json('{"error":"internal"}', 500))
    expectProblem(await geocode(ADDRESS, settings), /Status 500/)
  })

  it('gives up after the timeout when the service never answers', async () => {
    nominatim.answer(() => undefined)
    const started = Date.now()
    const result = await geocode(ADDRESS, { ...settings, timeoutMs: 200 })
    expect(Date.now() - started).toBeLessThan(1500)
    expectProblem(result, /nicht innerhalb von 0,2 s/)
  })

  it('gives up after the timeout when the answer stalls halfway', async () => {
    nominatim.answer((response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('[{"lat":"51.35",')
    })
    expectProblem(await geocode(ADDRESS, { ...settings, timeoutMs: 200 }), /nicht innerhalb/)
  })

  it('reports malformed JSON', async () => {
    nominatim.answer(json('[{"lat": "51.35", "lon":'))
    expectProblem(await geocode(ADDRESS, settings), /unverständlich/)
  })

  it.each([
    ['not a list', '{"lat":"51.35","lon":"11.99"}', /unverständlich/],
    ['latitude out of range', '[{"lat":"91.0","lon":"11.99"}]', /keine gültigen Koordinaten/],
    ['longitude out of range', '[{"lat":"51.35","lon":"-180.5"}]', /keine gültigen Koordinaten/],
    ['coordinates that are not numbers', '[{"lat":"north","lon":""}]', /keine gültigen Koordinaten/],
    ['no coordinates', '[{"display_name":"Halle"}]', /keine gültigen Koordinaten/],
    ['null as a result', '[null]', /keine gültigen Koordinaten/],
  ])('refuses an answer with %s', async (_, body, message) => {
    nominatim.answer(json(body))
    expectProblem(await geocode(ADDRESS, settings), message)
  })

  it('refuses an answer larger than any result', async () => {
    nominatim.answer(json(JSON.stringify(Array.from({ length: 2000 }, () => HALLE))))
    expectProblem(await geocode(ADDRESS, settings), /unverständlich/)
  })

  it('reports a service that cannot be reached (a closed port)', async () => {
    const closed = await startServer()
    await closed.close()
    expectProblem(
      await geocode(ADDRESS, { ...settings, url: closed.url }),
      /nicht erreichbar \(ECONNREFUSED\)/,
    )
  })

  it('does not follow a redirect to another host', async () => {
    const elsewhere = await startServer()
    try {
      elsewhere.answer(json(JSON.stringify([HALLE])))
      nominatim.answer((response) => {
        response.writeHead(302, { location: `${elsewhere.url.replace('127.0.0.1', 'localhost')}/search` })
        response.end()
      })
      expectProblem(await geocode(ADDRESS, settings), /leitet weiter \(Status 302\)/)
      expect(elsewhere.received).toHaveLength(0)
    } finally {
      await elsewhere.close()
    }
  })

  it('asks nothing when the street or the city is missing', async () => {
    for (const address of [
      { street: 'Marktplatz 1', postalCode: '06108' },
      { street: '  ', city: 'Halle (Saale)' },
      { street: null, postalCode: null, city: null },
    ]) {
      expectProblem(await geocode(address, settings), /Straße und Ort/)
    }
    expect(nominatim.received).toHaveLength(0)
  })

  it('stops when the caller aborts', async () => {
    nominatim.answer(() => undefined)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    expectProblem(await geocode(ADDRESS, settings, controller.signal), /abgebrochen/)
  })
})

describe('geocoderFromEnv', () => {
  it('is off without GEOCODER_URL', () => {
    expect(geocoderFromEnv({})).toBeNull()
    expect(geocoderFromEnv({ GEOCODER_URL: '' })).toBeNull()
    expect(geocoderFromEnv({ GEOCODER_URL: '  ', GEOCODER_TIMEOUT_MS: 'nonsense' })).toBeNull()
  })

  it('identifies the server by default and waits five seconds', () => {
    expect(geocoderFromEnv({ GEOCODER_URL: 'https://nominatim.example.org' })).toEqual({
      url: 'https://nominatim.example.org',
      userAgent: 'integrationsnetzwerk-cms',
      timeoutMs: 5000,
    })
    expect(
      geocoderFromEnv({
        GEOCODER_URL: 'http://geo.internal:8080/nominatim',
        SERVER_URL: 'https://cms.example.org',
      }),
    ).toEqual({
      url: 'http://geo.internal:8080/nominatim',
      userAgent: 'integrationsnetzwerk-cms (+https://cms.example.org)',
      timeoutMs: 5000,
    })
  })

  it('takes the agent and the timeout from the environment', () => {
    expect(
      geocoderFromEnv({
        GEOCODER_URL: 'https://nominatim.example.org',
        GEOCODER_USER_AGENT: 'Landkreis Musterland CMS (it@example.org)',
        GEOCODER_TIMEOUT_MS: '1500',
      }),
    ).toEqual({
      url: 'https://nominatim.example.org',
      userAgent: 'Landkreis Musterland CMS (it@example.org)',
      timeoutMs: 1500,
    })
  })

  it.each([
    'nominatim.example.org',
    'ftp://nominatim.example.org',
    'file:///etc/passwd',
    'https://user:pw@example.org',
  ])('refuses GEOCODER_URL=%s, naming it', (value) => {
    expect(() => geocoderFromEnv({ GEOCODER_URL: value })).toThrow(ConfigError)
    expect(() => geocoderFromEnv({ GEOCODER_URL: value })).toThrow(/GEOCODER_URL/)
  })

  it.each(['0', '-1', '1.5', 'fünf', '5e3', '60001'])(
    'refuses GEOCODER_TIMEOUT_MS=%s, naming it',
    (value) => {
      const env = { GEOCODER_URL: 'https://nominatim.example.org', GEOCODER_TIMEOUT_MS: value }
      expect(() => geocoderFromEnv(env)).toThrow(ConfigError)
      expect(() => geocoderFromEnv(env)).toThrow(/GEOCODER_TIMEOUT_MS/)
    },
  )

  it('refuses an agent with a line break, naming it', () => {
    expect(() =>
      geocoderFromEnv({
        GEOCODER_URL: 'https://nominatim.example.org',
        GEOCODER_USER_AGENT: 'cms\r\nX-Evil: 1',
      }),
    ).toThrow(/GEOCODER_USER_AGENT/)
  })
})

describe('geocoderOf', () => {
  it('reads the plugin options of a built config, off when absent', () => {
    const geocoder = { url: 'https://nominatim.example.org', userAgent: 'cms', timeoutMs: 5000 }
    expect(geocoderOf({ custom: { integrationNetworks: { geocoder } } })).toEqual(geocoder)
    expect(geocoderOf({ custom: { integrationNetworks: { geocoder: null } } })).toBeNull()
    expect(geocoderOf({ custom: {} })).toBeNull()
    expect(geocoderOf({})).toBeNull()
  })
})
