import cluster, { type Worker } from 'node:cluster'
import os from 'node:os'

import { type Database, openDatabase } from '../db/openDatabase'
import { logLevel } from '../lib/logLevel'
import { payloadLogger } from '../lib/payloadLogger'
import { isWorkerReady, WORKER_PREPARES, WORKER_RUNS_JOBS, WORKER_SLOT } from '../lib/workerRole'
import { SHUTDOWN_DEADLINE_MS } from './gracefulShutdown'

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity }

/**
 * The primary's own lines, shaped like pino's (pino is Payload's, not ours): JSON in production,
 * through the same pretty printer as the workers' elsewhere. The primary loads neither Payload
 * nor Next, so that it stays small.
 */
const primaryLogger = () => {
  const threshold = LEVELS[logLevel()]
  const destination = payloadLogger(logLevel()).destination ?? process.stdout
  const write = (level: number) => (msg: string) => {
    if (level < threshold) return
    destination.write(
      `${JSON.stringify({ level, time: Date.now(), pid: process.pid, hostname: os.hostname(), name: 'cms primary', msg })}\n`,
    )
  }
  return { info: write(LEVELS.info), warn: write(LEVELS.warn), error: write(LEVELS.error) }
}

/** Restarts after a crash wait this long, doubled for each crash of a worker that lived under a minute. */
const FIRST_RESTART_DELAY_MS = 500
const MAX_RESTART_DELAY_MS = 30_000
const STABLE_AFTER_MS = 60_000
/** A worker that outlives the graceful shutdown's own deadline is killed. */
const KILL_AFTER_MS = SHUTDOWN_DEADLINE_MS + 2_000

type Slot = {
  worker?: Worker
  startedAt: number
  /** Crashes in a row, each within a minute of its start. */
  crashes: number
  ready: boolean
  restart?: NodeJS.Timeout
}

/**
 * WEB_CONCURRENCY > 1: this process starts the embedded PostgreSQL (unless DATABASE_URL is
 * set), has the migrations and the first-start seed run once by a short-lived child, then forks
 * `workers` processes that share the port (node:cluster) and each run Payload and Next. Worker
 * 1 runs the job queue, and so does whichever process replaces it. Crashed workers come back,
 * later each time they crash again soon. SIGTERM/SIGINT go to every worker, which shut down
 * gracefully; then the database server stops.
 */
export const superviseWorkers = async ({
  workers,
  dev,
}: {
  workers: number
  dev: boolean
}): Promise<void> => {
  const log = primaryLogger()
  let stopping = false
  const slots = new Map<number, Slot>()
  let preparing: Worker | undefined
  let announced = false

  const live = () => [...slots.values()].flatMap(({ worker }) => (worker && !worker.isDead() ? [worker] : []))

  const stop = async (signal: NodeJS.Signals | undefined, code: number) => {
    if (stopping) return
    stopping = true
    if (signal) log.info(`${signal} received: stopping ${live().length} workers`)
    for (const slot of slots.values()) clearTimeout(slot.restart)
    const all = [...live(), ...(preparing && !preparing.isDead() ? [preparing] : [])]
    const exits = all.map((worker) => new Promise<number | null>((resolve) => worker.once('exit', resolve)))
    for (const worker of all) worker.process.kill(signal ?? 'SIGTERM')
    const killer = setTimeout(() => {
      for (const worker of live()) {
        log.error(`Worker (pid ${worker.process.pid}) did not stop within ${KILL_AFTER_MS} ms: killing it`)
        worker.process.kill('SIGKILL')
      }
    }, KILL_AFTER_MS)
    const codes = await Promise.all(exits)
    clearTimeout(killer)
    const database = await opening.catch(() => undefined)
    await database?.stop().catch((error: unknown) => {
      log.error(`Stopping the database server failed: ${String(error)}`)
      code = 1
    })
    if (signal) log.info('All workers stopped')
    process.exit(codes.every((exit) => exit === 0) ? code : 1)
  }
  const opening: Promise<Database> = openDatabase((line) => log.info(line))
  process.on('SIGTERM', (signal) => void stop(signal, 0))
  process.on('SIGINT', (signal) => void stop(signal, 0))
  const database = await opening
  if (stopping) return
  // The children find the database, and the number of workers (their share of the write
  // places, src/lib/writeSlots.ts), in the environment they inherit.
  process.env.DATABASE_URL = database.url
  process.env.WEB_CONCURRENCY = String(workers)

  preparing = cluster.fork({ [WORKER_PREPARES]: 'true' })
  const prepared = await new Promise<number | null>((resolve) => preparing!.once('exit', resolve))
  preparing = undefined
  if (stopping) return
  if (prepared !== 0) {
    log.error(`Cannot start: migrating the database failed (exit code ${prepared})`)
    return stop(undefined, 1)
  }

  // In development each worker runs its own Next development server, which wants a build
  // directory of its own; in production they all serve the one build.
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const fork = (slotNumber: number) => {
    const slot = slots.get(slotNumber)!
    const runsJobs = slotNumber === 1
    const worker = cluster.fork({
      [WORKER_SLOT]: String(slotNumber),
      [WORKER_RUNS_JOBS]: String(runsJobs),
      ...(dev ? { NEXT_DIST_DIR: `${distDir}-worker-${slotNumber}` } : {}),
    })
    Object.assign(slot, { worker, startedAt: Date.now(), ready: false })
    log.info(
      `Worker ${slotNumber} started (pid ${worker.process.pid})${runsJobs ? ', runs the job queue' : ''}`,
    )
    worker.on('message', (message: unknown) => {
      if (!isWorkerReady(message)) return
      slot.ready = true
      if (!announced && [...slots.values()].every(({ ready }) => ready)) {
        announced = true
        log.info(
          `CMS ready (${dev ? 'development' : 'production'}, ${workers} workers): admin at ${message.base}/admin, API at ${message.base}/api`,
        )
      }
    })
    worker.once('exit', (code, signal) => {
      if (stopping) return
      const how = signal ? `signal ${signal}` : `code ${code}`
      if (!announced) {
        // A worker that cannot start (a port in use, a broken build) will not start next time either.
        log.error(`Cannot start: worker ${slotNumber} exited with ${how} before it was ready`)
        void stop(undefined, 1)
        return
      }
      slot.crashes = Date.now() - slot.startedAt < STABLE_AFTER_MS ? slot.crashes + 1 : 0
      const delay = Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** slot.crashes)
      log.error(
        `Worker ${slotNumber} (pid ${worker.process.pid}) exited with ${how}: restarting it in ${delay} ms`,
      )
      slot.restart = setTimeout(() => fork(slotNumber), delay)
    })
  }
  for (let slotNumber = 1; slotNumber <= workers; slotNumber++) {
    slots.set(slotNumber, { startedAt: Date.now(), crashes: 0, ready: false })
  }
  for (const slotNumber of slots.keys()) fork(slotNumber)
}
