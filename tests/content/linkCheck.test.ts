import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GROUPS } from '../../collections/adminGroups'
import { checkLinks } from '../../collections/LinkChecks/checkLinks'
import { linkFieldsOf } from '../../collections/LinkChecks/linkFields'
import type { LinkCheck } from '../../payload-types'
import { declaredCollections } from '../../src/lib/collectionFacts'
import type { LinkCheckSettings } from '../../src/lib/linkCheck/linkCheckFromEnv'
import { createMember, loginAsNewAdmin } from '../helpers/auth'
import {
  createActor,
  createDistrict,
  createNetwork,
  createOffer,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * The link-check job (collections/LinkChecks/checkLinks.ts) against a real local HTTP server, over
 * published actors, offers and a network of a district of this file's own (the runs are limited
 * to it, so that other files' content is neither visited nor touched). The server is on
 * 127.0.0.1: the runs here allow private addresses, the configured job (defaults) refuses them.
 */
let payload: Payload
let server: http.Server
let base: string
/** Requests the server received, by path. */
const hits = new Map<string, number>()
let flakyFixed = false

let A: number
let B: number
const docs = {} as Record<
  'ok' | 'moved' | 'missing' | 'error' | 'network' | 'draft' | 'withDraft' | 'trashed' | 'inB',
  number
>

/** Short, so that /never cannot hold a run for long; long enough for a busy machine's local answers. */
const TIMEOUT_MS = 2000
const settings: LinkCheckSettings = { concurrency: 2, timeoutMs: TIMEOUT_MS, allowPrivate: true }
const url = (path: string) => `${base}${path}`

let serverReq: PayloadRequest
const run = (districts = [A, B]) => checkLinks(serverReq, settings, { districts })

const rowsOf = async (district: number) =>
  (
    await payload.find({
      collection: 'link-checks',
      where: { district: { equals: district } },
      limit: 100,
      depth: 0,
    })
  ).docs
const rowFor = (rows: LinkCheck[], path: string, field?: string) => {
  const matching = rows.filter((row) => row.url === url(path) && (!field || row.field === field))
  expect(matching, `one row for ${path}`).toHaveLength(1)
  return matching[0]!
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    switch (path) {
      case '/ok':
      case '/target':
      case '/published-version':
      case '/ok-in-b':
        return res.writeHead(200).end()
      case '/moved':
        return res.writeHead(301, { Location: '/target' }).end()
      case '/missing':
      case '/gone':
        return res.writeHead(404).end()
      case '/error':
        return res.writeHead(500).end()
      case '/flaky':
        return res.writeHead(flakyFixed ? 200 : 503).end()
      case '/loop':
        return res.writeHead(302, { Location: '/loop' }).end()
      case '/never':
        return // no answer at all
      default:
        return res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  payload = await testPayload()
  serverReq = await createLocalReq({}, payload)
  A = (await createDistrict(payload)).id
  B = (await createDistrict(payload)).id
  const actor = async (website: string, data: Record<string, unknown> = published, district = A) =>
    (await createActor(payload, { district, website, ...data })).id
  docs.ok = await actor(url('/ok'))
  docs.moved = await actor(url('/moved'))
  docs.missing = (
    await createOffer(payload, { district: A, online: { url: url('/missing') }, ...published })
  ).id
  docs.error = (await createOffer(payload, { district: A, online: { url: url('/error') }, ...published })).id
  docs.network = (
    await createNetwork(payload, {
      district: A,
      name: unique('Netzwerk mit Links'),
      website: url('/never'),
      referenceFrameworks: [
        { title: 'Endlos weitergeleitet', url: url('/loop') },
        { title: 'Manchmal kaputt', url: url('/flaky') },
      ],
      // The same address as an actor's: visited once per run.
      alliances: [
        { name: 'Bündnis', url: url('/ok') },
        { name: 'Aufgelöst', url: url('/gone') },
      ],
      ...published,
    })
  ).id
  // Never published: not public, not checked.
  docs.draft = await actor(url('/draft-only'), {})
  // Published, then a draft with another address: the published one is checked.
  docs.withDraft = await actor(url('/published-version'))
  await payload.update({
    collection: 'actors',
    id: docs.withDraft,
    draft: true,
    data: { website: url('/draft-version') },
  })
  // Published, then moved to the trash: not public any more.
  docs.trashed = await actor(url('/trashed'))
  await payload.update({
    collection: 'actors',
    id: docs.trashed,
    data: { deletedAt: new Date().toISOString() },
  })
  docs.inB = await actor(url('/ok-in-b'), published, B)
})

afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

describe('which addresses', () => {
  it('are the fields urlField made in the district content collections, arrays collapsed', async () => {
    const collections = declaredCollections(payload.config.collections, 'content')
    const fields = Object.fromEntries(
      collections
        .map(({ slug, fields }) => [slug, linkFieldsOf(fields)])
        .filter(([, paths]) => paths!.length),
    )
    expect(fields).toEqual({
      networks: ['website', 'referenceFrameworks.url', 'alliances.url'],
      actors: ['website'],
      offers: ['online.url'],
    })
    // A district's own website is state-wide, not district content.
    expect(collections.map(({ slug }) => slug)).not.toContain('districts')
  })
})

describe('the link-check job', () => {
  let first: LinkCheck[]

  it('checks each published address once and writes a row per document, field and address', async () => {
    const started = Date.now()
    const output = await run()
    // /never does not hold the run beyond its timeout; the loop ends at the redirect limit.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 3)
    // ok, moved, missing, error, never, loop, flaky, gone, published-version, ok-in-b
    expect(output).toEqual({ checked: 10, broken: 6 })
    expect(hits.get('/ok')).toBe(1)
    for (const unchecked of ['/draft-only', '/draft-version', '/trashed'])
      expect(hits.get(unchecked)).toBeUndefined()

    first = await rowsOf(A)
    expect(first).toHaveLength(10)
    const network = await payload.findByID({ collection: 'networks', id: docs.network, depth: 0 })
    expect(rowFor(first, '/ok', 'website')).toMatchObject({
      collection: 'actors',
      documentId: String(docs.ok),
      outcome: 'ok',
      status: 200,
      reason: null,
      finalUrl: url('/ok'),
      failingSince: null,
      district: A,
    })
    expect(rowFor(first, '/ok', 'alliances.url')).toMatchObject({
      collection: 'networks',
      documentId: String(docs.network),
      title: network.name,
      outcome: 'ok',
    })
    expect(rowFor(first, '/moved')).toMatchObject({ outcome: 'ok', status: 200, finalUrl: url('/target') })
    const missing = rowFor(first, '/missing')
    expect(missing).toMatchObject({
      collection: 'offers',
      field: 'online.url',
      outcome: 'broken',
      status: 404,
    })
    expect(missing.failingSince).toBe(missing.checkedAt)
    expect(rowFor(first, '/error')).toMatchObject({ outcome: 'broken', status: 500 })
    expect(rowFor(first, '/never')).toMatchObject({
      field: 'website',
      outcome: 'unreachable',
      status: null,
      reason: `no answer within ${TIMEOUT_MS} ms`,
    })
    expect(rowFor(first, '/loop')).toMatchObject({
      field: 'referenceFrameworks.url',
      outcome: 'unreachable',
      reason: 'more than 5 redirects',
    })
    expect(rowFor(first, '/flaky')).toMatchObject({ outcome: 'broken', status: 503 })
    expect(rowFor(first, '/published-version').documentId).toBe(String(docs.withDraft))
    for (const row of first) expect(row.checkedAt).toBeTruthy()
    // The title is the document's (useAsTitle, in German).
    const actor = await payload.findByID({ collection: 'actors', id: docs.ok, depth: 0, locale: 'de' })
    expect(rowFor(first, '/ok', 'website').title).toBe(actor.name)
    expect(first.some((row) => [docs.draft, docs.trashed].map(String).includes(row.documentId))).toBe(false)
    expect((await rowsOf(B)).map((row) => row.url)).toEqual([url('/ok-in-b')])
  })

  it('keeps failingSince while an address keeps failing, and leaves other districts alone', async () => {
    const rowsOfB = await rowsOf(B)
    expect(await run([A])).toEqual({ checked: 9, broken: 6 })
    const second = await rowsOf(A)
    for (const path of ['/missing', '/error', '/never', '/loop', '/flaky', '/gone']) {
      const before = rowFor(first, path)
      const after = rowFor(second, path)
      expect(after.id).toBe(before.id)
      expect(after.failingSince).toBe(before.failingSince)
      expect(after.checkedAt > before.checkedAt).toBe(true)
    }
    expect(await rowsOf(B)).toEqual(rowsOfB)
  })

  it('clears failingSince when an address works again and deletes rows of addresses no longer published', async () => {
    flakyFixed = true
    await payload.update({
      collection: 'networks',
      id: docs.network,
      data: { alliances: [{ name: 'Bündnis', url: url('/ok') }], ...published },
    })
    expect(await run([A])).toEqual({ checked: 8, broken: 4 })
    const third = await rowsOf(A)
    expect(third).toHaveLength(9)
    expect(rowFor(third, '/flaky')).toMatchObject({ outcome: 'ok', status: 200, failingSince: null })
    expect(third.filter((row) => row.url === url('/gone'))).toEqual([])
    expect(rowFor(third, '/missing').failingSince).toBe(rowFor(first, '/missing').failingSince)
  })

  it('writes as the server, whoever runs it, and records no audit entries for its rows', async () => {
    const viewer = await createMember(A, 'viewer')
    const user = await payload.findByID({ collection: 'users', id: viewer.id, depth: 0 })
    const asViewer = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    flakyFixed = false
    await checkLinks(asViewer, settings, { districts: [A] })
    expect(rowFor(await rowsOf(A), '/flaky')).toMatchObject({ outcome: 'broken', status: 503 })
    // This file's districts only: other files create link-check fixtures through the Local API
    // in the same database, and those are audited.
    const audit = await payload.count({
      collection: 'audit-log',
      where: { collection: { equals: 'link-checks' }, districts: { in: [A, B] } },
    })
    expect(audit.totalDocs).toBe(0)
  })

  it('runs as the configured job: private addresses refused by default', async () => {
    const before = hits.get('/missing')
    const job = await payload.jobs.queue({ task: 'checkLinks', input: { districts: [A] } })
    const result = await payload.jobs.runByID({ id: job.id })
    expect(result.jobStatus?.[job.id]?.status).toBe('success')
    // The server was not asked: 127.0.0.1 is refused without LINK_CHECK_ALLOW_PRIVATE.
    expect(hits.get('/missing')).toBe(before)
    const rows = await rowsOf(A)
    expect(rowFor(rows, '/ok', 'website')).toMatchObject({
      outcome: 'unreachable',
      reason: '127.0.0.1 is a private address',
    })
  })

  it('refuses a job input that names no districts, without running', async () => {
    const job = await payload.jobs.queue({ task: 'checkLinks', input: { districts: ['A'] } })
    await payload.jobs.run({ where: { id: { equals: job.id } }, silent: { error: true } })
    const failed = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(failed.hasError).toBe(true)
    expect(JSON.stringify(failed.log ?? failed.error)).toMatch(/input\.districts/)
  })
})

describe('the results in the APIs and the admin', () => {
  it('members of the district read them; other districts and anonymous clients do not', async () => {
    const where = `where[district][equals]=${A}&limit=100&depth=0`
    const viewer = await createMember(A, 'viewer')
    const other = await createMember(B, 'district-admin')
    expect((await rest('GET', `link-checks?${where}`, { token: viewer.token })).json.docs.length).toBe(9)
    expect((await rest('GET', `link-checks?${where}`, { token: other.token })).json.docs).toEqual([])
    const anonymous = await gql('{ LinkChecks(limit: 100) { docs { url } } }')
    // No docs: a refusal (403), not an error.
    expect(anonymous.json.data.LinkChecks).toBeNull()
    expect(anonymous.json.errors[0].extensions.statusCode).toBe(403)
    const member = await gql('{ LinkChecks(limit: 100) { docs { url } } }', undefined, viewer.token)
    expect(member.json.data.LinkChecks.docs).toHaveLength(9)
  })

  it('is listed under "Verwaltung", read-only for everyone: the admin offers no create, save or delete', async () => {
    const { config } = payload.collections['link-checks']
    expect(config.admin.group).toEqual(GROUPS.administration)
    expect(config.admin.defaultColumns).toEqual([
      'title',
      'collection',
      'url',
      'outcome',
      'status',
      'failingSince',
      'checkedAt',
      'district',
    ])
    expect(config).toMatchObject({ disableDuplicate: true, disableBulkEdit: true, disableBulkDelete: true })
    // The admin shows buttons by these permissions (/api/access), the state admin's included.
    const admin = await loginAsNewAdmin()
    const viewer = await createMember(A, 'viewer')
    for (const token of [admin.token, viewer.token]) {
      const permissions = (await rest('GET', 'access', { token })).json.collections['link-checks']
      // Payload's answer lists what is allowed only: `true`, or `{ permission: true, where }`.
      const allowed = (operation: string) =>
        permissions[operation] === true || permissions[operation]?.permission === true
      expect(['read', 'create', 'update', 'delete'].filter(allowed)).toEqual(['read'])
    }
  })

  it('leads from the list to the entry that holds the address', async () => {
    const formatDocURL = payload.collections['link-checks'].config.admin.formatDocURL!
    const row = rowFor(await rowsOf(A), '/missing') as unknown as Record<string, unknown>
    const defaultURL = `/admin/collections/link-checks/${String(row.id)}`
    expect(formatDocURL({ collectionSlug: 'link-checks', defaultURL, doc: row, req: serverReq })).toBe(
      `/admin/collections/offers/${docs.missing}`,
    )
    expect(
      formatDocURL({
        collectionSlug: 'link-checks',
        defaultURL,
        doc: { ...row, documentId: '1 OR 1' },
        req: serverReq,
      }),
    ).toBe(defaultURL)
  })
})
