import { ConfigError } from '../configError'
import type { Env } from '../env'

/** How the nightly link check visits the web addresses of published content (checkUrl.ts). */
export type LinkCheckSettings = {
  /** Addresses checked at once. */
  concurrency: number
  /** Per request (connection to the last header byte); a redirect is a request of its own. */
  timeoutMs: number
  /**
   * Whether addresses on loopback, private and link-local networks may be visited. Off by default:
   * an editor's link must not make the server probe its own network (metadata services, the
   * database, an intranet) and show what answers there. On for tests and for intranets whose
   * content links to internal servers on purpose.
   */
  allowPrivate: boolean
}

export const DEFAULT_LINK_CHECK: LinkCheckSettings = {
  concurrency: 4,
  timeoutMs: 10_000,
  allowPrivate: false,
}

/**
 * The bounds of the numbers: more than 32 at once would look like an attack to the servers asked;
 * a minute without an answer is a dead server, not a slow one.
 */
export const LINK_CHECK_LIMITS = {
  concurrency: { min: 1, max: 32 },
  timeoutMs: { min: 1, max: 60_000 },
} as const

/** Whether a number fits its bound; whole numbers only. */
export const withinLimit = (name: keyof typeof LINK_CHECK_LIMITS, value: number) =>
  Number.isInteger(value) && value >= LINK_CHECK_LIMITS[name].min && value <= LINK_CHECK_LIMITS[name].max

const number = (env: Env, variable: string, name: keyof typeof LINK_CHECK_LIMITS, meaning: string) => {
  const raw = env[variable]?.trim()
  if (!raw) return DEFAULT_LINK_CHECK[name]
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!withinLimit(name, value)) {
    const { min, max } = LINK_CHECK_LIMITS[name]
    throw new ConfigError(
      `${variable} must be a whole number between ${min} and ${max} (${meaning}), got "${env[variable]}".`,
    )
  }
  return value
}

const SWITCH: Record<string, boolean> = {
  true: true,
  on: true,
  '1': true,
  false: false,
  off: false,
  '0': false,
}

/**
 * The link check from LINK_CHECK_CONCURRENCY (default 4), LINK_CHECK_TIMEOUT_MS (default 10000)
 * and LINK_CHECK_ALLOW_PRIVATE (default off). A wrong value stops the start naming the variable.
 */
export const linkCheckFromEnv = (env: Env = process.env): LinkCheckSettings => {
  const rawPrivate = env.LINK_CHECK_ALLOW_PRIVATE?.trim().toLowerCase()
  const allowPrivate = rawPrivate ? SWITCH[rawPrivate] : DEFAULT_LINK_CHECK.allowPrivate
  if (allowPrivate === undefined) {
    throw new ConfigError(
      `LINK_CHECK_ALLOW_PRIVATE must be true or false, got "${env.LINK_CHECK_ALLOW_PRIVATE}".`,
    )
  }
  return {
    concurrency: number(env, 'LINK_CHECK_CONCURRENCY', 'concurrency', 'addresses checked at once'),
    timeoutMs: number(env, 'LINK_CHECK_TIMEOUT_MS', 'timeoutMs', 'milliseconds per request'),
    allowPrivate,
  }
}
