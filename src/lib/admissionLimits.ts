import { ConfigError } from './configError'
import type { Env } from './env'

/**
 * Production's defaults, per worker process (one per core). Payload's work on a read is
 * JavaScript on the process's one thread: 32 reads at once take 32 times as long each (the
 * benchmark's 32 parallel directories, 0.36 s alone, got no answer within 10 s). Two at once let
 * one compute while the other waits for PostgreSQL; more only stretch everybody's time. Measured
 * with a stand-in (270 ms of JavaScript and three 30 ms queries a request, 32 clients, one
 * process, a busy 2-core machine): one at once 1.6 answers/s, two 2.6/s with p99 2.0 s, three
 * and four p99 4.5 and 9 s, no limit p99 17 s. A waiter gets in within a second or is told to come
 * back, so that a directory (p99 0.6 s alone, about twice that beside another) is answered within
 * 2 s. Up to 64 may wait: a line that is refused at once (it was 16) turned 32 clients that retry
 * without pause into a storm of refusals that took the CPU from the admitted work (9 answers/s for
 * the benchmark's actor list on one worker, against 16 with one client); waiting clients cost
 * nothing, and those that cannot get in within the second still hear so then.
 *
 * Elsewhere admission is off unless asked for: a development server compiles a route on its first
 * request for 20–30 s, and its one developer would get 503s for the requests behind it.
 */
export const ADMISSION_DEFAULTS = { concurrency: 2, maxWaitMs: 1000, maxWaiting: 64 } as const

const wholeNumber = (env: Env, name: string, fallback: number, max: number, unit: string): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value > max) {
    throw new ConfigError(`${name} must be a whole number of ${unit} from 0 to ${max}, got "${env[name]}".`)
  }
  return value
}

/**
 * How many API reads each process admits at once (`ADMISSION_CONCURRENCY`, 0 = no admission
 * control, the default outside production), how many may wait (`ADMISSION_MAX_QUEUE`) and for how long (`ADMISSION_MAX_WAIT_MS`)
 * before they are answered 503 (src/server/admission.ts).
 */
export const admissionLimits = (env: Env = process.env) => ({
  concurrency: wholeNumber(
    env,
    'ADMISSION_CONCURRENCY',
    env.NODE_ENV === 'production' ? ADMISSION_DEFAULTS.concurrency : 0,
    1000,
    'requests',
  ),
  maxWaiting: wholeNumber(env, 'ADMISSION_MAX_QUEUE', ADMISSION_DEFAULTS.maxWaiting, 100_000, 'requests'),
  maxWaitMs: wholeNumber(env, 'ADMISSION_MAX_WAIT_MS', ADMISSION_DEFAULTS.maxWaitMs, 600_000, 'milliseconds'),
})
