import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  createActor,
  createContact,
  createDistrict,
  createFieldOfAction,
  createGoal,
  createMedia,
  createNetwork,
  createOffer,
  createOfferType,
  createPlace,
  createPrinciple,
  createTargetGroup,
  createWorkingGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * /api/openapi.json describes the public API; real responses of every public endpoint are
 * validated against it (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
type Document = {
  openapi: string
  paths: Record<string, unknown>
  components: { schemas: Record<string, unknown> }
}
let document: Document
let payload: Payload
let districtSlug: string
let validate: (schemaName: string, data: unknown) => string[]

const COLLECTIONS = [
  ['networks', 'Network'],
  ['principles', 'Principle'],
  ['goals', 'Goal'],
  ['working-groups', 'WorkingGroup'],
  ['actors', 'Actor'],
  ['contacts', 'Contact'],
  ['target-groups', 'TargetGroup'],
  ['offers', 'Offer'],
  ['places', 'Place'],
  ['fields-of-action', 'FieldsOfAction'],
  ['offer-types', 'OfferType'],
  ['residence-situations', 'ResidenceSituation'],
  ['districts', 'District'],
  ['media', 'Media'],
] as const

beforeAll(async () => {
  payload = await testPayload()
  const district = await createDistrict(payload)
  districtSlug = district.slug!
  const d = district.id
  const field = await createFieldOfAction(payload, { name: unique('Feld') })
  const network = await createNetwork(payload, {
    district: d,
    name: unique('Netzwerk Beratung'),
    foundedYear: 2002,
    alliances: [{ name: 'Bündnis' }],
    referenceFrameworks: [{ title: 'Plan', url: 'https://example.org' }],
    ...published,
  })
  const target = await createTargetGroup(payload, { district: d, networks: [network.id], ...published })
  const actor = await createActor(payload, {
    district: d,
    name: unique('Beratungsverein'),
    kind: 'advice-centre',
    memberships: [{ network: network.id, role: 'member' }],
    fieldsOfAction: [field.id],
    targetGroups: [target.id],
    phones: [{ number: '0345 1234567' }],
    address: { street: 'Markt 1', postalCode: '06108', city: 'Halle (Saale)' },
    ...published,
  })
  const office = await createContact(payload, {
    district: d,
    kind: 'office',
    name: unique('Beratungsstelle'),
    actor: actor.id,
    networks: [network.id],
    officeHours: { slots: [{ day: 'mo', opens: '09:00', closes: '12:00' }] },
    ...published,
  })
  const group = await createWorkingGroup(payload, {
    district: d,
    network: network.id,
    chair: office.id,
    memberActors: [actor.id],
    ...published,
  })
  await createGoal(payload, { district: d, workingGroup: group.id, fieldsOfAction: [field.id], ...published })
  await createPrinciple(payload, { district: d, network: network.id, ...published })
  await createMedia(payload, { district: d, file: 'pdf', public: true })
  const type = await createOfferType(payload)
  const situation = await payload.create({
    collection: 'residence-situations',
    data: { name: unique('Aufenthaltssituation') },
  })
  const place = await createPlace(payload, {
    district: d,
    address: { street: 'Markt 1', postalCode: '06108', city: 'Halle (Saale)' },
    coordinates: { latitude: 51.4825, longitude: 11.9697 },
    openingHours: { slots: [{ day: 'tu', opens: '13:00', closes: '24:00' }] },
    openingExceptions: [{ from: '2026-12-24T12:00:00.000Z', to: '2026-12-26T12:00:00.000Z', closed: true }],
    accessibility: { stepFreeEntrance: 'yes', lift: 'no' },
    owner: actor.id,
    ...published,
  })
  await createOffer(payload, {
    district: d,
    title: unique('Beratungsangebot'),
    offerTypes: [type.id],
    provider: actor.id,
    targetGroups: [target.id],
    fieldsOfAction: [field.id],
    languages: ['ar', 'gsg'],
    eligibility: { ageFrom: 18, residenceSituations: [situation.id] },
    cost: { free: false, note: '5 €' },
    registration: 'appointment',
    online: { url: 'https://example.org/beratung', remote: true },
    period: { from: '2026-01-01T12:00:00.000Z' },
    places: [{ place: place.id }, { place: place.id, ownHours: true, hours: { byAppointmentOnly: true } }],
    contacts: [office.id],
    ...published,
  })

  const response = await rest('GET', 'openapi.json')
  expect(response.status).toBe(200)
  document = response.json
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'api', components: document.components })
  validate = (schemaName, data) => {
    const check = ajv.getSchema(`api#/components/schemas/${schemaName}`)!
    return check(data) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
  }
})

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every public collection and the custom endpoints', () => {
    expect(document.openapi).toBe('3.1.0')
    for (const [collection] of COLLECTIONS) expect(document.paths).toHaveProperty(`/api/${collection}`)
    expect(document.paths).toHaveProperty('/api/districts/{slug}/directory')
    expect(document.paths).toHaveProperty('/api/search')
    expect(document.paths).not.toHaveProperty('/api/users')
  })

  it('its schemas reject what the API must not send (control for the checks below)', () => {
    expect(validate('Network', { id: 'eins' })).not.toEqual([])
    expect(validate('Network', { id: 1, foundedYear: 'zweitausend' })).not.toEqual([])
    expect(validate('Goal', { id: 1, kind: 'wunsch' })).not.toEqual([])
    expect(validate('Network', { id: 1, foundedYear: 2002 })).toEqual([])
  })

  for (const depth of [0, 1, 2]) {
    it(`real list responses at depth ${depth} match the document`, async () => {
      for (const [collection, schema] of COLLECTIONS) {
        const response = await rest('GET', `${collection}?depth=${depth}&limit=20`)
        expect(response.status).toBe(200)
        expect(response.json.docs.length, collection).toBeGreaterThan(0)
        for (const doc of response.json.docs) {
          expect({ collection, errors: validate(schema, doc) }).toEqual({ collection, errors: [] })
        }
      }
    })
  }

  it('the directory and search responses match the document', async () => {
    const directory = await rest('GET', `districts/${districtSlug}/directory`)
    expect(validate('Directory', directory.json)).toEqual([])
    const search = await rest('GET', `search?q=Beratung&district=${districtSlug}`)
    expect(search.json.totalDocs).toBeGreaterThan(0)
    expect(validate('SearchResult', search.json)).toEqual([])
  })

  it('the find and GeoJSON responses match the document', async () => {
    const found = await rest('GET', `offers/find?district=${districtSlug}&near=51.48,11.97&radius=5`)
    expect(found.json.totalDocs).toBe(1)
    expect(validate('FoundOffers', found.json)).toEqual([])
    const geojson = await rest('GET', `districts/${districtSlug}/places.geojson`)
    expect(geojson.json.features).toHaveLength(1)
    expect(validate('PlacesGeoJson', geojson.json)).toEqual([])
    expect(document.paths).toHaveProperty('/api/offers/find')
    expect(document.paths).toHaveProperty('/api/districts/{slug}/places.geojson')
  })

  it('error answers match the Error schema', async () => {
    const error = await rest('GET', 'search')
    expect(error.status).toBe(400)
    expect(validate('Error', error.json)).toEqual([])
  })

  it('serves an interactive reference at /api/docs', async () => {
    const response = await rest('GET', 'docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
  })
})
