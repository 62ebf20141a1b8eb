/**
 * The CMS process: express hosting Next (which hosts Payload's admin and API), plus
 * health probes, security headers, compression, request logging and graceful shutdown.
 *
 *   npm run dev     development, hot reload
 *   npm start       production (after npm run build): applies pending migrations, then serves
 *
 * WEB_CONCURRENCY=N (production's default: one per core) runs N worker processes that share the
 * port; this process then supervises them (src/server/superviseWorkers.ts).
 */
import cluster from 'node:cluster'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import nextEnv from '@next/env'
import express from 'express'
import next from 'next'
import { getPayload } from 'payload'

import { closePayload } from '../db/closePayload'
import { type Database, openDatabase } from '../db/openDatabase'
import { runMigrations } from '../db/runMigrations'
import { admissionLimits } from '../lib/admissionLimits'
import { ConfigError } from '../lib/configError'
import { corsOrigins } from '../lib/corsOrigins'
import { logLevel } from '../lib/logLevel'
import { resolvePayloadSecret } from '../lib/payloadSecret'
import { httpPort } from '../lib/port'
import { cacheMaxBytes } from '../lib/publicCache/cacheSize'
import { closePublicCache, publicCache } from '../lib/publicCache/publicCache'
import { trustProxy } from '../lib/trustProxy'
import { maxUploadBytes } from '../lib/uploadLimits'
import { webConcurrency } from '../lib/webConcurrency'
import { runsJobs, type WorkerReady, workerRole } from '../lib/workerRole'
import { admission } from './admission'
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
import { serveCachedAnswers } from './serveCachedAnswers'
import { stampClientAddress } from './stampClientAddress'
import { superviseWorkers } from './superviseWorkers'

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
  cacheMaxBytes()
  admissionLimits()
  return { port: httpPort(), workers: webConcurrency() }
}

const start = async () => {
  const { port, workers } = checkConfiguration()
  // WEB_CONCURRENCY=1 (development's default) is this one process doing everything, as always;
  // with more, this process only supervises, and its children run the rest below.
  const role = workerRole()
  if (role.kind === 'single' && workers > 1 && cluster.isPrimary) {
    process.removeListener('SIGTERM', abortStartup)
    process.removeListener('SIGINT', abortStartup)
    return superviseWorkers({ workers, dev })
  }

  // Imported only now, after the checks: the config reads the secret when it is evaluated.
  const { default: config } = await import('@payload-config')

  // A worker is given the primary's DATABASE_URL; the primary has said where the data lives.
  const db = await openDatabase(role.kind === 'worker' ? () => {} : (line) => console.log(line))
  database = db
  process.env.DATABASE_URL = db.url

  // cron: runs due jobs such as scheduled publishing; of several workers only one, so that
  // each job runs once and the queue is not polled N times a minute (see also payload.config.ts).
  const payload = await getPayload({ config, cron: runsJobs() })
  if (role.kind !== 'worker') {
    await runMigrations(payload)
    await seedOnFirstStart(payload, { dev })
  }
  if (role.kind === 'prepare') {
    await closePayload(payload)
    process.exit(0)
  }
  // Listens for changes from every process on this database; until it does, nothing is cached.
  await publicCache()?.ensureListening(payload)

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
      ['public cache', () => closePublicCache()],
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
  // Anonymous reads the public cache holds: answered here, before compression, admission and Next.
  app.use(serveCachedAnswers(payload))
  // What the cache did not answer: a few API reads at a time, the rest wait briefly or get 503.
  app.use(admission())
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
  if (role.kind === 'worker') {
    payload.logger.info(`Worker ${role.slot} ready (pid ${process.pid})`)
    process.send?.({ type: 'cms-worker-ready', base } satisfies WorkerReady)
    return
  }
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
