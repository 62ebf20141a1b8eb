import { type CollectionSlug, createLocalReq, type Payload } from 'payload'

import { districtsOf } from '../../access/districtsGranting'
import { writeAuditEntry } from './writeAuditEntry'

type UpdateArgs = { collection?: string; id?: number | string; data?: Record<string, unknown> }

const OBSERVED = Symbol.for('integrationsnetzwerke.auditLog.signInFailures')

/**
 * Failed sign-ins and lockouts. Payload 3.90 runs no hook for them: its login operation counts a
 * wrong password with `incrementLoginAttempts` (auth/strategies/local), a database update outside
 * any transaction, and throws. That update is where both are observable, whatever route the
 * attempt took (REST in any spelling, GraphQL aliases, the Local API): `loginAttempts: { $inc }`
 * (or set to 1 after an expired lock) is a failed attempt; a `lockUntil` set to a time is the
 * lockout. Attempts on unknown addresses change no account and are not recorded (what someone
 * typed is not kept; the sign-in rate limit counts them).
 */
export const observeSignInFailures = (payload: Payload, accounts: CollectionSlug): void => {
  const db = payload.db as unknown as Record<string | symbol, unknown> & {
    updateOne: (args: UpdateArgs) => Promise<unknown>
  }
  if (db[OBSERVED]) return
  db[OBSERVED] = true
  const updateOne = db.updateOne
  db.updateOne = async function (this: unknown, args: UpdateArgs) {
    const result = await updateOne.call(this, args)
    const data = args?.data
    if (args?.collection !== accounts || !data || args.id === undefined) return result
    const keys = Object.keys(data)
    const increment = typeof data.loginAttempts === 'object' && data.loginAttempts !== null
    const restart = data.loginAttempts === 1 && data.lockUntil === null && keys.length === 2
    const failed = increment || restart
    const locked = typeof data.lockUntil === 'string' && (increment || keys.length === 1)
    if (failed || locked) {
      const account = await payload.db.findOne<{ id: number; email?: string; name?: string }>({
        collection: accounts,
        where: { id: { equals: args.id } },
      })
      if (account) {
        // Its own transaction, like the count it follows: the failed login rolls back its own.
        const req = await createLocalReq({}, payload)
        const about = {
          collection: accounts,
          documentId: account.id,
          title: account.email ?? null,
          districts: districtsOf(account as never),
        }
        if (failed) await writeAuditEntry(req, { action: 'loginFailed', ...about }, account)
        if (locked) await writeAuditEntry(req, { action: 'lockout', ...about }, account)
      }
    }
    return result
  }
}
