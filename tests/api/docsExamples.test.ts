import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { gql as graphqlQuery, request } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demoUsers'
import { DISTRICT_CONTENT } from '../../seeds/index'
import { parseExamples, runnable, typeErrors } from '../helpers/docExamples'
import { unique } from '../helpers/factories'
import { type ServerProcess, startServer } from '../helpers/serverProcess'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../setup/testDatabase'

/**
 * Every example of docs/api.md, run as a frontend would run it: against the real express
 * server, on a database seeded at its first start.
 */
const examples = parseExamples(fs.readFileSync('docs/api.md', 'utf8'))
// What the examples import, loaded as a frontend project would load it.
const MODULES = { '@payloadcms/sdk': await import('@payloadcms/sdk') }
const run = (name: string) =>
  runnable(
    examples.find((example) => example.name === name)!,
    MODULES,
  )(server.url, apiKey)

const adminUrl = inject('adminDatabaseUrl')
const databaseName = uniqueDatabaseName('cms_docs')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-docs-'))
let server: ServerProcess
let token: string
const apiKey = unique('vorschau-schluessel')
const draftName = unique('Entwurf eines Netzwerks')
const actorNames: string[] = []
const offerTitle = unique('Sozialberatung auf Arabisch')
const offerPlaceName = unique('Beratungscafé am Bahnhof')

const api = async (method: string, apiPath: string, body?: unknown) => {
  const response = await fetch(`${server.url}/api/${apiPath}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

beforeAll(async () => {
  const url = await createDatabase(adminUrl, databaseName)
  server = await startServer(
    { DATABASE_URL: url, DATA_DIR: tmp, MEDIA_DIR: path.join(tmp, 'media') },
    240_000,
  )
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USERS[0]!.email, password: DEMO_PASSWORD }),
  })
  token = (await login.json()).token

  const districtId = async (slug: string) =>
    (await api('GET', `districts?where[slug][equals]=${slug}`)).docs[0].id
  // Two districts' student target groups (seeded), each with an actor serving it.
  for (const slug of ['saalekreis', 'halle-saale']) {
    const district = await districtId(slug)
    const group = (
      await api('GET', `target-groups?where[district][equals]=${district}&where[category][equals]=students`)
    ).docs[0]
    const name = unique(`Hochschulgruppe ${slug}`)
    actorNames.push(name)
    await api('POST', 'actors', {
      district,
      name,
      kind: 'university',
      targetGroups: [group.id],
      _status: 'published',
    })
  }
  // A place with a position and an Arabic-speaking offer in Stendal (the seed has no positions).
  const stendal = await districtId('stendal')
  const stendalGroup = (
    await api(
      'GET',
      `target-groups?where[district][equals]=${stendal}&where[category][equals]=migrants-with-residence`,
    )
  ).docs[0]
  const place = await api('POST', 'places', {
    district: stendal,
    name: offerPlaceName,
    address: { street: 'Bahnhofstraße 1', postalCode: '39576', city: 'Stendal' },
    coordinates: { latitude: 52.5938, longitude: 11.8553 },
    openingHours: { slots: [{ day: 'tu', opens: '09:00', closes: '12:00' }] },
    _status: 'published',
  })
  await api('POST', 'offers', {
    district: stendal,
    title: offerTitle,
    languages: ['ar', 'de'],
    targetGroups: [stendalGroup.id],
    cost: { free: true },
    places: [{ place: place.doc.id }],
    _status: 'published',
  })
  const halle = await districtId('halle-saale')
  await api('POST', 'networks', { district: halle, name: draftName, _status: 'draft' })
  await api('POST', 'users', {
    email: `${unique('vorschau')}@example.org`,
    password: DEMO_PASSWORD,
    districts: [{ district: halle, roles: ['viewer'] }],
    enableAPIKey: true,
    apiKey,
  })
}, 300_000)

afterAll(async () => {
  await server?.stop('SIGTERM')
  await dropDatabase(adminUrl, databaseName)
  fs.rmSync(tmp, { recursive: true, force: true })
})

const HALLE_NETWORK = { name: 'Netzwerk für Integration und Migration' }

/** What each example must return with the seeded content. */
const CHECKS: Record<string, (result: unknown) => void> = {
  'networks-fetch': (result) => {
    expect(result).toEqual([expect.objectContaining(HALLE_NETWORK)])
    expect((result as Array<{ workingGroups: string[] }>)[0]!.workingGroups).toHaveLength(7)
  },
  'networks-sdk': (result) => CHECKS['networks-fetch']!(result),
  'networks-graphql': (result) => CHECKS['networks-fetch']!(result),
  'actors-by-target-group': (result) => {
    expect(result).toEqual(
      expect.arrayContaining([
        { name: actorNames[0], district: 'Saalekreis' },
        { name: actorNames[1], district: 'Halle (Saale)' },
      ]),
    )
  },
  'contacts-of-a-network': (result) => {
    expect(result).toEqual([
      expect.objectContaining({
        name: 'Integrationskoordination des Saalekreises',
        phones: ['+493461402228', '+493461402235'],
        byAppointmentOnly: true,
        address: expect.objectContaining({ street: 'Geusaer Straße 81e', city: 'Merseburg' }),
      }),
    ])
  },
  search: (result) => expect(result).toContain('actors: Gesonderte Beratung – DRK – Stendal'),
  directory: (result) =>
    expect(result).toEqual({
      district: 'Börde',
      networks: ['Netzwerk „Integration für Migrantinnen und Migranten“'],
      workingGroups: ['Koordinierungsgruppe'],
      actors: 8,
    }),
  'offers-near': (result) => {
    expect(result).toEqual([
      expect.objectContaining({ title: offerTitle, place: offerPlaceName, openNow: expect.any(Boolean) }),
    ])
    const [offer] = result as Array<{ km: number }>
    expect(offer!.km).toBeGreaterThan(1)
    expect(offer!.km).toBeLessThan(3)
  },
  'offers-graphql': (result) => expect(result).toEqual([{ title: offerTitle, km: expect.any(Number) }]),
  'places-geojson': (result) =>
    expect(result).toEqual([{ name: offerPlaceName, lnglat: [11.8553, 52.5938], offers: [offerTitle] }]),
  'draft-preview': (result) => expect(result).toEqual({ drafts: [draftName], publicDrafts: 0 }),
}

describe('docs/api.md', () => {
  it('has examples, each with a check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7)
    expect(examples.map(({ name }) => name).sort()).toEqual(Object.keys(CHECKS).sort())
  })

  for (const { name } of examples) {
    it(`example "${name}" runs against the server and returns the seeded facts`, async () => {
      CHECKS[name]!(await run(name))
    })
  }

  it('the SDK and GraphQL examples agree with plain fetch', async () => {
    const [viaFetch, viaSdk, viaGraphql] = await Promise.all(
      ['networks-fetch', 'networks-sdk', 'networks-graphql'].map(run),
    )
    expect(viaSdk).toEqual(viaFetch)
    expect(viaGraphql).toEqual(viaFetch)
  })

  it('the TypeScript examples compile against the generated types', () => {
    const typed = examples.filter(({ language }) => language === 'ts')
    expect(typed.map(({ name }) => name)).toContain('networks-sdk')
    for (const example of typed) {
      expect({ example: example.name, errors: typeErrors(example, process.cwd()) }).toEqual({
        example: example.name,
        errors: [],
      })
    }
    // The check itself: a misspelt collection must not compile.
    const sdkExample = typed.find(({ name }) => name === 'networks-sdk')!
    const misspelt = { ...sdkExample, code: sdkExample.code.replace("'networks'", "'netwoks'") }
    expect(typeErrors(misspelt, process.cwd()).join('\n')).toMatch(/netwoks/)
  }, 120_000)
})

describe('examples/district-page', () => {
  it('renders a district as static HTML from the public API only', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['examples/district-page/render.mjs', 'saalekreis'],
      {
        env: { ...process.env, CMS_URL: server.url },
      },
    )
    expect(stdout).toMatch(/^<!doctype html>/)
    for (const text of [
      '<h1>Integrationsnetzwerk Saalekreis</h1>',
      'Netzwerk Integration im Saalekreis',
      'Bleibeberechtigte Migranten und Migrantinnen',
      'Geusaer Straße 81e, 06217 Merseburg',
      'tel:+493461402228',
      'nach Terminvereinbarung',
    ]) {
      expect(stdout).toContain(text)
    }
    expect(stdout).not.toContain('<script')
  })

  it('says which district it could not find', async () => {
    const run = promisify(execFile)(process.execPath, ['examples/district-page/render.mjs', 'atlantis'], {
      env: { ...process.env, CMS_URL: server.url },
    })
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('404') })
  })
})

describe('the server as frontends use it', () => {
  it('answers a GraphQL client library (graphql-request) like plain fetch', async () => {
    type Result = {
      Networks: { docs: Array<{ name: string; workingGroups: { docs: Array<{ name: string }> } }> }
    }
    const districts = await request<{ Districts: { docs: Array<{ id: number }> } }>(
      `${server.url}/api/graphql`,
      graphqlQuery`query { Districts(where: { slug: { equals: "halle-saale" } }) { docs { id } } }`,
    )
    const result = await request<Result>(
      `${server.url}/api/graphql`,
      graphqlQuery`query ($district: JSON) {
        Networks(where: { district: { equals: $district } }) { docs { name workingGroups { docs { name } } } }
      }`,
      { district: districts.Districts.docs[0]!.id },
    )
    const viaFetch = await run('networks-fetch')
    expect(
      result.Networks.docs.map((network) => ({
        name: network.name,
        workingGroups: network.workingGroups.docs.map((group) => group.name),
      })),
    ).toEqual(viaFetch)
  })

  it('the directory of every seeded district holds exactly what its source text gave', async () => {
    for (const content of DISTRICT_CONTENT) {
      const directory = await (
        await fetch(`${server.url}/api/districts/${content.district}/directory`)
      ).json()
      const counts = Object.fromEntries(
        (
          ['networks', 'principles', 'goals', 'targetGroups', 'workingGroups', 'actors', 'contacts'] as const
        ).map((key) => [key, directory[key].length]),
      )
      const expected = Object.fromEntries(
        (
          ['networks', 'principles', 'goals', 'targetGroups', 'workingGroups', 'actors', 'contacts'] as const
        ).map((key) => [key, content[key].length]),
      )
      // The test's own fixtures: one actor each in Saalekreis and Halle.
      if (content.district === 'saalekreis' || content.district === 'halle-saale') expected.actors! += 1
      expect({ district: content.district, counts }).toEqual({ district: content.district, counts: expected })
      const slugs = (key: 'networks' | 'goals' | 'contacts') =>
        directory[key].map((doc: { slug: string }) => doc.slug).sort()
      expect(slugs('networks')).toEqual(content.networks.map(({ slug }) => slug).sort())
      expect(slugs('goals')).toEqual(content.goals.map(({ slug }) => slug).sort())
      expect(slugs('contacts')).toEqual(content.contacts.map(({ slug }) => slug).sort())
      expect(directory.fieldsOfAction.length).toBeGreaterThanOrEqual(13)
    }
  })
})
