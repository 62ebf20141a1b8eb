import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { POST as graphqlRoute } from '../../src/app/(payload)/api/graphql/route'
import { runMigrations } from '../../src/db/runMigrations'
import { cacheKey } from '../../src/lib/publicCache/cacheKey'
import { publicCache } from '../../src/lib/publicCache/publicCache'
import { createMember, loginAsNewAdmin } from '../helpers/auth'
import {
  createActor,
  createContact,
  createDistrict,
  createMedia,
  createNetwork,
  createTargetGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * The public cache through the app's real route handlers: which answers it keeps, that every
 * kind of change reaches the next anonymous read, and that nothing personal gets in or out.
 */
let payload: Payload
let district: number
let adminToken: string

/** An anonymous read, with whether the cache answered it. */
const read = async (path: string, headers: Record<string, string> = {}) => {
  const response = await rest('GET', path, { headers })
  return { status: response.status, cache: response.headers.get('x-cache'), json: response.json }
}

/**
 * Reads until the answer comes from the cache (it is kept). Test files in the other worker write
 * to the same database, and each of their writes rightly empties this process's cache too: a
 * few tries.
 */
const warm = async (path: string) => {
  for (let attempt = 0; attempt < 10; attempt++) {
    const answer = await read(path)
    if (answer.cache === 'HIT') return answer
  }
  throw new Error(`${path} is never served from the cache`)
}

const names = (json: { docs: Array<{ name?: string }> }) => json.docs.map(({ name }) => name)

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  adminToken = (await loginAsNewAdmin()).token
})

describe('public cache: what it keeps', () => {
  it('answers a repeated anonymous read from the cache, with the same body and an ETag', async () => {
    const network = await createNetwork(payload, { district, ...published })
    const first = await rest('GET', `networks/${network.id}?depth=1`)
    await warm(`networks/${network.id}?depth=1`)
    const second = await rest('GET', `networks/${network.id}?depth=1`)
    expect(second.json).toEqual(first.json)
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('cache-control')).toMatch(/^public/)
    const notModified = await rest('GET', `networks/${network.id}?depth=1`, {
      headers: { 'If-None-Match': second.headers.get('etag')! },
    })
    expect(notModified.status).toBe(304)
  })

  it('treats the same parameters in another order as the same request', async () => {
    const config = await payload.config
    const key = (query: string) =>
      cacheKey(config, 'GET', '/api/actors', new URLSearchParams(query), () => undefined)
    expect(key(`where[district][equals]=${district}&limit=5&sort=name`)).toBe(
      key(`sort=name&limit=5&where[district][equals]=${district}`),
    )
    expect(key('limit=5')).not.toBe(key('limit=6'))
  })

  it('keeps no error answers', async () => {
    await read('networks/999999999')
    expect((await read('networks/999999999')).cache).toBeNull()
    await read('actors?where[nope][equals]=1')
    expect((await read('actors?where[nope][equals]=1')).cache).toBeNull()
  })

  it('never answers a signed-in user from the cache, nor keeps their answer', async () => {
    const draft = await createActor(payload, { district, name: unique('Entwurf') })
    const path = `actors?where[district][equals]=${district}&limit=100`
    const anonymous = await warm(path)
    expect(names(anonymous.json)).not.toContain(draft.name)
    const signedIn = await rest('GET', path, { token: adminToken })
    expect(signedIn.headers.get('x-cache')).toBeNull()
    expect(names(signedIn.json)).toContain(draft.name)
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    // An API key or a session cookie counts as much as a token.
    const byCookie = await rest('GET', path, { headers: { Cookie: `payload-token=${adminToken}` } })
    expect(byCookie.headers.get('x-cache')).toBeNull()
    expect(names(byCookie.json)).toContain(draft.name)
    const again = await warm(path)
    expect(names(again.json)).not.toContain(draft.name)
  })

  it('never serves or keeps drafts (draft=true), even for anonymous clients', async () => {
    const network = await createNetwork(payload, { district, ...published })
    await read(`networks/${network.id}?draft=true`)
    expect((await read(`networks/${network.id}?draft=true`)).cache).toBeNull()
  })

  it('never lets a person without consent into the cache', async () => {
    const name = unique('Erika-Verborgen')
    await createContact(payload, { district, kind: 'person', name, ...published })
    const path = `contacts?where[district][equals]=${district}&limit=100`
    const cache = publicCache()!
    // The other test worker's writes may empty the cache between the reads and the look: a few
    // tries until the look finds something kept (the control that the look can see anything).
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(JSON.stringify((await warm(path)).json)).not.toContain(name)
      await gql(`query { Contacts(limit: 100) { docs { name } } }`)
      await read(`search?q=${encodeURIComponent(name)}`)
      const bodies = [...cache.store.bodies()]
      for (const body of bodies) expect(body.toString('utf8')).not.toContain(name)
      if (bodies.length > 0) return
    }
    throw new Error('the cache was empty after every try')
  })

  it('answers repeated anonymous GraphQL queries from the cache, not mutations or signed-in ones', async () => {
    const network = await createNetwork(payload, { district, ...published })
    const query = `query ($id: Int!) { Network(id: $id) { id name } }`
    await gql(query, { id: network.id })
    const again = await gql(query, { id: network.id })
    expect(again.json).toEqual({ data: { Network: { id: network.id, name: network.name } } })
    const signedIn = await graphqlRoute(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
        body: JSON.stringify({ query, variables: { id: network.id } }),
      }),
    )
    expect(signedIn.status).toBe(200)
    expect(signedIn.headers.get('x-cache')).toBeNull()
    const renamed = unique('Umbenannt')
    const mutation = await gql(
      `mutation ($id: Int!, $name: String!) { updateNetwork(id: $id, data: { name: $name }) { name } }`,
      { id: network.id, name: renamed },
      adminToken,
    )
    expect(mutation.json.data.updateNetwork.name).toBe(renamed)
    expect((await gql(query, { id: network.id })).json.data.Network.name).toBe(renamed)
  })
})

describe('public cache: every change reaches the next anonymous read', () => {
  it('publish, edit of a published document, unpublish', async () => {
    const draft = await createActor(payload, { district, name: unique('Bald-öffentlich') })
    const list = `actors?where[district][equals]=${district}&limit=100&depth=0`
    await warm(list)
    await payload.update({ collection: 'actors', id: draft.id, data: { _status: 'published' } })
    expect(names((await read(list)).json)).toContain(draft.name)

    await warm(list)
    await warm(`actors/${draft.id}`)
    const renamed = unique('Neuer-Name')
    const edited = await rest('PATCH', `actors/${draft.id}`, { token: adminToken, body: { name: renamed } })
    expect(edited.status).toBe(200)
    expect(names((await read(list)).json)).toContain(renamed)
    expect((await read(`actors/${draft.id}`)).json.name).toBe(renamed)

    await warm(list)
    await payload.update({ collection: 'actors', id: draft.id, data: { _status: 'draft' } })
    expect(names((await read(list)).json)).not.toContain(renamed)
    expect((await read(`actors/${draft.id}`)).status).toBe(404)
  })

  it('trash, restore and delete', async () => {
    const actor = await createActor(payload, { district, ...published })
    const path = `actors/${actor.id}`
    await warm(path)
    // The admin's "move to trash": deletedAt set.
    const trashed = await rest('PATCH', path, {
      token: adminToken,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trashed.status).toBe(200)
    expect((await read(path)).status).toBe(404)
    await payload.update({ collection: 'actors', id: actor.id, data: { deletedAt: null }, trash: true })
    await warm(path)
    expect((await rest('DELETE', path, { token: adminToken })).status).toBe(200)
    expect((await read(path)).status).toBe(404)
  })

  it('a consent change shows and hides a person', async () => {
    const name = unique('Erika-Einwilligung')
    const person = await createContact(payload, { district, kind: 'person', name, ...published })
    const path = `contacts?where[district][equals]=${district}&limit=100`
    await warm(path)
    await payload.update({
      collection: 'contacts',
      id: person.id,
      data: { publicListing: { consent: true }, _status: 'published' },
    })
    expect(names((await read(path)).json)).toContain(name)
    await warm(path)
    await payload.update({
      collection: 'contacts',
      id: person.id,
      data: { publicListing: { consent: false } },
    })
    expect(names((await read(path)).json)).not.toContain(name)
  })

  it('media visibility follows the consent of the person in the photo', async () => {
    const photo = await createMedia(payload, { district })
    const person = await createContact(payload, {
      district,
      kind: 'person',
      name: unique('Foto'),
      photo: photo.id,
      publicListing: { consent: true },
      ...published,
    })
    await warm(`media/${photo.id}`)
    await payload.update({
      collection: 'contacts',
      id: person.id,
      data: { publicListing: { consent: false } },
    })
    expect((await read(`media/${photo.id}`)).status).toBe(404)
  })

  it('a district and a taxonomy reach the answers that include them', async () => {
    const group = await createTargetGroup(payload, { district, ...published })
    const actor = await createActor(payload, { district, targetGroups: [group.id], ...published })
    const path = `actors/${actor.id}?depth=1`
    await warm(path)
    const label = unique('Zielgruppe')
    await payload.update({ collection: 'target-groups', id: group.id, data: { name: label } })
    expect((await read(path)).json.targetGroups[0].name).toBe(label)
    await warm(path)
    const name = unique('Landkreis-umbenannt')
    await payload.update({ collection: 'districts', id: district, data: { name } })
    expect((await read(path)).json.district.name).toBe(name)
  })

  it('a scheduled publish', async () => {
    const draft = await createNetwork(payload, { district })
    const path = `networks/${draft.id}`
    await read(path)
    const list = `networks?where[district][equals]=${district}&limit=100`
    await warm(list)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'networks', value: draft.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    const run = await payload.jobs.run({ where: { id: { equals: job.id } } })
    expect(run.jobStatus?.[job.id]).toEqual({ status: 'success' })
    expect((await read(path)).status).toBe(200)
    expect(names((await read(list)).json)).toContain(draft.name)
  })

  it('a write by another process (a notice through PostgreSQL) and a migration', async () => {
    const actor = await createActor(payload, { district, ...published })
    const path = `actors/${actor.id}`
    await warm(path)
    // What another server process's write looks like here: only its notice arrives.
    const renamed = unique('Von-nebenan')
    await payload.db.drizzle.execute(
      `update actors_locales set name = '${renamed}' where _parent_id = ${actor.id}; select pg_notify('integrationsnetzwerke_changes', '{"t":["actors"]}')` as never,
    )
    await expect.poll(async () => (await read(path)).json.name).toBe(renamed)
    await warm(path)
    // Applied migrations change the schema or rows behind Payload's back: everything goes.
    await runMigrations(payload)
    expect((await read(path)).cache).not.toBe('HIT')
  })
})

describe('public cache: bounded', () => {
  it('stays within its bytes, dropping the least recently used answers', async () => {
    const { AnswerStore } = await import('../../src/lib/publicCache/answerStore')
    const store = new AnswerStore(40_000)
    const answer = (size: number) => ({
      status: 200,
      headers: [],
      body: Buffer.alloc(size, 'x'),
      etag: 'W/"x"',
      tags: new Set(['actors']),
    })
    for (let i = 0; i < 20; i++) store.set(`k${i}`, answer(3_000), store.snapshot())
    expect(store.size).toBeLessThanOrEqual(40_000)
    expect(store.get('k0')).toBeUndefined()
    expect(store.get('k19')).toBeDefined()
    // Too big for one entry (more than an eighth): not kept.
    expect(store.set('big', answer(6_000), store.snapshot())).toBe(false)
    // A change while an answer was computed keeps it out.
    const before = store.snapshot()
    store.invalidate(['actors'])
    expect(store.set('late', answer(100), before)).toBe(false)
    expect(store.get('k19')).toBeUndefined()
  })
})

describe('public cache: answers that depend on the clock', () => {
  it('keeps an answer only until it expires, and tells shared caches the time left', async () => {
    const { AnswerStore } = await import('../../src/lib/publicCache/answerStore')
    const { currentHeaders } = await import('../../src/lib/publicCache/answerFromCache')
    const store = new AnswerStore(40_000)
    const answer = (expiresAt?: number) => ({
      status: 200,
      headers: [['cache-control', 'public, max-age=60']] as Array<[string, string]>,
      body: Buffer.from('{}'),
      etag: 'W/"x"',
      tags: new Set(['offers']),
      ...(expiresAt === undefined ? {} : { expiresAt }),
    })
    store.set('past', answer(Date.now() - 1), store.snapshot())
    store.set('soon', answer(Date.now() + 30_000), store.snapshot())
    store.set('forever', answer(), store.snapshot())
    expect(store.get('past')).toBeUndefined()
    const soon = store.get('soon')!
    expect(currentHeaders(soon)).toEqual([
      ['cache-control', expect.stringMatching(/^public, max-age=(29|30)$/)],
    ])
    expect(currentHeaders(store.get('forever')!)).toEqual([['cache-control', 'public, max-age=60']])
  })

  it('serves a find answer from the cache with its expiry, and not beyond it', async () => {
    const path = 'offers/find?openAt=now&limit=1'
    const hit = await warm(path)
    expect(hit.status).toBe(200)
    const response = await rest('GET', path)
    const expires = Date.parse(response.headers.get('expires')!)
    expect(expires).toBeGreaterThan(Date.now() - 1000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 61_000)
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1])
    expect(maxAge).toBeLessThanOrEqual(60)
  })
})

describe('public cache: member reads', () => {
  it('a viewer of the district reads drafts that the cache never holds', async () => {
    const { token } = await createMember(district, 'viewer')
    const draft = await createNetwork(payload, { district, name: unique('Nur-intern') })
    const path = `networks?where[district][equals]=${district}&limit=100`
    await warm(path)
    const member = await rest('GET', path, { token })
    expect(names(member.json)).toContain(draft.name)
    expect(names((await read(path)).json)).not.toContain(draft.name)
  })
})
