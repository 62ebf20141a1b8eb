import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'

import { route } from '../../bench/raw/routes'
import { type Request, type ScenarioParams, SCENARIOS } from '../../bench/scenarios'
import { GIVEN_VERIFICATION } from '../../collections/hooks/keepVerification'
import type { Media } from '../../payload-types'
import { proseToRichText } from '../../seeds/prose'
import { freePort } from '../../src/db/freePort'
import { createMember } from '../helpers/auth'
import {
  createActor,
  createContact,
  createDistrict,
  createFieldOfAction,
  createGoal,
  createMedia,
  createNetwork,
  createOffer,
  createPlace,
  createPrinciple,
  createTargetGroup,
  createUser,
  createWorkingGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * The raw-SQL side of the benchmark (bench/raw/) must answer scenarios 1–6 and 8 with exactly the
 * JSON the CMS gives for the same request. One district with everything the shapes depend on:
 * drafts, trash, unlisted persons, private files, translations, empty and filled arrays; for the
 * offer search, places around a point of their own with hours and exceptions, and offers that
 * each filter keeps out.
 */
let payload: Payload
let pool: pg.Pool
let params: ScenarioParams
const rich = (prose: string) => proseToRichText(prose) as never

/** The offer search's point (no other bench test writes places near it) and its places' positions. */
const CENTRE = { latitude: 53.5511, longitude: 9.9937 }
const KM_LATITUDE = 1 / 111.195
const KM_LONGITUDE = 1 / (111.195 * Math.cos((CENTRE.latitude * Math.PI) / 180))
const at = (northKm: number, eastKm: number) => ({
  latitude: Number((CENTRE.latitude + northKm * KM_LATITUDE).toFixed(6)),
  longitude: Number((CENTRE.longitude + eastKm * KM_LONGITUDE).toFixed(6)),
})
/** Offers the scenario finds: more than its first page of 20. */
const MATCHING_OFFERS = 23
/** Instants the offer search is compared at: a Tuesday, 10:30 in Berlin, and Christmas Eve, 11:00. */
const TUESDAY_MORNING = '2026-12-08T09:30:00.000Z'
const CHRISTMAS_EVE = '2026-12-24T10:00:00.000Z'

/**
 * Places and offers for scenario 8 in district `d`: the places of the matching offers lie 1 to 24 km
 * from CENTRE (one offer in five also at a place 30 km away); the others are kept out by one
 * filter each (language, target group, draft, trash, period, draft or trashed place, distance).
 */
const seedOfferSearch = async (
  d: number,
  provider: number,
  otherGroup: number,
  word: string,
  { network, contact }: { network: number; contact: number },
) => {
  const women = await createTargetGroup(payload, {
    district: d,
    name: unique('Frauen'),
    category: 'women-girls',
    ...published,
  })
  const draftWomen = await createTargetGroup(payload, {
    district: d,
    name: unique('Frauen Entwurf'),
    category: 'women-girls',
  })
  const weekdays = (['mo', 'tu', 'we', 'th', 'fr'] as const).flatMap((day) => [
    { day, opens: '09:00', closes: '12:00' },
    { day, opens: '13:00', closes: '16:00' },
  ])
  const place = (
    name: string,
    position: { latitude: number; longitude: number },
    data: Partial<Parameters<typeof createPlace>[1]> = {},
  ) =>
    createPlace(payload, {
      district: d,
      name: `${name} ${word}`,
      address: { street: 'Hauptstraße 1', postalCode: '20095', city: 'Hamburg' },
      coordinates: position,
      openingHours: { slots: weekdays },
      ...published,
      ...data,
    })
  const inReach = [
    await place('Beratungszentrum', at(1, 0), {
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
          note: 'Silvester',
        },
      ],
      accessibility: { stepFreeEntrance: 'yes', lift: 'no' },
    }),
    await place('Rathaus', at(0, 5), {
      openingHours: { byAppointmentOnly: true, note: 'nach Vereinbarung' },
    }),
    await place('Treffpunkt', at(-12, 0), {
      openingHours: { slots: [{ day: 'sa', opens: '10:00', closes: '14:00' }] },
    }),
    await place('Außenstelle', at(0, -24)),
  ]
  const far = await place('Fernort', at(30, 0))
  const draftPlace = await place('Entwurfsort', at(3, 0), { _status: 'draft' })
  const closedPlace = await place('Geschlossener Ort', at(0, 4))

  const offer = (title: string, data: Partial<Parameters<typeof createOffer>[1]>) =>
    createOffer(payload, {
      district: d,
      title: `${title} ${word}`,
      languages: ['ar'],
      targetGroups: [women.id],
      provider,
      places: [{ place: inReach[0]!.id }],
      ...published,
      ...data,
    })
  for (let i = 0; i < MATCHING_OFFERS; i++) {
    await offer(`Angebot ${String(i).padStart(2, '0')}`, {
      summary: i % 2 ? 'Beratung auf Arabisch' : undefined,
      languages: i % 2 ? ['ar'] : ['de', 'ar', 'fa'],
      targetGroups: i % 3 === 0 ? [women.id, otherGroup, draftWomen.id] : [women.id],
      cost: i % 4 === 1 ? { free: false, note: '5 € im Monat' } : { free: true },
      eligibility: i % 6 === 2 ? { ageFrom: 18, ageTo: 65 } : {},
      places: [
        {
          place: inReach[i % inReach.length]!.id,
          ...(i % 7 === 3
            ? {
                ownHours: true,
                hours: { slots: [{ day: 'tu', opens: '10:00', closes: '11:00' }], note: 'Sprechstunde' },
              }
            : {}),
        },
        ...(i % 5 === 0 ? [{ place: far.id }] : []),
      ],
    })
  }
  // The directory lists every field of an offer; the actors' and contacts' places show in scenarios 1, 5, 6.
  const situation = await payload.create({
    collection: 'residence-situations',
    data: { name: unique('Duldung'), description: 'Geduldete' },
  })
  await offer('Nicht auf Arabisch', {
    languages: ['de', 'uk'],
    description: rich('Ein Angebot.\n\n- mit Liste'),
    eligibility: { ageFrom: 16, residenceSituations: [situation.id], note: 'Nur mit Duldung' },
    documentsToBring: 'Ausweis',
    online: { url: 'https://example.org/angebot', remote: true },
    period: { from: '2026-01-01T12:00:00.000Z', to: '2027-12-31T12:00:00.000Z' },
    networks: [network],
    contacts: [contact],
    registration: 'registration',
  })
  await payload.update({
    collection: 'actors',
    id: provider,
    data: { places: [inReach[0]!.id, draftPlace.id], ...published },
  })
  await payload.update({ collection: 'contacts', id: contact, data: { place: inReach[1]!.id, ...published } })
  await offer('Andere Zielgruppe', { targetGroups: [otherGroup] })
  await offer('Entwurf', { _status: 'draft' })
  await offer('Vorbei', { period: { from: '2019-01-01T12:00:00.000Z', to: '2020-01-01T12:00:00.000Z' } })
  await offer('Am Entwurfsort', { places: [{ place: draftPlace.id }] })
  await offer('Am geschlossenen Ort', { places: [{ place: closedPlace.id }] })
  await offer('Zu weit', { places: [{ place: far.id }] })
  const trashed = await offer('Im Papierkorb', {})
  const trash = { deletedAt: new Date().toISOString() }
  await payload.update({ collection: 'offers', id: trashed.id, data: trash })
  await payload.update({ collection: 'places', id: closedPlace.id, data: trash })
  return { ...CENTRE, targetGroup: 'women-girls' }
}

beforeAll(async () => {
  payload = await testPayload()
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 })
  // Letters only, so that the search takes it as one word found nowhere else in the database.
  const word = `Benchwort${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 8)}`
  const district = await createDistrict(payload)
  const d = district.id
  const fieldsOfAction: number[] = []
  for (const name of ['Sprache', 'Arbeit']) {
    const field = await createFieldOfAction(payload, { name: unique(name), description: 'Beschreibung' })
    fieldsOfAction.push(field.id)
  }
  // Records only (createMedia): 40 × 40 pixels and 1024 bytes, the PDF as well.
  const media = async (filename: string, isPublic: boolean, mimeType: string, sizes?: Media['sizes']) =>
    (
      await createMedia(payload, {
        district: d,
        alt: 'Datei',
        filename,
        mimeType,
        public: isPublic,
        ...(sizes ? { sizes } : {}),
      })
    ).id
  const logoName = unique('logo')
  const thumbnail = {
    filename: `${logoName}-320x320.png`,
    width: 320,
    height: 320,
    mimeType: 'image/png',
    filesize: 99,
  }
  const logo = await media(`${logoName}.png`, true, 'image/png', { thumbnail })
  // A name that encodeURIComponent changes, and a file only published content makes public.
  const flyer = await media(`Flyer Größe ${unique('x')}.pdf`, false, 'application/pdf')
  const privateLogo = await media(`${unique('intern')}.png`, false, 'image/png')

  const network = (
    await createNetwork(payload, {
      district: d,
      name: `Netzwerk ${word}`,
      summary: 'Kurz gesagt.',
      description: rich(`Wir beraten ${word}.\n\n- eins\n- zwei`),
      history: rich('Gegründet 2006.'),
      foundedYear: 2006,
      meetingRhythm: 'vierteljährlich',
      carrier: 'Landkreis',
      membershipModel: 'open',
      referenceFrameworks: [{ title: 'Nationaler Integrationsplan', url: 'https://example.org/nip' }],
      alliances: [{ name: 'Bündnis' }],
      downloads: [flyer],
      website: 'https://example.org',
      ...published,
    })
  ).id
  await payload.update({ collection: 'networks', id: network, locale: 'en', data: { name: 'Network EN' } })

  const targetGroups: number[] = []
  for (const [name, status] of [
    ['Geflüchtete', 'published'],
    ['Studierende', 'published'],
    ['Entwurf', 'draft'],
  ] as const) {
    const group = await createTargetGroup(payload, {
      district: d,
      name: unique(name),
      category: 'students',
      networks: [network],
      _status: status,
    })
    targetGroups.push(group.id)
  }
  const [served, other, draftGroup] = targetGroups as [number, number, number]

  // 40 actors: 28 published ones serve `served`, more than one page of 20.
  const actors: number[] = []
  for (let i = 0; i < 40; i++) {
    const odd = i % 2 === 1
    const actor = await createActor(payload, {
      district: d,
      name: `Verein ${word} ${String(i).padStart(2, '0')}`,
      shortName: odd ? `V${i}` : undefined,
      kind: odd ? 'association' : 'advice-centre',
      description: i % 3 ? rich(`Akteur ${i}`) : undefined,
      memberships: i < 15 ? [{ network, role: odd ? 'member' : 'partner' }] : [],
      fieldsOfAction: odd ? fieldsOfAction : [],
      targetGroups: i % 4 === 3 ? [other] : i % 5 === 0 ? [served, draftGroup] : [served, other],
      languages: odd ? ['de', 'ar'] : [],
      address: odd ? { street: 'Hauptstraße 1', postalCode: '06217', city: 'Merseburg' } : undefined,
      emails: odd ? [{ address: `info${i}@example.org`, label: 'Sekretariat' }] : [],
      phones: odd ? [{ number: '03461 40-2228', label: 'Zentrale' }, { number: '03461 40-2229' }] : [],
      logo: i === 21 ? logo : i === 20 ? privateLogo : undefined,
      website: odd ? 'https://example.org' : undefined,
      _status: i === 20 ? 'draft' : 'published',
    })
    actors.push(actor.id)
  }
  const contactsActor = actors[21]!
  await payload.update({
    collection: 'actors',
    id: contactsActor,
    locale: 'en',
    data: { name: 'Association EN' },
  })
  await payload.update({
    collection: 'actors',
    id: actors[22]!,
    data: { deletedAt: new Date().toISOString() },
  })
  // An author's review request on the draft: shown to editors, hidden from everyone else.
  const author = await createUser(payload, { districts: [{ district: d, roles: ['author'] }] })
  await payload.update({
    collection: 'actors',
    id: actors[20]!,
    data: { review: { requested: true, note: 'Bitte prüfen' }, _status: 'draft' },
    user: author,
  })

  const contacts: Record<string, number> = {}
  const contactData = {
    office: {
      kind: 'office',
      name: `Stelle ${word}`,
      position: 'Koordination',
      phones: [{ number: '0345 1234567' }],
      emails: [{ address: 'stelle@example.org' }],
      officeHours: {
        slots: [{ day: 'mo', opens: '09:00', closes: '12:00' }],
        note: 'oder nach Vereinbarung',
      },
      responsibilities: [{ text: 'Beratung' }],
      languages: ['de', 'en'],
      address: { city: 'Halle' },
      ...published,
    },
    consenting: {
      kind: 'person',
      salutation: 'frau',
      name: `Erika ${word}`,
      position: 'Beraterin',
      publicListing: { consent: true, recordedAt: '2026-01-01T00:00:00.000Z', source: 'Website' },
      phones: [{ number: '0345 7654321', label: 'Büro' }],
      ...published,
    },
    unlisted: {
      kind: 'person',
      salutation: 'herr',
      name: `Otto ${word}`,
      position: 'Berater',
      phones: [{ number: '0345 7654322' }],
      ...published,
    },
    draft: { kind: 'office', name: `Entwurfsstelle ${word}` },
    trashed: { kind: 'office', name: `Papierkorb ${word}`, ...published },
  } satisfies Record<string, Omit<Parameters<typeof createContact>[1], 'district'>>
  for (const [key, data] of Object.entries(contactData)) {
    const contact = await createContact(payload, {
      district: d,
      actor: contactsActor,
      networks: [network],
      ...data,
    })
    contacts[key] = contact.id
  }
  await payload.update({
    collection: 'contacts',
    id: contacts.trashed!,
    data: { deletedAt: new Date().toISOString() },
  })
  await payload.update({
    collection: 'networks',
    id: network,
    data: { coordinatingContacts: [contacts.office!, contacts.unlisted!] },
  })

  const groups: number[] = []
  for (const [i, status] of (['published', 'published', 'draft'] as const).entries()) {
    const group = await createWorkingGroup(payload, {
      district: d,
      network,
      name: `Fachgruppe ${word} ${i}`,
      kind: 'fachgruppe',
      profile: rich('Profil'),
      chair: contacts.office,
      memberActors: [actors[0]!, actors[1]!, actors[3]!],
      fieldsOfAction,
      targetGroups: [served],
      _status: status,
    })
    groups.push(group.id)
  }
  for (let i = 0; i < 3; i++) {
    await createPrinciple(payload, {
      district: d,
      network,
      title: `Grundsatz ${i}`,
      text: rich('Text'),
      order: 3 - i,
      ...published,
    })
    await createGoal(payload, {
      district: d,
      network,
      title: `Ziel ${word} ${i}`,
      kind: 'goal',
      order: 3 - i,
      fieldsOfAction,
      targetGroups: [served],
      ...published,
    })
    await createGoal(payload, {
      district: d,
      workingGroup: groups[0],
      title: `Gruppenziel ${i}`,
      kind: 'task',
      order: i,
      ...published,
    })
  }

  const offerSearch = await seedOfferSearch(d, actors[1]!, other, word, {
    network,
    contact: contacts.office!,
  })

  const editor = await createMember(d, 'editor')
  // Checked by the editor who lists them: an account the editor may read, still an id.
  await payload.update({
    collection: 'actors',
    id: contactsActor, // on the first page, beside the draft
    data: { verifiedAt: '2026-03-02T10:00:00.000Z', verifiedBy: editor.id },
    context: { [GIVEN_VERIFICATION]: true },
  })
  params = {
    district: { id: d, slug: district.slug! },
    targetGroup: served,
    network,
    query: word,
    editorToken: editor.token,
    offerSearch,
  }
})

afterAll(async () => {
  await pool?.end()
})

const scenario = (id: number) => SCENARIOS.find((s) => s.id === id)!.requests(params)[0]!

/** The CMS's answer to a scenario's request, through Payload's real route handlers. */
const cms = async (request: Request) => {
  if (request.path === '/api/graphql') {
    const { query, variables } = JSON.parse(request.body!) as {
      query: string
      variables: Record<string, unknown>
    }
    return (await gql(query, variables)).json
  }
  const token = request.headers?.authorization?.replace(/^JWT /, '')
  return (await rest('GET', request.path.replace(/^\/api\//, ''), { token })).json
}

/** The raw side's answer to the same request (bench/raw/routes.ts, without the HTTP server). */
const raw = async (request: Request) =>
  (await route(pool, request.method, new URL(request.path, 'http://raw'), request.body ?? '')).body

/** RAW_DUMP=dir writes both answers there, for diffing a mismatch. */
const dump = (name: string, value: unknown) => {
  const dir = process.env.RAW_DUMP
  if (dir) fs.writeFileSync(`${dir}/${name}.json`, JSON.stringify(value, null, 2))
}

const compare = async (request: Request, name: string) => {
  const expected = await cms(request)
  const actual = await raw(request)
  dump(`cms-${name}`, expected)
  dump(`raw-${name}`, actual)
  expect(actual).toEqual(expected)
  return expected
}

describe('raw SQL equivalents of the read scenarios', () => {
  it('1: actors of a target group, anonymous, depth 1, first and second page', async () => {
    const request = scenario(1)
    const first = await compare(request, '1')
    expect(first.totalDocs).toBeGreaterThan(20)
    const second = await compare({ ...request, path: `${request.path}&page=2` }, '1-page-2')
    expect(second.docs.length).toBeGreaterThan(0)
  })

  it('2: a network at depth 2', async () => {
    const body = await compare(scenario(2), '2')
    expect(body.memberActors.hasNextPage).toBe(true)
    // The unlisted person stays an id; the private flyer is public through the published network.
    expect(body.coordinatingContacts).toHaveLength(2)
    expect(typeof body.coordinatingContacts[1]).toBe('number')
    expect(body.downloads[0].url).toMatch(/Flyer%20Gr%C3%B6%C3%9Fe/)
  })

  it('3: the network over GraphQL', async () => {
    const body = await compare(scenario(3), '3')
    expect(body.data.Network.memberActors.docs.length).toBeGreaterThan(10)
  })

  it('4: search across all districts', async () => {
    const body = await compare(scenario(4), '4')
    expect(body.totalDocs).toBeGreaterThan(10)
  })

  it('5: the district directory (apart from the time it was made)', async () => {
    const request = scenario(5)
    // Fields of action are state-wide: another test file may add one between the two calls.
    for (let attempt = 0; ; attempt++) {
      const { generatedAt: _cmsTime, ...expected } = await cms(request)
      const { generatedAt: _rawTime, ...actual } = (await raw(request)) as Record<string, unknown>
      dump('cms-5', expected)
      dump('raw-5', actual)
      // So are offer types and residence situations (the clone test writes one).
      const raced = ['fieldsOfAction', 'offerTypes', 'residenceSituations'].some(
        (key) => JSON.stringify(actual[key]) !== JSON.stringify(expected[key]),
      )
      if (raced && attempt < 3) continue
      expect(actual).toEqual(expected)
      expect(expected.contacts.length).toBe(2)
      break
    }
  })

  it("6: an editor's list of the district's actors, drafts and review requests included", async () => {
    const body = await compare(scenario(6), '6')
    expect(body.totalDocs).toBe(39)
    const draft = body.docs.find((doc: { _status: string }) => doc._status === 'draft')
    expect(draft.review).toMatchObject({ requested: true, note: 'Bitte prüfen' })
    expect(draft.targetGroups.map((group: unknown) => typeof group)).toEqual(['object', 'object'])
    const checked = body.docs.find((doc: { verifiedAt: string | null }) => doc.verifiedAt)
    expect(checked).toMatchObject({ verifiedAt: '2026-03-02T10:00:00.000Z', verifiedBy: expect.any(Number) })
  })

  /**
   * The offer search says whether each place is open at the moment of the request (`at`): both
   * sides are asked at the same fixed instant (only `Date` is faked, in this process, where the
   * CMS's route handler and the raw handler both run), so that the answers are equal to the
   * last field, `at` and every openNow, opensNext and closesAt included.
   */
  const atInstant = async <T>(iso: string, run: () => Promise<T>): Promise<T> => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) })
    try {
      return await run()
    } finally {
      vi.useRealTimers()
    }
  }

  it('8: offers within 25 km, in Arabic, for a target group category, first and second page', async () => {
    const request = scenario(8)
    const first = await atInstant(TUESDAY_MORNING, () => compare(request, '8'))
    expect(first).toMatchObject({
      totalDocs: MATCHING_OFFERS,
      page: 1,
      hasNextPage: true,
      at: TUESDAY_MORNING,
    })
    expect(first.docs).toHaveLength(20)
    const distances = first.docs.map((doc: { distanceKm: number }) => doc.distanceKm)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances[0]).toBeCloseTo(1, 1)
    // Open on a Tuesday morning at the nearest place; own hours and appointments elsewhere.
    expect(first.docs[0].openNow).toBe(true)
    expect(first.docs[0].places[0]).toMatchObject({ openNow: true, closesAt: expect.any(String) })
    expect(first.docs.some((doc: { openNow: boolean }) => !doc.openNow)).toBe(true)
    // The draft target group of the same category is not shown.
    expect(first.docs[0].targetGroups.map(({ category }: { category: string }) => category)).toContain(
      'women-girls',
    )
    const second = await atInstant(TUESDAY_MORNING, () =>
      compare({ ...request, path: `${request.path}&page=2` }, '8-page-2'),
    )
    expect(second.docs).toHaveLength(MATCHING_OFFERS - 20)
  })

  it('8: the same on a day with an exception (closed for Christmas)', async () => {
    const body = await atInstant(CHRISTMAS_EVE, () => compare(scenario(8), '8-christmas'))
    expect(body.docs[0].places[0]).toMatchObject({ openNow: false, exceptionNote: 'Weihnachten' })
  })

  it('8: bad parameters answered with the same 400 as the endpoint', async () => {
    for (const query of [
      'near=91,10&radius=25',
      'near=53.5,9.9&radius=500',
      'radius=25',
      'near=53.5,9.9&language=xx',
      'near=53.5,9.9&targetGroup=no-such-group',
      'near=53.5,9.9&targetGroup=99999999999',
      'near=53.5,9.9&limit=0',
      'near=53.5,9.9&locale=xx',
    ]) {
      const path = `/api/offers/find?${query}`
      const expected = await rest('GET', path.replace(/^\/api\//, ''))
      const actual = await route(pool, 'GET', new URL(path, 'http://raw'), '')
      expect(expected.status, query).toBe(400)
      expect({ status: actual.status, body: actual.body }, query).toEqual({
        status: expected.status,
        body: expected.json,
      })
    }
    // What the raw server does not implement, it refuses rather than answering differently.
    const other = await route(
      pool,
      'GET',
      new URL('/api/offers/find?near=53.5,9.9&free=true', 'http://raw'),
      '',
    )
    expect(other.status).toBe(400)
  })

  it('answers unknown paths with a 404', async () => {
    const answer = await route(pool, 'GET', new URL('/api/users', 'http://raw'), '')
    expect(answer.status).toBe(404)
  })
})

describe('bench/raw/server.ts', () => {
  let child: ChildProcess | undefined
  afterAll(() => {
    child?.kill('SIGTERM')
  })

  it('serves the same JSON over HTTP', async () => {
    const port = await freePort()
    child = spawn(process.execPath, ['--import', 'tsx', 'bench/raw/server.ts'], {
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    // It loads the Payload config (for the search sources): slow on a loaded machine.
    const deadline = Date.now() + 60_000
    while (!output.includes(`raw server ready on ${port}`)) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`raw server did not start:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const request = scenario(2)
    const response = await fetch(`http://127.0.0.1:${port}${request.path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual(await cms(request))
    // The offer search over HTTP, at the server's own clock (compared in full above).
    const offers = await fetch(`http://127.0.0.1:${port}${scenario(8).path}`)
    expect(offers.status).toBe(200)
    expect(await offers.json()).toMatchObject({ totalDocs: MATCHING_OFFERS, at: expect.any(String) })
    const unknown = await fetch(`http://127.0.0.1:${port}/api/unknown`)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ errors: [{ message: 'Not Found' }] })
  }, 90_000)
})
