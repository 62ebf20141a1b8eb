import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { District, Offer, Place } from '../../payload-types'
import { idOf } from '../../src/lib/idOf'
import { distanceKm } from '../../src/lib/offerQuery'
import { isOpenAt, type OpeningException, parseOpenAt, type WeeklyHours } from '../../src/lib/openingHours'
import { createMember } from '../helpers/auth'
import {
  createDistrict,
  createOffer,
  createOfferType,
  createPlace,
  createTargetGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * GET /api/offers/find through the app's REST route: every filter, distance order, opening
 * times in Berlin with exceptions, what the public may not see, and a 400 naming each bad
 * parameter.
 */
let payload: Payload
let district: District
let other: District
type Named<K extends string, T> = Record<K, T>
const offers = {} as Named<
  'counselling' | 'course' | 'far' | 'draft' | 'atDraftPlace' | 'over' | 'trashed' | 'elsewhere',
  Offer
>
const places = {} as Named<'stendal' | 'tangermuende' | 'magdeburg' | 'draft', Place>
let offerTypeSlug: string
let targetGroupSlug: string

const STENDAL = { latitude: 52.6055, longitude: 11.8583 }
const TANGERMUENDE = { latitude: 52.5414, longitude: 11.9697 }
const MAGDEBURG = { latitude: 52.1205, longitude: 11.6276 }

const find = (query: string) => rest('GET', `offers/find?${query}`)
const inDistrict = (query: string) => find(`district=${district.slug}&${query}`)
const titles = (answer: { json: { docs: Array<{ title: string }> } }) =>
  answer.json.docs.map(({ title }) => title)

const WEEKDAY_HOURS: WeeklyHours = {
  byAppointmentOnly: false,
  slots: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({ day, opens: '09:00', closes: '12:00' })),
}
// Closed over Christmas 2026; short hours on New Year's Eve.
const EXCEPTIONS = [
  { from: '2026-12-24T12:00:00.000Z', to: '2026-12-26T12:00:00.000Z', closed: true, note: 'Weihnachten' },
  {
    from: '2026-12-31T12:00:00.000Z',
    to: '2026-12-31T12:00:00.000Z',
    closed: false,
    slots: [{ opens: '08:00', closes: '10:00' }],
    note: 'Silvester',
  },
]

beforeAll(async () => {
  payload = await testPayload()
  district = await createDistrict(payload)
  other = await createDistrict(payload)
  const d = district.id
  const type = await createOfferType(payload, { name: unique('Beratung') })
  offerTypeSlug = type.slug!
  const refugees = await createTargetGroup(payload, {
    district: d,
    name: 'Geflüchtete',
    category: 'refugees-asylum',
    ...published,
  })
  targetGroupSlug = refugees.slug!
  const hiddenGroup = await createTargetGroup(payload, {
    district: d,
    name: 'Entwurfsgruppe',
    category: 'students',
  })

  places.stendal = await createPlace(payload, {
    district: d,
    name: 'Beratungszentrum Stendal',
    address: { street: 'Hospitalstraße 1', postalCode: '39576', city: 'Stendal' },
    coordinates: STENDAL,
    openingHours: WEEKDAY_HOURS,
    openingExceptions: EXCEPTIONS,
    ...published,
  })
  places.tangermuende = await createPlace(payload, {
    district: d,
    name: 'Treffpunkt Tangermünde',
    coordinates: TANGERMUENDE,
    openingHours: { byAppointmentOnly: true, slots: WEEKDAY_HOURS.slots },
    ...published,
  })
  places.magdeburg = await createPlace(payload, {
    district: d,
    name: 'Außenstelle Magdeburg',
    coordinates: MAGDEBURG,
    openingHours: WEEKDAY_HOURS,
    ...published,
  })
  places.draft = await createPlace(payload, { district: d, name: 'Entwurfsort', coordinates: STENDAL })

  const at = (place: Place) => [{ place: place.id }]
  offers.counselling = await createOffer(payload, {
    district: d,
    title: 'Migrationsberatung für Erwachsene',
    summary: 'Beratung zu Aufenthalt und Arbeit',
    offerTypes: [type.id],
    targetGroups: [refugees.id, hiddenGroup.id],
    languages: ['ar', 'de'],
    cost: { free: true },
    places: [...at(places.magdeburg), ...at(places.stendal)],
    ...published,
  })
  await payload.update({
    collection: 'offers',
    id: offers.counselling.id,
    locale: 'en',
    data: { title: 'Migration counselling for adults', ...published },
  })
  offers.course = await createOffer(payload, {
    district: d,
    title: 'Sprachcafé Ukrainisch',
    languages: ['uk'],
    cost: { free: false, note: '2 € pro Abend' },
    places: at(places.tangermuende),
    ...published,
  })
  offers.far = await createOffer(payload, {
    district: d,
    title: 'Arabische Hausaufgabenhilfe',
    languages: ['ar'],
    places: at(places.magdeburg),
    ...published,
  })
  offers.draft = await createOffer(payload, {
    district: d,
    title: 'Entwurfsangebot',
    places: at(places.stendal),
  })
  offers.atDraftPlace = await createOffer(payload, {
    district: d,
    title: 'Angebot am Entwurfsort',
    places: at(places.draft),
    ...published,
  })
  offers.over = await createOffer(payload, {
    district: d,
    title: 'Beendetes Angebot',
    period: { from: '2019-01-01T12:00:00.000Z', to: '2020-01-01T12:00:00.000Z' },
    places: at(places.stendal),
    ...published,
  })
  offers.trashed = await createOffer(payload, {
    district: d,
    title: 'Angebot im Papierkorb',
    places: at(places.stendal),
    ...published,
  })
  await payload.update({
    collection: 'offers',
    id: offers.trashed.id,
    data: { deletedAt: new Date().toISOString() },
  })
  offers.elsewhere = await createOffer(payload, {
    district: other.id,
    title: 'Angebot anderswo',
    languages: ['ar'],
    ...published,
  })
})

describe('GET /api/offers/find', () => {
  it('lists the published, current offers of a district by title, with what the public may see of them', async () => {
    const answer = await inDistrict('limit=50')
    expect(answer.status).toBe(200)
    expect(titles(answer)).toEqual([
      'Angebot am Entwurfsort',
      'Arabische Hausaufgabenhilfe',
      'Migrationsberatung für Erwachsene',
      'Sprachcafé Ukrainisch',
    ])
    const counselling = answer.json.docs.find(({ id }: Offer) => id === offers.counselling.id)
    // The draft target group is not shown; the draft place neither.
    expect(counselling.targetGroups.map(({ slug }: { slug: string }) => slug)).toEqual([targetGroupSlug])
    expect(counselling.offerTypes[0].slug).toBe(offerTypeSlug)
    expect(counselling.languages).toEqual(['ar', 'de'])
    expect(counselling.district).toEqual({ id: district.id, slug: district.slug })
    expect(counselling.places.map(({ name }: { name: string }) => name)).toEqual([
      'Außenstelle Magdeburg',
      'Beratungszentrum Stendal',
    ])
    expect(answer.json.docs.find(({ id }: Offer) => id === offers.atDraftPlace.id).places).toEqual([])
    expect(answer.json).toMatchObject({ totalDocs: 4, page: 1, totalPages: 1, hasNextPage: false })
  })

  it('finds offers near a point, nearest first, within the radius, with distances in km', async () => {
    const answer = await inDistrict(`near=${STENDAL.latitude},${STENDAL.longitude}&radius=25`)
    expect(titles(answer)).toEqual(['Migrationsberatung für Erwachsene', 'Sprachcafé Ukrainisch'])
    const [counselling, course] = answer.json.docs
    expect(counselling.distanceKm).toBe(0)
    expect(course.distanceKm).toBeCloseTo(distanceKm(STENDAL, TANGERMUENDE), 1)
    expect(course.distanceKm).toBeGreaterThan(9)
    expect(course.distanceKm).toBeLessThan(11)
    // Places nearest first, each with its own distance.
    expect(counselling.places.map(({ name }: { name: string }) => name)).toEqual([
      'Beratungszentrum Stendal',
      'Außenstelle Magdeburg',
    ])
    expect(counselling.places[1].distanceKm).toBeGreaterThan(50)

    const wide = await inDistrict(`near=${STENDAL.latitude},${STENDAL.longitude}&radius=60`)
    expect(titles(wide)).toEqual([
      'Migrationsberatung für Erwachsene',
      'Sprachcafé Ukrainisch',
      'Arabische Hausaufgabenhilfe',
    ])
    // Without a radius: 25 km.
    expect(titles(await inDistrict(`near=${STENDAL.latitude},${STENDAL.longitude}`))).toEqual(titles(answer))
  })

  it('filters by language, target group (slug or category), offer type, field and cost', async () => {
    expect(titles(await inDistrict('language=ar'))).toEqual([
      'Arabische Hausaufgabenhilfe',
      'Migrationsberatung für Erwachsene',
    ])
    expect(titles(await inDistrict('language=gsg'))).toEqual([])
    expect(titles(await inDistrict(`targetGroup=${targetGroupSlug}`))).toEqual([
      'Migrationsberatung für Erwachsene',
    ])
    expect(titles(await inDistrict('targetGroup=refugees-asylum'))).toEqual([
      'Migrationsberatung für Erwachsene',
    ])
    expect(titles(await inDistrict(`offerType=${offerTypeSlug}`))).toEqual([
      'Migrationsberatung für Erwachsene',
    ])
    expect(titles(await inDistrict('free=false'))).toEqual(['Sprachcafé Ukrainisch'])
    const near = `near=${STENDAL.latitude},${STENDAL.longitude}&radius=25`
    expect(titles(await inDistrict(`${near}&language=ar&targetGroup=refugees-asylum`))).toEqual([
      'Migrationsberatung für Erwachsene',
    ])
    // Across districts, by language: this district's and the other's.
    const all = await find('language=ar&limit=100')
    const ids = all.json.docs.map(({ id }: Offer) => id)
    expect(ids).toEqual(expect.arrayContaining([offers.counselling.id, offers.far.id, offers.elsewhere.id]))
  })

  it('searches titles and summaries, and answers in the locale with German where a translation is missing', async () => {
    expect(titles(await inDistrict('q=beratung'))).toEqual(['Migrationsberatung für Erwachsene'])
    expect(titles(await inDistrict('q=aufenthalt'))).toEqual(['Migrationsberatung für Erwachsene'])
    const english = await inDistrict('language=ar&locale=en')
    expect(titles(english)).toEqual(['Arabische Hausaufgabenhilfe', 'Migration counselling for adults'])
  })

  it('pages through the matches', async () => {
    const first = await inDistrict('limit=1')
    expect(first.json).toMatchObject({ totalDocs: 4, totalPages: 4, hasNextPage: true, hasPrevPage: false })
    const second = await inDistrict('limit=1&page=2')
    expect(titles(second)).toEqual(['Arabische Hausaufgabenhilfe'])
    expect(second.json.hasPrevPage).toBe(true)
  })

  it.each([
    [
      'a Monday morning',
      '2026-12-07T10:00',
      ['Arabische Hausaufgabenhilfe', 'Migrationsberatung für Erwachsene'],
    ],
    [
      'the minute it opens',
      '2026-12-07T09:00',
      ['Arabische Hausaufgabenhilfe', 'Migrationsberatung für Erwachsene'],
    ],
    ['the minute it closes', '2026-12-07T12:00', []],
    ['a Saturday', '2026-12-05T10:00', []],
    [
      'Christmas Eve, closed at Stendal only',
      '2026-12-24T10:00',
      ['Arabische Hausaufgabenhilfe', 'Migrationsberatung für Erwachsene'],
    ],
    [
      'New Year’s Eve at 11:00, short hours at Stendal',
      '2026-12-31T11:00',
      ['Arabische Hausaufgabenhilfe', 'Migrationsberatung für Erwachsene'],
    ],
    [
      'an instant with offset',
      '2026-12-07T09:30:00Z',
      ['Arabische Hausaufgabenhilfe', 'Migrationsberatung für Erwachsene'],
    ],
  ])('openAt on %s', async (_, openAt, expected) => {
    expect(titles(await inDistrict(`openAt=${encodeURIComponent(openAt)}`))).toEqual(expected)
  })

  it('applies exceptions per place in the openAt filter', async () => {
    const near = `near=${STENDAL.latitude},${STENDAL.longitude}&radius=25`
    // Christmas Eve: Stendal closed, Tangermünde by appointment only: nothing open nearby.
    expect(titles(await inDistrict(`${near}&openAt=2026-12-24T10:00`))).toEqual([])
    // New Year's Eve: open 08:00–10:00 instead of 09:00–12:00.
    expect(titles(await inDistrict(`${near}&openAt=2026-12-31T08:30`))).toEqual([
      'Migrationsberatung für Erwachsene',
    ])
    expect(titles(await inDistrict(`${near}&openAt=2026-12-31T11:00`))).toEqual([])
  })

  it('decides openAt in SQL as the opening-time logic does in JS', async () => {
    const exceptions = EXCEPTIONS as OpeningException[]
    const now = new Date('2026-12-01T00:00:00Z')
    const near = `near=${STENDAL.latitude},${STENDAL.longitude}&radius=1`
    for (const openAt of [
      '2026-12-07T08:59',
      '2026-12-07T11:59',
      '2026-12-25T10:00',
      '2026-12-27T10:00',
      '2026-12-28T10:00',
      '2026-12-31T09:59',
      '2026-12-31T10:00',
      '2026-03-30T09:00',
      '2026-10-26T11:00:00+01:00',
    ]) {
      const open = isOpenAt(WEEKDAY_HOURS, exceptions, parseOpenAt(openAt, now)!)
      const found = titles(await inDistrict(`${near}&openAt=${encodeURIComponent(openAt)}`))
      expect({ openAt, found: found.length > 0 }).toEqual({ openAt, found: open })
    }
  })

  it('tells of each offer and place whether it is open now and when it opens next', async () => {
    const answer = await inDistrict(`near=${STENDAL.latitude},${STENDAL.longitude}&radius=25`)
    const [counselling, course] = answer.json.docs
    const stendal = counselling.places[0]
    const now = new Date(answer.json.at)
    expect(stendal.openNow).toBe(isOpenAt(WEEKDAY_HOURS, EXCEPTIONS as OpeningException[], now))
    expect(stendal.openNow ? stendal.closesAt : stendal.opensNext).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/,
    )
    expect(course.places[0]).toMatchObject({ openNow: false, opensNext: null, byAppointmentOnly: true })
    expect(course.openNow).toBe(false)
    // Until when the answer holds: at most a minute, for shared caches too.
    const expires = Date.parse(answer.headers.get('expires')!)
    expect(expires).toBeGreaterThan(now.getTime())
    expect(expires - now.getTime()).toBeLessThanOrEqual(61_000)
    expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=([0-9]|[1-5][0-9]|60)$/)
  })

  it.each([
    ['near=91,11', 'near'],
    ['near=52.6', 'near'],
    ['near=abc,def', 'near'],
    ['near=52.6,181', 'near'],
    ['near=52.6,11.8&radius=-5', 'radius'],
    ['near=52.6,11.8&radius=0', 'radius'],
    ['near=52.6,11.8&radius=1e3', 'radius'],
    ['radius=10', 'radius'],
    ['language=xx', 'language'],
    ['language=', 'language'],
    ['openAt=tomorrow', 'openAt'],
    ['openAt=2026-13-01T10:00', 'openAt'],
    ['openAt=2026-12-01T25:00', 'openAt'],
    ['free=yes', 'free'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['locale=xx', 'locale'],
    ['q=%21%21%21', 'q'],
    ['district=kein-landkreis-dieses-namens', 'district'],
    ['targetGroup=keine-zielgruppe', 'targetGroup'],
    ['offerType=keine-art', 'offerType'],
    ['field=kein-feld', 'field'],
    ['language=ar&language=uk', 'language'],
    ['lang=ar', 'lang'],
  ])('answers %s with 400 naming %s', async (query, field) => {
    const answer = await find(query)
    expect(answer.status).toBe(400)
    expect(answer.json.errors[0].field).toBe(field)
    expect(answer.json.errors[0].message).toEqual(expect.any(String))
  })

  it('does not resolve a draft target group by its slug', async () => {
    const answer = await inDistrict('targetGroup=entwurfsgruppe')
    expect(answer.status).toBe(400)
    expect(answer.json.errors[0].field).toBe('targetGroup')
  })

  it('answers the same through GraphQL, with a bad filter named in the error', async () => {
    const query = `query ($district: String, $near: String) {
      findOffers(district: $district, near: $near, radius: 25, language: "ar", targetGroup: "refugees-asylum") {
        totalDocs
        docs { id title distanceKm openNow languages places { name distanceKm openNow byAppointmentOnly } }
      }
    }`
    const near = `${STENDAL.latitude},${STENDAL.longitude}`
    // The first GraphQL request of a process builds Payload's schema, which on a loaded machine
    // can take longer than a query's 10 s time box: until it is built, a 503.
    for (let attempt = 0; attempt < 5 && (await gql('{ __typename }')).status === 503; attempt++);
    const answer = await gql(query, { district: district.slug, near })
    expect(answer.json.errors?.[0]?.message).toBeUndefined()
    const rest = await inDistrict(`near=${near}&radius=25&language=ar&targetGroup=refugees-asylum`)
    expect(answer.json.data.findOffers.totalDocs).toBe(1)
    expect(answer.json.data.findOffers.docs[0]).toMatchObject({
      id: offers.counselling.id,
      title: rest.json.docs[0].title,
      distanceKm: rest.json.docs[0].distanceKm,
      languages: ['ar', 'de'],
    })
    expect(answer.json.data.findOffers.docs[0].places.map(({ name }: { name: string }) => name)).toEqual([
      'Beratungszentrum Stendal',
      'Außenstelle Magdeburg',
    ])

    const bad = await gql(`{ findOffers(near: "91,0") { totalDocs } }`)
    expect(bad.json.errors[0].message).toMatch(/^near: Latitude 91/)
    expect(bad.json.errors[0].extensions).toMatchObject({ data: { field: 'near' }, statusCode: 400 })
  })
})

describe('offers and places elsewhere in the API', () => {
  it('GET /api/districts/:slug/places.geojson: published places with a position and their published offers', async () => {
    const answer = await rest('GET', `districts/${district.slug}/places.geojson`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    const body = answer.json
    expect(body).toMatchObject({ type: 'FeatureCollection', placesWithoutPosition: 0 })
    expect(body.features.map(({ properties }: { properties: { name: string } }) => properties.name)).toEqual([
      'Außenstelle Magdeburg',
      'Beratungszentrum Stendal',
      'Treffpunkt Tangermünde',
    ])
    const stendal = body.features[1]
    // RFC 7946: longitude first.
    expect(stendal).toMatchObject({
      type: 'Feature',
      id: places.stendal.id,
      geometry: { type: 'Point', coordinates: [STENDAL.longitude, STENDAL.latitude] },
    })
    // Published, current or not: the offers held there; no drafts, nothing from the trash.
    expect(stendal.properties.offers.map(({ title }: { title: string }) => title)).toEqual([
      'Beendetes Angebot',
      'Migrationsberatung für Erwachsene',
    ])
    expect(stendal.properties.openingExceptions).toHaveLength(2)
    expect((await rest('GET', 'districts/gibt-es-nicht/places.geojson')).status).toBe(404)
    const badLocale = await rest('GET', `districts/${district.slug}/places.geojson?locale=xx`)
    expect(badLocale.status).toBe(400)
    expect(badLocale.json.errors[0].field).toBe('locale')
  })

  it('search finds offers and places', async () => {
    const answer = await rest('GET', `search?district=${district.slug}&q=Beratung`)
    const found = answer.json.docs.map(
      ({ collection, id }: { collection: string; id: number }) => `${collection}/${id}`,
    )
    expect(found).toEqual(
      expect.arrayContaining([`offers/${offers.counselling.id}`, `places/${places.stendal.id}`]),
    )
    expect(found).not.toContain(`offers/${offers.draft.id}`)
    // The published offer at the draft place is found, the draft place is not.
    const draftPlace = await rest('GET', `search?district=${district.slug}&q=Entwurfsort`)
    expect(draftPlace.json.docs.map(({ collection }: { collection: string }) => collection)).toEqual([
      'offers',
    ])
  })

  it('the district directory lists published offers and places, and the state-wide offer types', async () => {
    const answer = await rest('GET', `districts/${district.slug}/directory`)
    expect(answer.status).toBe(200)
    const ids = (docs: Array<{ id: number }>) => docs.map(({ id }) => id)
    expect(ids(answer.json.offers)).toEqual(
      [offers.atDraftPlace, offers.far, offers.over, offers.counselling, offers.course].map(({ id }) => id),
    )
    expect(ids(answer.json.places)).toEqual(
      [places.magdeburg, places.stendal, places.tangermuende].map(({ id }) => id),
    )
    expect(answer.json.offerTypes.map(({ slug }: { slug: string }) => slug)).toContain(offerTypeSlug)
    expect(Array.isArray(answer.json.residenceSituations)).toBe(true)
  })
})

describe('the admin lists of offers and places', () => {
  it('filter by type, language, target group and district as the admin’s filter sends them', async () => {
    const { token } = await createMember(district.id, 'editor')
    const query = [
      `where[and][0][offerTypes][in]=${idOf(offers.counselling.offerTypes![0])}`,
      'where[and][1][languages][in]=ar',
      `where[and][2][targetGroups][in]=${idOf(offers.counselling.targetGroups![0])}`,
      `where[and][3][district][equals]=${district.id}`,
      'draft=true',
      'depth=0',
    ].join('&')
    const answer = await rest('GET', `offers?${query}`, { token })
    expect(answer.status).toBe(200)
    expect(answer.json.docs.map(({ id }: Offer) => id)).toEqual([offers.counselling.id])
    // Drafts are in the editor's list; another district's offers are not.
    const all = await rest('GET', 'offers?limit=100&draft=true&depth=0', { token })
    const ids = all.json.docs.map(({ id }: Offer) => id)
    expect(ids).toContain(offers.draft.id)
    expect(ids).not.toContain(offers.elsewhere.id)
    const byCity = await rest('GET', `places?where[address.city][equals]=Stendal&draft=true&depth=0`, {
      token,
    })
    expect(byCity.json.docs.map(({ id }: Place) => id)).toEqual([places.stendal.id])
  })
})

describe('bad offers and places are refused whole, naming the field', () => {
  const SLOT = { day: 'mo', opens: '09:00', closes: '12:00' }
  it.each([
    ['places', { coordinates: { latitude: 95, longitude: 11 } }, 'coordinates.latitude'],
    ['places', { coordinates: { latitude: 52, longitude: -181 } }, 'coordinates.longitude'],
    ['places', { coordinates: { latitude: 52 } }, 'coordinates.longitude'],
    ['places', { openingHours: { slots: [{ ...SLOT, closes: '08:00' }] } }, 'openingHours.slots.0.closes'],
    ['places', { openingHours: { slots: [{ ...SLOT, opens: '9 Uhr' }] } }, 'openingHours.slots.0.opens'],
    [
      'places',
      { openingExceptions: [{ from: '2026-12-24T12:00:00.000Z', to: '2026-12-20T12:00:00.000Z' }] },
      'openingExceptions.0.to',
    ],
    ['offers', { languages: ['xx'] }, 'languages'],
    ['offers', { eligibility: { ageFrom: 18, ageTo: 12 } }, 'eligibility.ageTo'],
    ['offers', { eligibility: { ageFrom: -1 } }, 'eligibility.ageFrom'],
    ['offers', { period: { from: '2026-06-01T12:00:00.000Z', to: '2026-05-01T12:00:00.000Z' } }, 'period.to'],
    ['offers', { online: { url: 'javascript:alert(1)' } }, 'online.url'],
  ])('%s with %j: 400 naming %s', async (collection, data, field) => {
    const { token } = await createMember(district.id, 'author')
    const title = unique('Ungültig')
    const body = {
      district: district.id,
      ...(collection === 'offers' ? { title } : { name: title }),
      ...data,
    }
    const response = await rest('POST', `${collection}?draft=true`, { token, body })
    expect(response.status).toBe(400)
    const fields = (response.json.errors[0].data?.errors ?? []).map(({ path }: { path: string }) => path)
    expect(fields).toContain(field)
    const where: Where = collection === 'offers' ? { title: { equals: title } } : { name: { equals: title } }
    expect((await payload.count({ collection: collection as 'offers', where })).totalDocs).toBe(0)
  })
})
