import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { openDatabase } from '../../src/db/openDatabase'
import type { Env } from '../../src/lib/env'
import { unique } from '../helpers/factories'
import { type ServerProcess, startServer } from '../helpers/serverProcess'

/**
 * WEB_CONCURRENCY=2: a primary process with the embedded PostgreSQL and two workers sharing the
 * port. Which worker answered is read from the log (each line names its worker): the server
 * tells clients nothing about its processes. Every request below opens a connection of its own,
 * which the primary hands to the workers in turn.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-workers-'))
const dataDir = path.join(tmp, 'data')
let server: ServerProcess
let database: pg.Client | undefined

afterAll(async () => {
  await database?.end().catch(() => {})
  await server?.stop('SIGKILL')
  fs.rmSync(tmp, { recursive: true, force: true })
})

const env: Env = {
  WEB_CONCURRENCY: '2',
  DATABASE_URL: undefined,
  PAYLOAD_SECRET: undefined,
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
  SEED_ON_FIRST_START: 'false',
  // One directory for this file's workers (…-worker-1, …-worker-2), listed in tsconfig.json.
  NEXT_DIST_DIR: '.next-test-workers',
}

/** The server's log without colours. */
// eslint-disable-next-line no-control-regex
const log = () => server.output().replace(/\u001b\[[0-9;]*m/g, '')

/** The log lines of one worker that contain `text`. */
const linesOf = (worker: 1 | 2, text: string) =>
  log()
    .split('\n')
    .filter((line) => line.includes(`(cms worker ${worker})`) && line.includes(text))

const workerPid = (worker: 1 | 2): number => {
  const started = [...log().matchAll(new RegExp(`Worker ${worker} started \\(pid (\\d+)\\)`, 'g'))]
  return Number(started.at(-1)![1])
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const until = async (condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms:\n${log().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The body as JSON.parse gives it (untyped, as fetch's json() in the other server tests). */
type Answer = { status: number; headers: http.IncomingHttpHeaders; json: ReturnType<typeof JSON.parse> }

/** One request on a connection of its own (no keep-alive), so that it may reach either worker. */
const send = (
  method: string,
  apiPath: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(apiPath, server.url)
    const request = http.request(
      url,
      {
        method,
        agent: false,
        headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      },
      (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => {
          let json: unknown
          try {
            json = JSON.parse(text)
          } catch {
            json = text
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json })
        })
      },
    )
    request.on('error', reject)
    request.end(body === undefined ? undefined : JSON.stringify(body))
  })

let adminToken = ''
let adminId = 0
const asAdmin = () => ({ Authorization: `JWT ${adminToken}` })

describe.sequential('the server with WEB_CONCURRENCY=2', () => {
  it(
    'starts the database and migrates once in the primary, then two workers, one of which runs the jobs',
    { timeout: 300_000 },
    async () => {
      server = await startServer(env, 300_000)
      const output = log()
      expect(output).toContain(
        `(cms primary): Database: embedded PostgreSQL created in ${path.join(dataDir, 'postgres')}`,
      )
      expect(output.match(/Migrated: {2}20261124_232354_initial/g)).toHaveLength(1)
      expect(output).toMatch(/\(cms prepare\): Migrated: {2}20261124_232354_initial/)
      expect(output).toMatch(/Worker 1 started \(pid \d+\), runs the job queue/)
      expect(output).toMatch(/Worker 2 started \(pid \d+\)\n/)
      expect(output.match(/runs the job queue/g)).toHaveLength(1)
      expect(output).toContain('CMS ready (development, 2 workers)')
      expect(linesOf(1, 'Worker 1 ready')).toHaveLength(1)
      expect(linesOf(2, 'Worker 2 ready')).toHaveLength(1)
    },
  )

  it('answers from both workers, health probes included', { timeout: 180_000 }, async () => {
    for (let i = 0; i < 6; i++) {
      expect((await send('GET', '/healthz')).status).toBe(200)
      expect((await send('GET', '/readyz')).json).toEqual({ status: 'ok', database: 'ok' })
    }
    for (let i = 0; i < 8; i++) {
      const answer = await send('GET', `/api/districts?limit=1&probe=${i}`)
      expect(answer.status).toBe(200)
      expect(answer.json).toMatchObject({ totalDocs: 0 })
    }
    await until(
      () =>
        linesOf(1, 'GET /api/districts?limit=1&probe=').length +
          linesOf(2, 'GET /api/districts?limit=1&probe=').length ===
        8,
      5000,
      'eight request log lines',
    )
    expect(linesOf(1, 'GET /api/districts?limit=1&probe=').length).toBeGreaterThan(0)
    expect(linesOf(2, 'GET /api/districts?limit=1&probe=').length).toBeGreaterThan(0)
  })

  it('lets the first user register, who becomes the state admin', { timeout: 120_000 }, async () => {
    const answer = await send('POST', '/api/users/first-register', {
      body: { email: `${unique('erste')}@example.org`, password: 'ein-langes-Passwort-2026', name: 'Erste' },
    })
    expect(answer.status).toBe(200)
    expect(answer.json.user.roles).toEqual(['admin'])
    adminToken = answer.json.token
    adminId = answer.json.user.id
  })

  it(
    'counts login attempts of one address across both workers: the 11th gets 429',
    { timeout: 180_000 },
    async () => {
      const attempt = (i: number) =>
        send('POST', `/api/users/login?attempt=flood-${i}`, {
          headers: { 'X-Forwarded-For': '198.51.100.77' },
          body: { email: 'niemand@example.org', password: 'falsches-Passwort-123' },
        })
      const answers: Answer[] = []
      for (let i = 0; i < 11; i++) answers.push(await attempt(i))
      expect(answers.slice(0, 10).map(({ status }) => status)).toEqual(Array(10).fill(401))
      expect(answers[10]!.status).toBe(429)
      expect(Number(answers[10]!.headers['retry-after'])).toBeGreaterThan(0)
      await until(
        () => linesOf(1, 'login?attempt=flood-').length + linesOf(2, 'login?attempt=flood-').length === 11,
        5000,
        'eleven request log lines',
      )
      // Each worker counted only its own attempts before: both took part, and neither let all ten through.
      expect(linesOf(1, 'login?attempt=flood-').length).toBeGreaterThan(0)
      expect(linesOf(2, 'login?attempt=flood-').length).toBeGreaterThan(0)
    },
  )

  it(
    'locks an account through one worker and refuses it through the other',
    { timeout: 180_000 },
    async () => {
      const email = `${unique('gesperrt')}@example.org`
      const password = 'ein-langes-Passwort-2026'
      expect(
        (await send('POST', '/api/users', { headers: asAdmin(), body: { email, password } })).status,
      ).toBe(201)
      // Five wrong passwords on one keep-alive connection: one worker locks the account.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
      const wrong = (i: number) =>
        new Promise<number>((resolve, reject) => {
          const request = http.request(
            new URL(`/api/users/login?attempt=lock-${i}`, server.url),
            {
              method: 'POST',
              agent,
              headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${100 + i}` },
            },
            (response) => {
              response.resume()
              response.on('end', () => resolve(response.statusCode ?? 0))
            },
          )
          request.on('error', reject)
          request.end(JSON.stringify({ email, password: 'falsches-Passwort-123' }))
        })
      for (let i = 0; i < 5; i++) expect(await wrong(i)).toBe(401)
      agent.destroy()
      await until(
        () => linesOf(1, 'login?attempt=lock-').length + linesOf(2, 'login?attempt=lock-').length === 5,
        5000,
        'five request log lines',
      )
      const locker = linesOf(1, 'login?attempt=lock-').length === 5 ? 1 : 2
      const other = locker === 1 ? 2 : 1
      expect(linesOf(locker, 'login?attempt=lock-')).toHaveLength(5)
      // The right password, on new connections, until the other worker has answered it too.
      for (let i = 0; i < 10 && linesOf(other, 'login?attempt=right-').length === 0; i++) {
        const answer = await send('POST', `/api/users/login?attempt=right-${i}`, {
          headers: { 'X-Forwarded-For': `198.51.100.${120 + i}` },
          body: { email, password },
        })
        expect(answer.status).toBe(401)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(linesOf(other, 'login?attempt=right-').length).toBeGreaterThan(0)
    },
  )

  it(
    'replaces a crashed worker, and its replacement takes over the job queue',
    { timeout: 180_000 },
    async () => {
      const crashed = workerPid(1)
      process.kill(crashed, 'SIGKILL')
      await until(() => workerPid(1) !== crashed, 30_000, 'worker 1 restarted')
      expect(log()).toMatch(
        new RegExp(`Worker 1 \\(pid ${crashed}\\) exited with signal SIGKILL: restarting it in \\d+ ms`),
      )
      expect(log()).toMatch(new RegExp(`Worker 1 started \\(pid ${workerPid(1)}\\), runs the job queue`))
      // Meanwhile the other worker answers.
      expect((await send('GET', '/healthz')).status).toBe(200)
      await until(() => linesOf(1, 'Worker 1 ready').length === 2, 120_000, 'the new worker 1 ready')
      expect(isAlive(workerPid(2))).toBe(true)
    },
  )

  it('runs a scheduled publishing job once', { timeout: 180_000 }, async () => {
    const district = await send('POST', '/api/districts', {
      headers: asAdmin(),
      body: { name: unique('Landkreis'), officialKey: '99998' },
    })
    expect(district.status).toBe(201)
    const draft = await send('POST', '/api/networks?depth=0', {
      headers: asAdmin(),
      body: { district: district.json.doc.id, name: unique('Geplant'), _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const id = draft.json.doc.id as number
    expect((await send('GET', `/api/networks/${id}`)).status).toBe(404)

    // What the admin's schedule drawer leaves in the queue (see tests/content/publishing.test.ts).
    const attached = await openDatabase(
      () => {},
      { EMBEDDED_PG_DIR: path.join(dataDir, 'postgres') },
      { attach: true },
    )
    database = new pg.Client({ connectionString: attached.url })
    await database.connect()
    const input = {
      type: 'publish',
      doc: { relationTo: 'networks', value: id },
      user: { relationTo: 'users', value: adminId },
    }
    const { rows } = await database.query<{ id: number }>(
      `INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', now()) RETURNING id`,
      [JSON.stringify(input)],
    )
    const jobId = rows[0]!.id

    // The job queue is polled once a minute.
    await until(
      async () => (await send('GET', `/api/networks/${id}`)).status === 200,
      100_000,
      'the network published',
    )
    await until(
      async () => (await database!.query('SELECT 1 FROM payload_jobs WHERE id = $1', [jobId])).rowCount === 0,
      10_000,
      'the job done',
    )
    // Payload logs each run of the queue that found jobs; Next's route handlers start the cron
    // in every worker, and only worker 1 may run the queue (payload.config.ts).
    expect(linesOf(1, 'Running 1 jobs.')).toHaveLength(1)
    expect(linesOf(2, 'jobs.'), linesOf(2, 'jobs.').join('\n')).toEqual([])
    const versions = await send(
      'GET',
      `/api/networks/versions?depth=0&limit=10&where[parent][equals]=${id}&where[version._status][equals]=published`,
      { headers: asAdmin() },
    )
    expect(versions.status).toBe(200)
    expect(versions.json.totalDocs).toBe(1)
  })

  it('stops every worker and the embedded PostgreSQL on SIGTERM', { timeout: 60_000 }, async () => {
    await database?.end()
    database = undefined
    const pids = [server.child.pid!, workerPid(1), workerPid(2)]
    const postmaster = Number(
      fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    )
    for (const pid of [...pids, postmaster]) expect(isAlive(pid)).toBe(true)
    const started = Date.now()
    expect(await server.stop('SIGTERM')).toBe(0)
    expect(Date.now() - started).toBeLessThan(15_000)
    for (const pid of [...pids, postmaster]) expect(isAlive(pid)).toBe(false)
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    expect(linesOf(1, 'Shut down in')).toHaveLength(1)
    expect(linesOf(2, 'Shut down in')).toHaveLength(1)
    expect(log()).toContain('(cms primary): All workers stopped')
  })
})
