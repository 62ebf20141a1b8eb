import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { databaseUrl, quoteIdent, withClient } from '../../src/db/databaseAdmin'
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import type { Env } from '../../src/lib/env'

export type TestServer = {
  /** URL of a database on the server that may create and drop databases. */
  adminUrl: string
  kind: 'embedded' | 'external'
  stop: () => Promise<void>
}

/**
 * The PostgreSQL server tests run against: the one behind DATABASE_URL, or a throwaway
 * embedded cluster in a temporary directory that is removed afterwards.
 */
export const startTestServer = async (env: Env = process.env): Promise<TestServer> => {
  if (env.DATABASE_URL) {
    return { adminUrl: env.DATABASE_URL, kind: 'external', stop: async () => {} }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-pg-'))
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data') })
  return {
    adminUrl: server.url,
    kind: 'embedded',
    stop: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const uniqueDatabaseName = (prefix = 'cms_test'): string =>
  `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`

export const createDatabase = async (adminUrl: string, name: string): Promise<string> => {
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`))
  return databaseUrl(adminUrl, name)
}

export const dropDatabase = async (adminUrl: string, name: string): Promise<void> => {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  )
}

/** Lets a database refuse (or accept again) all connections, cutting the existing ones. */
export const setDatabaseReachable = async (
  adminUrl: string,
  name: string,
  reachable: boolean,
): Promise<void> => {
  await withClient(adminUrl, async (client) => {
    await client.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS ${reachable}`)
    if (!reachable) {
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name])
    }
  })
}
