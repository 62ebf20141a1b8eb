import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { ConfigError } from '../../src/lib/configError'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-embedded-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const query = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

describe('embedded PostgreSQL', () => {
  it('creates a cluster on first start and reuses its data on the next', async () => {
    const dataDir = path.join(root, 'reuse')
    const first = await startEmbeddedPostgres({ dataDir })
    expect(first.created).toBe(true)
    expect(first.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/postgres$/)
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')")
    await first.stop()

    const second = await startEmbeddedPostgres({ dataDir })
    try {
      expect(second.created).toBe(false)
      const { rows } = await query(second.url, 'SELECT v FROM kept')
      expect(rows).toEqual([{ v: 'still here' }])
    } finally {
      await second.stop()
    }
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)
  })

  it('says clearly when the data directory is in use by a running server', async () => {
    const dataDir = path.join(root, 'locked')
    const running = await startEmbeddedPostgres({ dataDir })
    try {
      const attempt = startEmbeddedPostgres({ dataDir })
      await expect(attempt).rejects.toThrow(ConfigError)
      await expect(attempt).rejects.toThrow(/already in use by a running PostgreSQL \(pid \d+\)/)
    } finally {
      await running.stop()
    }
  })

  it('lets a one-off command attach to the server the running CMS started', async () => {
    const dataDir = path.join(root, 'attach')
    const running = await startEmbeddedPostgres({ dataDir })
    try {
      const attached = await startEmbeddedPostgres({ dataDir, attach: true })
      expect(attached).toMatchObject({ attached: true, port: running.port, created: false })
      await query(attached.url, 'CREATE TABLE seen (v int)')
      await attached.stop()
      // Stopping the attached handle leaves the CMS's server running.
      expect((await query(running.url, 'SELECT count(*)::int AS n FROM seen')).rows).toEqual([{ n: 0 }])
    } finally {
      await running.stop()
    }
  })

  it('refuses a data directory it did not create, instead of guessing a password', async () => {
    const dataDir = path.join(root, 'foreign')
    const server = await startEmbeddedPostgres({ dataDir })
    await server.stop()
    fs.rmSync(path.join(dataDir, 'cms-credentials.json'))
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/did not create/)
  })
})
