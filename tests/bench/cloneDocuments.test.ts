import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { cloneDocuments, resetSequences } from '../../bench/lib/cloneDocuments'
import { contentColumns, placeColumns } from '../../bench/lib/cloneRules'
import { AREA, districtCentre, gridOf, SCATTER_KM } from '../../bench/lib/geography'
import { OFFER_TEMPLATES, PLACE_TEMPLATES } from '../../bench/lib/offerTemplates'
import { planFor, primeTo } from '../../bench/lib/plan'
import { readSchema } from '../../bench/lib/schema'
import { differences, verifyClone } from '../../bench/lib/verifyClones'
import { distanceKm } from '../../src/lib/offerQuery'
import {
  createActor,
  createDistrict,
  createNetwork,
  createOffer,
  createOfferType,
  createPlace,
  createTargetGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'

/**
 * The benchmark's bulk path: clones written row by row in SQL must read back through the Local
 * API exactly like the document the CMS wrote, and the check must notice when they do not.
 */
let payload: Payload
let client: pg.Client
let template: number
let clones: number[]

const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

beforeAll(async () => {
  payload = await testPayload()
  const district = (await createDistrict(payload)).id
  const network = await createNetwork(payload, { district, ...published })
  const actor = await createActor(payload, {
    district,
    name: unique('Beratungsstelle'),
    shortName: 'BS',
    kind: 'advice-centre',
    description: richText('Beratung für Geflüchtete und Zugewanderte in allen Lebenslagen.'),
    memberships: [{ network: network.id, role: 'partner' }],
    address: { street: 'Marktplatz 1', postalCode: '06108', city: 'Halle (Saale)' },
    emails: [{ address: 'beratung@example.org' }],
    phones: [{ number: '0345 1234567' }, { number: '0345 7654321' }],
    languages: ['de', 'ar', 'uk'],
    ...published,
  })
  await payload.update({
    collection: 'actors',
    id: actor.id,
    locale: 'en',
    data: { name: 'Advice centre', description: richText('Advice for refugees.'), _status: 'published' },
  })
  template = actor.id

  client = new pg.Client({
    connectionString: inject('databaseUrl'),
    types: { getTypeParser: () => (value: string) => value },
  })
  await client.connect()
  const schema = await readSchema(client)
  // Other test files write actors meanwhile: hold them off while ids are taken by hand.
  await client.query('BEGIN')
  await client.query('LOCK TABLE actors IN EXCLUSIVE MODE')
  const base = Number((await client.query<{ max: string }>('SELECT max(id) AS max FROM actors')).rows[0]!.max)
  await cloneDocuments(
    client,
    schema,
    {
      base: 'actors',
      templateIds: [template],
      count: 3,
      mainBase: base,
      column: ({ field, value }) => (field === 'slug' ? `${value} || '-' || g` : undefined),
      reference: () => null,
    },
    () => {},
  )
  await resetSequences(client, schema, ['actors'])
  await client.query('COMMIT')
  clones = [base + 1, base + 2, base + 3]
})

afterAll(async () => {
  await client?.end()
})

describe('bulk clones (bench/generate.ts)', () => {
  it('read back through the Local API like the document the CMS wrote, versions included', async () => {
    for (const clone of clones) {
      expect(await verifyClone(payload, 'actors', template, clone)).toEqual([])
    }
    const found = await payload.find({
      collection: 'actors',
      where: { id: { in: clones }, 'memberships.role': { equals: 'partner' }, languages: { contains: 'uk' } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(3)
  })

  it('leave the database writable: the CMS creates and updates after them', async () => {
    const created = await createActor(payload, {
      district: (await payload.findByID({ collection: 'actors', id: template })).district as number,
      name: unique('Danach'),
      kind: 'other',
    })
    expect(created.id).toBeGreaterThan(clones[2]!)
    const updated = await payload.update({ collection: 'actors', id: clones[0]!, data: { shortName: 'NEU' } })
    expect(updated.shortName).toBe('NEU')
  })

  it('the check reports a clone that differs from its template', async () => {
    const clone = clones[1]!
    await client.query(
      `UPDATE actors_locales SET description = NULL WHERE _parent_id = $1 AND _locale = 'en'`,
      [clone],
    )
    await client.query(`DELETE FROM actors_phones WHERE _parent_id = $1 AND _order = 2`, [clone])
    const problems = await verifyClone(payload, 'actors', template, clone)
    expect(problems.join('\n')).toMatch(/description/)
    expect(problems.join('\n')).toMatch(/phones: 2 vs 1 items/)
  })

  it('compares values strictly, and only types for the fields a clone varies', () => {
    expect(differences({ name: 'A', kind: 'x', district: 1 }, { name: 'B', kind: 'x', district: 2 })).toEqual(
      [],
    )
    expect(differences({ kind: 'x' }, { kind: 'y' })).toEqual(['.kind: "x" vs "y"'])
    expect(differences({ district: 1 }, { district: null })).toEqual(['.district: 1 vs null'])
    expect(differences({ a: 1 }, {})).toEqual(['.a: missing on one side'])
  })
})

/**
 * Places and offers (bench/generate.ts since generator 5): clones with the generator's own rules
 * for positions (scattered around their district's centre) read back like their templates, hours,
 * exceptions, an offer's places with its own hours, drafts and trashed documents included.
 */
describe('bulk clones of places and offers', () => {
  // One district: every clone lies in district 1 of the grid.
  const plan = planFor(0.25)
  let placeTemplate: number
  let offerTemplates: number[]
  let placeClones: number[]
  let offerClones: number[]

  beforeAll(async () => {
    const district = (await createDistrict(payload)).id
    const actor = await createActor(payload, { district, ...published })
    const group = await createTargetGroup(payload, { district, category: 'refugees-asylum', ...published })
    const type = await createOfferType(payload)
    const place = await createPlace(payload, {
      district,
      name: unique('Beratungszentrum'),
      address: { street: 'Markt 1', postalCode: '06217', city: 'Merseburg' },
      coordinates: { latitude: 51.3556, longitude: 11.9898 },
      owner: actor.id,
      openingHours: {
        slots: [
          { day: 'mo', opens: '09:00', closes: '12:00' },
          { day: 'th', opens: '13:00', closes: '18:00' },
        ],
        note: 'Dienstags nach Vereinbarung',
      },
      openingExceptions: [
        {
          from: '2026-12-24T12:00:00.000Z',
          to: '2026-12-26T12:00:00.000Z',
          closed: true,
          note: 'Weihnachten',
        },
        {
          from: '2026-12-31T12:00:00.000Z',
          to: '2026-12-31T12:00:00.000Z',
          closed: false,
          slots: [{ opens: '09:00', closes: '11:00' }],
        },
      ],
      accessibility: { stepFreeEntrance: 'yes', lift: 'no', note: 'Rampe am Seiteneingang' },
      ...published,
    })
    await payload.update({
      collection: 'places',
      id: place.id,
      locale: 'en',
      data: { name: 'Advice centre', ...published },
      context: { skipGeocoding: true },
    })
    placeTemplate = place.id
    const offer = (title: string) =>
      createOffer(payload, {
        district,
        title: unique(title),
        summary: 'Beratung zu Aufenthalt und Arbeit',
        offerTypes: [type.id],
        targetGroups: [group.id],
        provider: actor.id,
        languages: ['de', 'ar'],
        cost: { free: false, note: '5 €' },
        places: [
          { place: place.id },
          {
            place: place.id,
            ownHours: true,
            hours: { slots: [{ day: 'tu', opens: '16:00', closes: '18:00' }] },
          },
        ],
        ...published,
      })
    const kept = await offer('Migrationsberatung')
    await payload.update({
      collection: 'offers',
      id: kept.id,
      locale: 'en',
      data: { title: 'Migration counselling', ...published },
    })
    const trashed = await offer('Eingestellt')
    await payload.update({
      collection: 'offers',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
    })
    offerTemplates = [kept.id, trashed.id]

    const schema = await readSchema(client)
    // Other test files write places and offers meanwhile: hold them off while ids are taken by hand.
    await client.query('BEGIN')
    await client.query('LOCK TABLE places, offers IN EXCLUSIVE MODE')
    const maxId = async (table: string) =>
      Number((await client.query<{ max: string }>(`SELECT max(id) AS max FROM ${table}`)).rows[0]!.max)
    const placeBase = await maxId('places')
    await cloneDocuments(
      client,
      schema,
      {
        base: 'places',
        templateIds: [placeTemplate],
        count: 3,
        mainBase: placeBase,
        column: placeColumns(plan),
        reference: () => null,
      },
      () => {},
    )
    const offerBase = await maxId('offers')
    await cloneDocuments(
      client,
      schema,
      {
        base: 'offers',
        templateIds: offerTemplates,
        count: 4,
        mainBase: offerBase,
        column: contentColumns(plan),
        // Clone g's places are place clone ((g - 1) mod 3) + 1.
        reference: ({ refTable }) => (refTable === 'places' ? `${placeBase} + (g - 1) % 3 + 1` : null),
      },
      () => {},
    )
    await resetSequences(client, schema, ['places', 'offers'])
    await client.query('COMMIT')
    placeClones = [placeBase + 1, placeBase + 2, placeBase + 3]
    offerClones = [offerBase + 1, offerBase + 2, offerBase + 3, offerBase + 4]
  })

  it('read back like their templates: hours, exceptions, translations and versions', async () => {
    for (const clone of placeClones) {
      expect(await verifyClone(payload, 'places', placeTemplate, clone)).toEqual([])
    }
    // Clone g copies template (g - 1) mod 2: the trashed one too, in the trash.
    for (const [i, clone] of offerClones.entries()) {
      expect(await verifyClone(payload, 'offers', offerTemplates[i % 2]!, clone)).toEqual([])
    }
    const trashed = await payload.findByID({ collection: 'offers', id: offerClones[1]!, trash: true })
    expect(trashed.deletedAt).toBeTruthy()
  })

  it("the check still compares an offer's places row by row (their references vary, their hours not)", async () => {
    const clone = offerClones[3]!
    await client.query(
      `DELETE FROM offers_places_hours_slots WHERE _parent_id IN (SELECT id FROM offers_places WHERE _parent_id = $1)`,
      [clone],
    )
    const problems = await verifyClone(payload, 'offers', offerTemplates[1]!, clone)
    expect(problems.join('\n')).toMatch(/\.places\[1\]\.hours\.slots: 1 vs 0 items/)
  })

  it('lie around their district centre, each place elsewhere, and offers point at them', async () => {
    const centre = districtCentre(plan, 1)
    const { docs } = await payload.find({
      collection: 'places',
      where: { id: { in: placeClones } },
      overrideAccess: true,
      sort: 'id',
    })
    const positions = docs.map(({ coordinates }) => ({
      latitude: coordinates!.latitude!,
      longitude: coordinates!.longitude!,
    }))
    for (const position of positions)
      expect(distanceKm(centre, position)).toBeLessThanOrEqual(SCATTER_KM + 0.01)
    expect(new Set(positions.map((p) => `${p.latitude},${p.longitude}`)).size).toBe(3)
    const offer = await payload.findByID({ collection: 'offers', id: offerClones[2]!, depth: 0 })
    expect(offer.places!.map(({ place }) => place)).toEqual([placeClones[2], placeClones[2]])
    expect(offer.places![1]!.hours!.slots).toMatchObject([{ day: 'tu', opens: '16:00', closes: '18:00' }])
  })
})

describe('plan and geography (bench/lib/plan.ts, bench/lib/geography.ts)', () => {
  it('has at least 1,000 places and offers per scale unit, 100,000 each at scale 100', () => {
    expect(planFor(1).counts).toMatchObject({ places: 1_000, offers: 1_000 })
    expect(planFor(100)).toMatchObject({ districts: 400, counts: { places: 100_000, offers: 100_000 } })
  })

  it('gives every district its own centre inside the area, neighbours a few tens of km apart', () => {
    for (const scale of [0.25, 1, 10, 100]) {
      const plan = planFor(scale)
      const { rows, columns } = gridOf(plan.districts)
      expect(rows * columns).toBeGreaterThanOrEqual(plan.districts)
      const centres = Array.from({ length: plan.districts }, (_, i) => districtCentre(plan, i + 1))
      for (const { latitude, longitude } of centres) {
        expect(latitude).toBeGreaterThan(AREA.south)
        expect(latitude).toBeLessThan(AREA.north)
        expect(longitude).toBeGreaterThan(AREA.west)
        expect(longitude).toBeLessThan(AREA.east)
      }
      expect(new Set(centres.map((c) => `${c.latitude},${c.longitude}`)).size).toBe(plan.districts)
    }
    const plan = planFor(100)
    const { columns } = gridOf(plan.districts)
    const east = distanceKm(districtCentre(plan, 200), districtCentre(plan, 201))
    const north = distanceKm(districtCentre(plan, 200), districtCentre(plan, 200 + columns))
    expect(east).toBeGreaterThan(30)
    expect(east).toBeLessThan(40)
    expect(north).toBeGreaterThan(30)
    expect(north).toBeLessThan(40)
  })

  it('cuts a template list to a length prime to the district count (target groups: 20 of them, 400 districts)', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i)
    expect(primeTo(twenty, 400)).toEqual(twenty.slice(0, 19))
    expect(primeTo(twenty, 3)).toEqual(twenty)
    // Every district then gets ten different templates.
    const templateOf = (g: number, n: number) => (g - 1) % n
    const district200 = Array.from({ length: 10 }, (_, k) => templateOf(200 + 400 * k, 19))
    expect(new Set(district200).size).toBe(10)
  })

  it('has template counts prime to the district counts, so that every district gets every template', () => {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
    for (const templates of [PLACE_TEMPLATES.length, OFFER_TEMPLATES.length]) {
      for (const scale of [1, 10, 100]) expect(gcd(templates, planFor(scale).districts)).toBe(1)
    }
  })
})
