/**
 * The CMS process: express hosting Next (which hosts Payload's admin and API), plus
 * health probes, security headers, compression, request logging and graceful shutdown.
 *
 *   npm run dev     development, hot reload
 *   npm start       production (after npm run build): applies pending migrations, then serves
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import nextEnv from '@next/env'
import express from 'express'
import next from 'next'
import { getPayload } from 'payload'

import { closePayload } from '../db/closePayload'
import { type Database, openDatabase } from '../db/openDatabase'
import { runMigrations } from '../db/runMigrations'
import { ConfigError } from '../lib/configError'
import { corsOrigins } from '../lib/corsOrigins'
import { logLevel } from '../lib/logLevel'
import { resolvePayloadSecret } from '../lib/payloadSecret'
import { httpPort } from '../lib/port'
import { trustProxy } from '../lib/trustProxy'
import { maxUploadBytes } from '../lib/uploadLimits'
import { answerUnparsableRequests } from './answerUnparsableRequests'
import { crossOriginCredentials } from './crossOriginCredentials'
import { drainUnreadBodies } from './drainUnreadBodies'
import { installGracefulShutdown } from './gracefulShutdown'
import { healthRoutes } from './healthRoutes'
import { preferGermanAdmin } from './preferGermanAdmin'
import { refuseMalformedRequests } from './refuseMalformedRequests'
import { requestLogger } from './requestLogger'
import { responseCompression } from './responseCompression'
import { securityHeaders } from './securityHeaders'
import { seedOnFirstStart } from './seedOnFirstStart'
import { stampClientAddress } from './stampClientAddress'

const dev = process.env.NODE_ENV !== 'production'
const root = process.cwd()
// Before anything reads the environment: .env, .env.local, .env.production … as Next reads them.
nextEnv.loadEnvConfig(root, dev)
// No calls home from a server that holds districts' data.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

let database: Database | undefined

/** Fails fast, with a sentence instead of a stack trace, on anything the operator must fix. */
const checkConfiguration = () => {
  process.env.PAYLOAD_SECRET = resolvePayloadSecret()
  corsOrigins()
  logLevel()
  maxUploadBytes()
  return { port: httpPort() }
}

const start = async () => {
  const { port } = checkConfiguration()

  // Imported only now, after the checks: the config reads the secret when it is evaluated.
  const { default: config } = await import('@payload-config')

  const db = await openDatabase((line) => console.log(line))
  database = db
  process.env.DATABASE_URL = db.url

  // cron: runs due jobs such as scheduled publishing.
  const payload = await getPayload({ config, cron: true })
  await runMigrations(payload)
  await seedOnFirstStart(payload, { dev })

  const app = express()
  const server = http.createServer(
    {
      // A client gets 20 s for its headers and 5 minutes for the whole request (a large upload on
      // a slow line); bodies are also timed while they are read (src/lib/requestBody.ts).
      headersTimeout: 20_000,
      requestTimeout: 300_000,
    },
    app,
  )
  answerUnparsableRequests(server)
  const nextApp = next({ dev, dir: root, httpServer: server })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  process.removeListener('SIGTERM', abortStartup)
  process.removeListener('SIGINT', abortStartup)
  const shutdown = installGracefulShutdown({
    server,
    logger: payload.logger,
    cleanup: [
      ['next', () => nextApp.close()],
      ['database pool', () => closePayload(payload)],
      ['database server', () => db.stop()],
    ],
  })

  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy())
  app.use(drainUnreadBodies)
  app.use(securityHeaders())
  app.use(requestLogger(payload))
  app.use(healthRoutes(payload, shutdown.isShuttingDown))
  app.use(refuseMalformedRequests)
  app.use(stampClientAddress)
  app.use(crossOriginCredentials(corsOrigins()))
  app.use(responseCompression())
  app.use(preferGermanAdmin)
  // Express 5 rejects '*' routes; everything else goes to Next.
  app.use((req, res) => handle(req, res))

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, process.env.HOST, () => resolve())
  })
  const actualPort = (server.address() as AddressInfo).port
  const base = process.env.SERVER_URL || `http://localhost:${actualPort}`
  payload.logger.info(
    `CMS ready (${dev ? 'development' : 'production'}): admin at ${base}/admin, API at ${base}/api`,
  )
}

// A signal before the server is up: nothing is in flight, but the embedded PostgreSQL
// must not outlive us.
const abortStartup = async (signal: NodeJS.Signals) => {
  console.error(`${signal} during start-up: stopping`)
  await database?.stop().catch(() => {})
  process.exit(1)
}
process.once('SIGTERM', abortStartup)
process.once('SIGINT', abortStartup)

// While the config and Next load, tsx may be waiting on its (unreferenced) compiler
// process and Node would see nothing left to do and exit: hold the process open until the
// HTTP server, which then keeps it alive, is listening.
const startup = setInterval(() => {}, 60_000)

start()
  .then(() => clearInterval(startup))
  .catch(async (error: unknown) => {
    if (error instanceof ConfigError) console.error(`Cannot start: ${error.message}`)
    else console.error('Cannot start:', error)
    await database?.stop().catch(() => {})
    process.exit(1)
  })
