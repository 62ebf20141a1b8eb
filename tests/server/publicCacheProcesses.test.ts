import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createActor, createDistrict, createUser, PASSWORD, published, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { type ServerProcess, startServer } from '../helpers/serverProcess'

/**
 * Two server processes on one database, each with its own public cache, and this test process
 * as a third writer: a change made through any of them reaches the anonymous reads on the others
 * (PostgreSQL LISTEN/NOTIFY) as soon as their listener has read the notice: PostgreSQL hands it
 * to every listener at commit, but each process reads it from its socket in its own time, so a
 * read in the same few milliseconds may still get the old answer (docs/production.md).
 */
let payload: Payload
let one: ServerProcess
let two: ServerProcess
let token: string
let actor: { id: number }

const read = async (server: ServerProcess, path: string) => {
  const response = await fetch(`${server.url}/api/${path}`)
  return { status: response.status, cache: response.headers.get('x-cache'), json: await response.json() }
}

/** How long a notice may take to be read by the other processes on a busy machine. */
const NOTICE_READ_WITHIN_MS = 2000

/** Reads until the answer shows `expected`; fails when it still does not after the bound above. */
const readUntil = async (
  server: ServerProcess,
  path: string,
  expected: (json: { id?: number; name?: string }) => boolean,
) => {
  const deadline = Date.now() + NOTICE_READ_WITHIN_MS
  let answer = await read(server, path)
  while (!expected(answer.json) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    answer = await read(server, path)
  }
  return answer
}

/**
 * Reads until the answer comes from the server's cache: a dev server compiles the route on first
 * use, and test files in the other worker write to the same database, each write rightly emptying
 * both servers' caches.
 */
const warm = async (server: ServerProcess, path: string) => {
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await read(server, path)
    if (answer.cache === 'HIT') return answer
  }
  throw new Error(`${path} is never served from the cache of ${server.url}`)
}

beforeAll(async () => {
  payload = await testPayload()
  const district = (await createDistrict(payload)).id
  actor = await createActor(payload, { district, ...published })
  const env = { DATABASE_URL: inject('databaseUrl'), SEED_ON_FIRST_START: 'false' }
  // Separate Next build directories: one dev server per directory.
  ;[one, two] = await Promise.all([
    startServer({ ...env, NEXT_DIST_DIR: `.next-test-cache-1` }, 240_000),
    startServer({ ...env, NEXT_DIST_DIR: `.next-test-cache-2` }, 240_000),
  ])
  const admin = await createUser(payload, { roles: ['admin'] } as never)
  const login = await fetch(`${one.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: PASSWORD }),
  })
  token = ((await login.json()) as { token: string }).token
}, 300_000)

afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()])
})

// A dev server compiles each route on its first use: tens of seconds on a busy machine.
describe('public cache across server processes', { timeout: 180_000 }, () => {
  it('answers hits in express, before Next', async () => {
    const hit = await warm(one, `actors/${actor.id}`)
    expect(hit.json.id).toBe(actor.id)
    let gzipped: Response | undefined
    for (let attempt = 0; attempt < 20 && gzipped?.headers.get('x-cache') !== 'HIT'; attempt++) {
      gzipped = await fetch(`${one.url}/api/actors/${actor.id}`, { headers: { 'Accept-Encoding': 'gzip' } })
    }
    expect(gzipped!.headers.get('x-cache')).toBe('HIT')
    expect(((await gzipped!.json()) as { id: number }).id).toBe(actor.id)
  })

  it('a write through one server reaches the next read on the other', async () => {
    const path = `actors/${actor.id}`
    await warm(one, path)
    await warm(two, path)
    const name = unique('Über-Prozesse')
    const patch = await fetch(`${one.url}/api/${path}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ name }),
    })
    expect(patch.status).toBe(200)
    // The writing server has dropped its own answer before it answered the write.
    expect((await read(one, path)).json.name).toBe(name)
    expect((await readUntil(two, path, (json) => json.name === name)).json.name).toBe(name)
  })

  it('a write by a third process (the Local API here) reaches both', async () => {
    const path = `actors/${actor.id}`
    await warm(one, path)
    await warm(two, path)
    const name = unique('Von-außen')
    await payload.update({ collection: 'actors', id: actor.id, data: { name } })
    expect((await readUntil(one, path, (json) => json.name === name)).json.name).toBe(name)
    expect((await readUntil(two, path, (json) => json.name === name)).json.name).toBe(name)
  })

  it('an unpublish hides the document on both at once', async () => {
    const path = `actors/${actor.id}`
    await warm(one, path)
    await warm(two, path)
    await payload.update({ collection: 'actors', id: actor.id, data: { _status: 'draft' } })
    expect((await readUntil(one, path, (json) => !json.id)).status).toBe(404)
    expect((await readUntil(two, path, (json) => !json.id)).status).toBe(404)
  })
})
