import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Place } from '../../payload-types'
import type { GeocoderSettings } from '../../src/lib/geocoder'
import { loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, published, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * The places' geocoding hook (collections/Places/hooks/fillCoordinates.ts) through the Local
 * API, against a local stand-in for Nominatim that knows a few streets of Halle.
 */
const KNOWN: Record<string, [string, string]> = {
  'Marktplatz 1': ['51.4825041', '11.9705452'],
  'Große Ulrichstraße 51': ['51.4842100', '11.9652300'],
  'Hansering 15': ['51.4818000', '11.9776000'],
}

let payload: Payload
let district: number
let server: Server
let geocoder: GeocoderSettings
/** The streets the stand-in was asked for, in order. */
const asked: string[] = []
let failWith: number | null = null

const options = () => payload.config.custom!.integrationNetworks as { geocoder: GeocoderSettings | null }
let configured: GeocoderSettings | null

beforeAll(async () => {
  server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams
    const street = query.get('street') ?? ''
    asked.push(street)
    if (failWith) {
      response.writeHead(failWith).end('Service unavailable')
      return
    }
    const known = KNOWN[street]
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify(known ? [{ lat: known[0], lon: known[1], display_name: `${street}, Halle` }] : []),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  geocoder = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    userAgent: 'integrationsnetzwerk-cms-test',
    timeoutMs: 2000,
  }
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  configured = options().geocoder
})

afterAll(async () => {
  // The config belongs to every test file this worker runs after this one.
  if (payload) options().geocoder = configured
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  options().geocoder = geocoder
  asked.length = 0
  failWith = null
})

const address = (street: string) => ({ street, postalCode: '06108', city: 'Halle (Saale)' })

const createPlace = (data: Partial<Place>, draft = true) =>
  payload.create({
    collection: 'places',
    draft,
    data: { name: unique('Ort'), district, ...(draft ? {} : published), ...data },
  })

const updatePlace = (id: number, data: Partial<Place>) =>
  payload.update({ collection: 'places', id, draft: true, data })

const stored = async (id: number) =>
  (await payload.findByID({ collection: 'places', id, draft: true, depth: 0 })).coordinates

describe('geocoding places', () => {
  it('fills the coordinates of a new place from its address', async () => {
    const place = await createPlace({ address: address('Marktplatz 1') })
    expect(place.coordinates).toMatchObject({
      latitude: 51.4825041,
      longitude: 11.9705452,
      source: 'geocoder',
      geocodingNote: null,
    })
    expect(await stored(place.id)).toMatchObject({ latitude: 51.4825041, source: 'geocoder' })
    expect(asked).toEqual(['Marktplatz 1'])
  })

  it('also fills a place created published', async () => {
    const place = await createPlace({ address: address('Hansering 15') }, false)
    expect(place._status).toBe('published')
    expect(place.coordinates).toMatchObject({ latitude: 51.4818, longitude: 11.9776, source: 'geocoder' })
  })

  it('looks the address up again when it changes, and only then', async () => {
    const place = await createPlace({ address: address('Marktplatz 1') })
    await updatePlace(place.id, { publicTransport: 'Straßenbahn 1, Haltestelle Markt' })
    expect(asked).toEqual(['Marktplatz 1'])

    const moved = await updatePlace(place.id, { address: address('Große Ulrichstraße 51') })
    expect(moved.coordinates).toMatchObject({ latitude: 51.48421, longitude: 11.96523, source: 'geocoder' })
    expect(asked).toEqual(['Marktplatz 1', 'Große Ulrichstraße 51'])

    // The admin form sends the whole document back, the stored coordinates included.
    const resent = await updatePlace(place.id, {
      address: address('Hansering 15'),
      coordinates: moved.coordinates,
    })
    expect(resent.coordinates).toMatchObject({ latitude: 51.4818, longitude: 11.9776, source: 'geocoder' })
  })

  it('keeps coordinates typed by hand, also when the address changes later', async () => {
    const place = await createPlace({ address: address('Marktplatz 1') })
    const typed = await updatePlace(place.id, {
      coordinates: { latitude: 51.5, longitude: 12.01, source: 'geocoder' },
    })
    expect(typed.coordinates).toMatchObject({ latitude: 51.5, longitude: 12.01, source: 'manual' })

    const moved = await updatePlace(place.id, { address: address('Hansering 15') })
    expect(moved.coordinates).toMatchObject({ latitude: 51.5, longitude: 12.01, source: 'manual' })
    expect(asked).toEqual(['Marktplatz 1'])
  })

  it('keeps geocoded coordinates geocoded in a duplicate', async () => {
    const place = await createPlace({ address: address('Marktplatz 1') })
    // With the service down, only the copy itself can say where the coordinates came from.
    failWith = 500
    // A new slug: the copied one is taken in the district.
    const copy = await payload.duplicate({
      collection: 'places',
      id: place.id,
      draft: true,
      data: { slug: unique('ort') },
    })
    expect(copy.coordinates).toMatchObject({ latitude: 51.4825041, source: 'geocoder' })
  })

  it('takes coordinates given with a new place as typed by hand and asks nothing', async () => {
    const place = await createPlace({
      address: address('Marktplatz 1'),
      coordinates: { latitude: 51.49, longitude: 11.97 },
    })
    expect(place.coordinates).toMatchObject({ latitude: 51.49, longitude: 11.97, source: 'manual' })
    expect(asked).toEqual([])
  })

  it('forgets the source when the coordinates are cleared, and looks up the next address', async () => {
    const place = await createPlace({
      address: address('Marktplatz 1'),
      coordinates: { latitude: 51.49, longitude: 11.97 },
    })
    const cleared = await updatePlace(place.id, { coordinates: { latitude: null, longitude: null } })
    expect(cleared.coordinates).toMatchObject({ latitude: null, longitude: null, source: null })
    expect(asked).toEqual([])

    const moved = await updatePlace(place.id, { address: address('Hansering 15') })
    expect(moved.coordinates).toMatchObject({ latitude: 51.4818, source: 'geocoder' })
  })

  it('saves when the service fails, keeps the coordinates and notes why', async () => {
    const place = await createPlace({ address: address('Marktplatz 1') })
    failWith = 500
    const moved = await updatePlace(place.id, { address: address('Hansering 15') })
    expect(moved.address?.street).toBe('Hansering 15')
    expect(moved.coordinates).toMatchObject({
      latitude: 51.4825041,
      longitude: 11.9705452,
      source: 'geocoder',
    })
    expect(moved.coordinates?.geocodingNote).toMatch(/Status 500/)
    expect((await stored(place.id))?.geocodingNote).toMatch(/Status 500/)

    // The next successful lookup clears the note.
    failWith = null
    const again = await updatePlace(place.id, { address: address('Große Ulrichstraße 51') })
    expect(again.coordinates).toMatchObject({ latitude: 51.48421, source: 'geocoder', geocodingNote: null })
  })

  it('saves an address the service does not know, without coordinates and with a note', async () => {
    const place = await createPlace({ address: address('Nirgendwostraße 99') })
    expect(place.address?.street).toBe('Nirgendwostraße 99')
    expect(place.coordinates).toMatchObject({ latitude: null, longitude: null, source: null })
    expect(place.coordinates?.geocodingNote).toMatch(/kennt diese Anschrift nicht/)
  })

  it('notes a missing city without asking', async () => {
    const place = await createPlace({ address: { street: 'Marktplatz 1' } })
    expect(place.coordinates?.geocodingNote).toMatch(/Straße und Ort/)
    expect(asked).toEqual([])
  })

  it('writes the note in English for an English admin', async () => {
    const { token } = await loginAsNewAdmin()
    const created = await rest('POST', 'places?draft=true', {
      token,
      headers: { 'Accept-Language': 'en' },
      body: { name: unique('Ort'), district, address: address('Nirgendwostraße 99') },
    })
    expect(created.status).toBe(201)
    expect(created.json.doc.coordinates.geocodingNote).toMatch(/does not know this address/)
  })

  it('ignores a source or note the client sends', async () => {
    const place = await createPlace({
      address: address('Marktplatz 1'),
      coordinates: { source: 'manual', geocodingNote: 'von Hand' },
    })
    expect(place.coordinates).toMatchObject({ latitude: 51.4825041, source: 'geocoder', geocodingNote: null })
  })

  it('sends no request when the geocoder is off', async () => {
    options().geocoder = null
    const place = await createPlace({ address: address('Marktplatz 1') })
    await updatePlace(place.id, { address: address('Hansering 15') })
    expect(await stored(place.id)).toMatchObject({ latitude: null, longitude: null, source: null })
    expect(asked).toEqual([])
  })

  it('sends no request for saves that skip geocoding (the seed, the benchmark)', async () => {
    const place = await payload.create({
      collection: 'places',
      draft: true,
      context: { skipGeocoding: true },
      data: {
        name: unique('Ort'),
        district,
        address: address('Marktplatz 1'),
        coordinates: { latitude: 51.48, longitude: 11.97, source: 'geocoder' },
      },
    })
    expect(place.coordinates).toMatchObject({ latitude: 51.48, source: 'geocoder' })
    expect(asked).toEqual([])
  })
})
