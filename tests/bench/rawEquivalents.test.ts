import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { route } from '../../bench/raw/routes'
import { type Request, type ScenarioParams, SCENARIOS } from '../../bench/scenarios'
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
 * The raw-SQL side of the benchmark (bench/raw/) must answer scenarios 1–6 with exactly the
 * JSON the CMS gives for the same request. One district with everything the shapes depend on:
 * drafts, trash, unlisted persons, private files, translations, empty and filled arrays.
 */
let payload: Payload
let pool: pg.Pool
let params: ScenarioParams
const rich = (prose: string) => proseToRichText(prose) as never

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

  const editor = await createMember(d, 'editor')
  params = {
    district: { id: d, slug: district.slug! },
    targetGroup: served,
    network,
    query: word,
    editorToken: editor.token,
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
      const raced = JSON.stringify(actual.fieldsOfAction) !== JSON.stringify(expected.fieldsOfAction)
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
    const deadline = Date.now() + 20_000
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
    const unknown = await fetch(`http://127.0.0.1:${port}/api/unknown`)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ errors: [{ message: 'Not Found' }] })
  })
})
