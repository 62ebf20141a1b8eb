import path from 'node:path'

import { ConfigError } from '../lib/configError'
import type { Env } from '../lib/env'
import { dataDir } from '../lib/paths'
import { httpPort } from '../lib/port'
import { redactUrl } from '../lib/redactUrl'
import { startEmbeddedPostgres } from './embeddedPostgres'

export type Database = {
  url: string
  /** `embedded` when this process started the server itself. */
  kind: 'embedded' | 'external'
  /** Stops the embedded server; nothing to do for an external one. */
  stop: () => Promise<void>
}

type Log = (message: string) => void

const parsePort = (value: string | undefined): number | undefined => {
  if (!value) return undefined
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`EMBEDDED_PG_PORT must be a port number between 1 and 65535, got "${value}".`)
  }
  return port
}

/**
 * The database the CMS talks to: `DATABASE_URL` when set, otherwise an embedded
 * PostgreSQL under the data directory, so that a fresh clone needs no server.
 */
export const openDatabase = async (
  log: Log,
  env: Env = process.env,
  { attach = false }: { attach?: boolean } = {},
): Promise<Database> => {
  if (env.DATABASE_URL) {
    log(`Database: ${redactUrl(env.DATABASE_URL)} (from DATABASE_URL)`)
    return { url: env.DATABASE_URL, kind: 'external', stop: async () => {} }
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.EMBEDDED_PG_DIR ? path.resolve(env.EMBEDDED_PG_DIR) : path.join(dataDir(env), 'postgres'),
    port: parsePort(env.EMBEDDED_PG_PORT),
    // The web server binds PORT only after the database is up: a free port now may be that one.
    avoidPorts: [httpPort(env)],
    attach,
  })
  log(
    `Database: embedded PostgreSQL ${embedded.attached ? 'of the running CMS' : embedded.created ? 'created' : 'reused'} in ${embedded.dataDir}, ` +
      `listening at ${redactUrl(embedded.url)}`,
  )
  return { url: embedded.url, kind: 'embedded', stop: embedded.stop }
}
