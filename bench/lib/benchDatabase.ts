import path from 'node:path'

import { databaseUrl, quoteIdent, withClient } from '../../src/db/databaseAdmin'
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { dataDir } from '../../src/lib/paths'

export type BenchServer = {
  /** A database on the server that may create and drop databases. */
  adminUrl: string
  stop: () => Promise<void>
}

/**
 * The PostgreSQL server the benchmark uses: DATABASE_URL's, or an embedded cluster of its own
 * under the data directory (kept between runs, so that scale 100 is generated once).
 */
export const openBenchServer = async (env = process.env): Promise<BenchServer> => {
  if (env.DATABASE_URL) return { adminUrl: env.DATABASE_URL, stop: async () => {} }
  for (let attempt = 1; ; attempt++) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dataDir(env), 'bench', 'postgres'),
      attach: true,
    })
    // A server another bench command started may be shutting down as that command exits:
    // attach only to one that answers, else wait and start it again.
    if (!server.attached || (await answers(server.url)) || attempt === 10) {
      return { adminUrl: server.url, stop: server.stop }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

const answers = async (url: string) => {
  try {
    await withClient(url, (client) => client.query('SELECT 1'))
    return true
  } catch {
    return false
  }
}

export const benchDatabaseName = (scale: number) => `bench_scale_${String(scale).replace('.', '_')}`

export const databaseExists = (adminUrl: string, name: string): Promise<boolean> =>
  withClient(
    adminUrl,
    async (client) =>
      (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1,
  )

/** A fresh, empty database (an old one of that name is dropped). */
export const recreateDatabase = async (adminUrl: string, name: string): Promise<string> => {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`)
  })
  return databaseUrl(adminUrl, name)
}
