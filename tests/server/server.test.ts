import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demoUsers'
import type { Env } from '../../src/lib/env'
import { unique } from '../helpers/factories'
import { type ServerProcess, spawnServer, startServer } from '../helpers/serverProcess'
import { createDatabase, dropDatabase, setDatabaseReachable, uniqueDatabaseName } from '../setup/testDatabase'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-server-'))
const running: ServerProcess[] = []
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop('SIGKILL')))
  fs.rmSync(tmp, { recursive: true, force: true })
})

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A server on its own embedded PostgreSQL under `dataDir`, as on a fresh clone. */
const embeddedEnv = (dataDir: string): Env => ({
  DATABASE_URL: undefined,
  PAYLOAD_SECRET: undefined,
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
})

const withoutStackTraces = (output: string) => expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)

describe.sequential('the express server', () => {
  it('refuses a production start without PAYLOAD_SECRET, in one readable sentence', async () => {
    const server = await spawnServer({ ...embeddedEnv(path.join(tmp, 'nosecret')), NODE_ENV: 'production' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('Cannot start: PAYLOAD_SECRET is not set.')
    withoutStackTraces(server.output())
  })

  it('refuses a production start with a short PAYLOAD_SECRET', async () => {
    const server = await spawnServer({
      ...embeddedEnv(path.join(tmp, 'shortsecret')),
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'geheim',
    })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('PAYLOAD_SECRET is too short: it has 6 characters')
    withoutStackTraces(server.output())
  })

  describe.sequential('on an embedded PostgreSQL, as on a fresh clone', () => {
    const dataDir = path.join(tmp, 'embedded')
    const demoAdmin = { email: DEMO_USERS[0]!.email, password: DEMO_PASSWORD }
    let server: ServerProcess

    it(
      'starts on an empty data directory, says where the data lives, seeds and prints the demo logins',
      { timeout: 180_000 },
      async () => {
        server = await startServer(embeddedEnv(dataDir), 180_000)
        running.push(server)
        const output = server.output()
        expect(output).toContain(`embedded PostgreSQL created in ${path.join(dataDir, 'postgres')}`)
        expect(output).toMatch(/postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/postgres/)
        expect(output).toContain(`Demo logins (password for all: ${DEMO_PASSWORD})`)
        for (const { email } of DEMO_USERS) expect(output).toContain(email)
        // The seed's output comes before the server says it is ready: the content is there.
        expect(output.indexOf('Seed done')).toBeLessThan(output.indexOf('CMS ready'))
      },
    )

    it('answers /healthz and /readyz with JSON', async () => {
      const health = await fetch(`${server.url}/healthz`)
      expect(health.status).toBe(200)
      expect(health.headers.get('content-type')).toMatch(/application\/json/)
      expect(await health.json()).toEqual({ status: 'ok' })

      const ready = await fetch(`${server.url}/readyz`)
      expect(ready.status).toBe(200)
      expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' })
    })

    it('serves the seeded content over REST with security headers and compression', async () => {
      const response = await fetch(`${server.url}/api/districts?limit=0`, {
        headers: { 'Accept-Encoding': 'gzip' },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-encoding')).toBe('gzip')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-powered-by')).toBeNull()
      expect(await response.json()).toMatchObject({ totalDocs: 14 })
      const networks = await (await fetch(`${server.url}/api/networks?limit=0`)).json()
      expect(networks.totalDocs).toBe(5)
    })

    it('answers a repeated anonymous read with 304 through express, Next and compression', async () => {
      const first = await fetch(`${server.url}/api/networks?limit=5`, {
        headers: { 'Accept-Encoding': 'gzip' },
      })
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^W\//)
      expect(first.headers.get('cache-control')).toMatch(/^public/)
      const again = await fetch(`${server.url}/api/networks?limit=5`, {
        headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag! },
      })
      expect(again.status).toBe(304)
    })

    it('lets the demo state admin log in', async () => {
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(demoAdmin),
      })
      expect(login.status).toBe(200)
      expect((await login.json()).user).toMatchObject({ email: demoAdmin.email, roles: ['admin'] })
    })

    // A whole server process that loads the app before it finds the lock: as slow to start as the
    // others under load (30 s was too little in CI once).
    it(
      'refuses to start a second server on the same data directory, saying why',
      { timeout: 120_000 },
      async () => {
        const second = await spawnServer(embeddedEnv(dataDir))
        expect(await second.exited).toBe(1)
        expect(second.output()).toMatch(/already in use by a running PostgreSQL \(pid \d+\)/)
        withoutStackTraces(second.output())
      },
    )

    it('shuts down on SIGTERM within 10 s and leaves no PostgreSQL behind', async () => {
      const postmasterPid = Number(
        fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      )
      expect(isAlive(postmasterPid)).toBe(true)
      const started = Date.now()
      expect(await server.stop('SIGTERM')).toBe(0)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(isAlive(postmasterPid)).toBe(false)
      expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    })

    it('reuses the data on the next start without seeding again', { timeout: 120_000 }, async () => {
      server = await startServer(embeddedEnv(dataDir))
      running.push(server)
      expect(server.output()).toContain('embedded PostgreSQL reused')
      expect(server.output()).not.toContain('Empty database')
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(demoAdmin),
      })
      expect(login.status).toBe(200)
      const networks = await (await fetch(`${server.url}/api/networks?limit=0`)).json()
      expect(networks.totalDocs).toBe(5)
      expect(await server.stop('SIGTERM')).toBe(0)
    })
  })

  describe.sequential('on DATABASE_URL', () => {
    const adminUrl = inject('adminDatabaseUrl')
    const name = uniqueDatabaseName('cms_server')
    let server: ServerProcess
    // The first user's session, from registering: a login would count against the throttle below.
    let firstAdminToken = ''

    afterAll(async () => {
      await server?.stop('SIGTERM')
      await dropDatabase(adminUrl, name)
    })

    it('applies the migrations to an empty database and serves', { timeout: 120_000 }, async () => {
      const url = await createDatabase(adminUrl, name)
      server = await startServer({
        DATABASE_URL: url,
        DATA_DIR: path.join(tmp, 'external'),
        SEED_ON_FIRST_START: 'false',
        CORS_ORIGINS: 'https://www.landkreis.example',
      })
      running.push(server)
      expect(server.output()).toContain('(from DATABASE_URL)')
      expect(server.output()).toContain('Migrated:')
      expect(server.output()).not.toContain('Empty database')
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      expect(await (await fetch(`${server.url}/api/districts`)).json()).toMatchObject({ totalDocs: 0 })
    })

    it('lets the first user register, who becomes the state admin', async () => {
      const email = `${unique('erste')}@example.org`
      const response = await fetch(`${server.url}/api/users/first-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'ein-langes-Passwort-2026', name: 'Erste Administratorin' }),
      })
      expect(response.status).toBe(200)
      const body = await response.json()
      expect(body.user).toMatchObject({ email, roles: ['admin'] })
      firstAdminToken = body.token
    })

    it(
      'keeps answering 40 editors saving at once (writes queue instead of exhausting the pool)',
      { timeout: 120_000 },
      async () => {
        const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${firstAdminToken}` }
        const post = async (apiPath: string, body: unknown, method = 'POST') => {
          const response = await fetch(`${server.url}/api/${apiPath}`, {
            method,
            headers,
            body: JSON.stringify(body),
          })
          return { status: response.status, json: await response.json() }
        }
        const district = (await post('districts', { name: unique('Landkreis'), officialKey: '99999' })).json
          .doc.id
        const statuses = await Promise.all(
          Array.from({ length: 40 }, async (_, i) => {
            const created = await post('actors?depth=0', {
              district,
              name: `Gleichzeitig ${i}`,
              kind: 'association',
              _status: 'published',
            })
            const updated = await post(`actors/${created.json.doc?.id}?depth=0`, { shortName: 'GZ' }, 'PATCH')
            return [created.status, updated.status]
          }),
        )
        expect(statuses).toEqual(Array.from({ length: 40 }, () => [201, 200]))
      },
    )

    it('answers CORS preflights for listed origins, with credentials, and not for others', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.url}/api/networks`, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'GET',
            'Access-Control-Request-Headers': 'Authorization',
          },
        })
      const allowed = await preflight('https://www.landkreis.example')
      expect(allowed.status).toBeLessThan(300)
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.landkreis.example')
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
      expect(allowed.headers.get('access-control-allow-methods') ?? '').toMatch(/GET/)

      const refused = await preflight('https://boese.example')
      expect(refused.headers.get('access-control-allow-origin')).toBeNull()
      const read = await fetch(`${server.url}/api/districts`, {
        headers: { Origin: 'https://boese.example' },
      })
      expect(read.headers.get('access-control-allow-origin')).toBeNull()
    })

    it('throttles login attempts per client address with 429', async () => {
      // A client of its own (the server trusts X-Forwarded-For from loopback): the other tests'
      // logins from 127.0.0.1 count against that address.
      const attempt = () =>
        fetch(`${server.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.200' },
          body: JSON.stringify({ email: 'niemand@example.org', password: 'falsches-Passwort-123' }),
        })
      const statuses: number[] = []
      for (let i = 0; i < 11; i++) statuses.push((await attempt()).status)
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
      expect(statuses[10]).toBe(429)
      // Other API calls are not affected.
      expect((await fetch(`${server.url}/api/districts`)).status).toBe(200)
    })

    it('reports 503 on /readyz while the database is unreachable, and recovers', async () => {
      await setDatabaseReachable(adminUrl, name, false)
      try {
        const down = await fetch(`${server.url}/readyz`)
        expect(down.status).toBe(503)
        const body = await down.json()
        expect(body.status).toBe('unavailable')
        expect(body.reason).toMatch(/^database unreachable: /)
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      } finally {
        await setDatabaseReachable(adminUrl, name, true)
      }
      const up = await fetch(`${server.url}/readyz`)
      expect(up.status).toBe(200)
    })
  })
})
