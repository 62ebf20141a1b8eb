import os from 'node:os'

import { ConfigError } from './configError'
import type { Env } from './env'

/** More worker processes than this is a typo, not a plan: each holds its own Payload and pool. */
const MAX_WORKERS = 64

/**
 * How many worker processes serve HTTP, from `WEB_CONCURRENCY` (the name Heroku and others
 * use). Unset: one per core in production, where the cores are there to be used; one elsewhere,
 * where a second development server would compile everything twice.
 */
export const webConcurrency = (env: Env = process.env, cores = os.availableParallelism()): number => {
  const raw = env.WEB_CONCURRENCY?.trim()
  if (!raw) return env.NODE_ENV === 'production' ? Math.min(cores, MAX_WORKERS) : 1
  const workers = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new ConfigError(
      `WEB_CONCURRENCY must be a whole number of worker processes between 1 and ${MAX_WORKERS}, got "${env.WEB_CONCURRENCY}".`,
    )
  }
  return workers
}
