import crypto from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import {
  APIError,
  AuthenticationError,
  type CollectionAfterForgotPasswordHook,
  type CollectionBeforeOperationHook,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { CLIENT_ADDRESS_HEADER } from '../../../src/lib/clientAddress'
import { message } from '../../../src/lib/message'
import { clearSignInAttempts, countSignInAttempt } from '../../../src/lib/signInAttempts'
import { TOO_MANY_ATTEMPTS } from '../signInMessages'

type Window = { limit: number; windowMs: number }

/** Attempts per client address; the account lockout (5 wrong passwords) comes on top. */
export const SIGN_IN_LIMITS: Record<string, Window> = {
  login: { limit: 10, windowMs: 60_000 },
  forgotPassword: { limit: 5, windowMs: 60 * 60_000 },
  resetPassword: { limit: 10, windowMs: 60 * 60_000 },
  unlock: { limit: 5, windowMs: 60 * 60_000 },
}

export class TooManyAttempts extends APIError {
  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    super(
      message(req, TOO_MANY_ATTEMPTS.de, TOO_MANY_ATTEMPTS.en),
      429,
      { retryAfter: retryAfterSeconds },
      true,
    )
  }
}

/**
 * Counts in PostgreSQL (src/lib/signInAttempts.ts), not in the process: with several worker
 * processes or instances a per-process count let every worker allow the full number. Through
 * the pool, outside the operation's transaction, which a failed login rolls back.
 */
const poolOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool

/** Counts one attempt; the seconds to wait when over the limit, else 0. */
const attempt = async (payload: Payload, key: string, { limit, windowMs }: Window): Promise<number> => {
  const { count, secondsLeft } = await countSignInAttempt(poolOf(payload), key, windowMs)
  return count > limit ? secondsLeft : 0
}

/** Forgets every count (tests only). */
export const resetSignInCounters = (payload: Payload) => clearSignInAttempts(poolOf(payload))

/** Payload's current password hashing (pbkdf2-sha256, 600,000 rounds, 32 bytes) on a throwaway salt. */
const hashLikePayload = (password: string) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32, 'sha256', () => resolve()),
  )

const findAccount = (req: PayloadRequest, email: unknown) =>
  typeof email === 'string' && email.trim()
    ? req.payload.db.findOne<{
        id: number
        lockUntil?: string | null
        resetPasswordRequestedAt?: string | null
      }>({
        collection: 'users',
        where: { email: { equals: email.toLowerCase().trim() } },
        req,
      })
    : Promise.resolve(null)

/**
 * A wrong password costs a password hash; an unknown address cost nothing (25 ms against
 * 370 ms), and a locked account answered at once with its own message: both told which
 * addresses have accounts. Now all three take a hash and get the same answer.
 */
const equaliseLogin = async (req: PayloadRequest, data: Record<string, unknown>) => {
  if (typeof data.password !== 'string' || !data.password) return
  const account = await findAccount(req, data.email)
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (account && !locked) return
  await hashLikePayload(data.password)
  if (locked) throw new AuthenticationError(req.t)
}

/** How long the latest forgot-password requests for real accounts took, in ms. */
const forgotPasswordTimes = ((globalThis as Record<symbol, number[]>)[
  Symbol.for('integrationsnetzwerke.forgotPasswordTimes')
] ??= [])
const typicalForgotPasswordMs = () =>
  forgotPasswordTimes.length
    ? [...forgotPasswordTimes].sort((a, b) => a - b)[forgotPasswordTimes.length >> 1]!
    : 100
/** When a request for a real account started (the operation's own `req`; its context is replaced on the way). */
const forgotPasswordStarted = new WeakMap<PayloadRequest, number>()

/**
 * Forgot-password answers the same for unknown addresses, but it answered faster (no token
 * written, no mail sent). Requests that send no mail now wait about as long as the ones that do.
 */
const equaliseForgotPassword = async (req: PayloadRequest, data: Record<string, unknown>) => {
  const started = Date.now()
  const account = await findAccount(req, data.email)
  const interval = req.payload.collections.users.config.auth.forgotPassword?.minRequestInterval ?? 15_000
  const requestedAt = account?.resetPasswordRequestedAt
    ? new Date(account.resetPasswordRequestedAt).getTime()
    : 0
  if (account && requestedAt <= started - interval) {
    forgotPasswordStarted.set(req, started)
    return
  }
  const until = started + typicalForgotPasswordMs() * (0.9 + Math.random() * 0.2)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now())))
}

export const recordForgotPasswordTime: CollectionAfterForgotPasswordHook = ({ args }) => {
  const started = forgotPasswordStarted.get((args as { req: PayloadRequest }).req)
  if (!started) return
  forgotPasswordTimes.push(Math.min(3000, Date.now() - started))
  if (forgotPasswordTimes.length > 15) forgotPasswordTimes.shift()
}

/**
 * Sign-in operations, however they arrive (any spelling of the REST path, GraphQL aliases, one
 * per alias): counted per client address, and answered so that they do not tell whether an
 * account exists. The address comes from the express server (src/lib/clientAddress.ts); calls
 * without it (the Local API, tests of the route handlers) are not counted.
 */
export const guardSignIn: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  const window = SIGN_IN_LIMITS[operation]
  if (!window) return args
  const address = req.headers?.get(CLIENT_ADDRESS_HEADER)
  if (address) {
    const wait = await attempt(req.payload, `${operation}:${address}`, window)
    if (wait) {
      req.responseHeaders = new Headers({ 'Retry-After': String(wait) })
      throw new TooManyAttempts(req, wait)
    }
  }
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  if (operation === 'login') await equaliseLogin(req, data)
  if (operation === 'forgotPassword') await equaliseForgotPassword(req, data)
  return args
}
