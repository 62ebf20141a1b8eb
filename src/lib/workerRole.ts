import type { Env } from './env'

/**
 * What this process is, as the primary process (src/server/superviseWorkers.ts) tells its
 * children through the environment: nothing set is the one process of WEB_CONCURRENCY=1.
 */
export type WorkerRole =
  /** The only process: migrates, seeds, runs the jobs and serves. */
  | { kind: 'single' }
  /** Forked once before the workers: migrates and seeds, then exits. */
  | { kind: 'prepare' }
  /** One of several serving processes; exactly one of them runs the job queue. */
  | { kind: 'worker'; slot: number; runsJobs: boolean }

export const WORKER_SLOT = 'CMS_WORKER_SLOT'
export const WORKER_RUNS_JOBS = 'CMS_WORKER_RUNS_JOBS'
export const WORKER_PREPARES = 'CMS_WORKER_PREPARES'

export const workerRole = (env: Env = process.env): WorkerRole => {
  if (env[WORKER_PREPARES] === 'true') return { kind: 'prepare' }
  const slot = Number(env[WORKER_SLOT])
  if (Number.isInteger(slot) && slot > 0)
    return { kind: 'worker', slot, runsJobs: env[WORKER_RUNS_JOBS] === 'true' }
  return { kind: 'single' }
}

/** Whether this process runs the job queue: the only process, or the one worker chosen for it. */
export const runsJobs = (env: Env = process.env): boolean => {
  const role = workerRole(env)
  return role.kind === 'single' || (role.kind === 'worker' && role.runsJobs)
}

/** A worker's message to the primary once it listens. */
export type WorkerReady = { type: 'cms-worker-ready'; base: string }
export const isWorkerReady = (message: unknown): message is WorkerReady =>
  typeof message === 'object' && message !== null && (message as WorkerReady).type === 'cms-worker-ready'
