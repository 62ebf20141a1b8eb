import type { Pool } from 'pg'

/**
 * The table that counts sign-in attempts (migration `sign_in_attempts`). Payload's schema does
 * not know it: the database adapter's `tablesFilter` keeps a schema push from dropping it.
 */
export const SIGN_IN_ATTEMPTS_TABLE = 'sign_in_attempts'

type Database = Pick<Pool, 'query'>

/** Expired counts are deleted at most once a minute per process, not on every attempt. */
const SWEEP_EVERY_MS = 60_000
let lastSweep = 0

/**
 * Counts one attempt under `key` in a window of `windowMs` and answers the count so far and the
 * seconds until the window ends. One statement, so that attempts arriving at the same moment
 * at several worker processes or instances are each counted; PostgreSQL's clock decides when a
 * window ends, so that instances with clocks apart agree.
 */
export const countSignInAttempt = async (
  db: Database,
  key: string,
  windowMs: number,
): Promise<{ count: number; secondsLeft: number }> => {
  if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
    lastSweep = Date.now()
    await db.query(`DELETE FROM ${SIGN_IN_ATTEMPTS_TABLE} WHERE reset_at <= now()`)
  }
  const { rows } = await db.query<{ count: number; seconds_left: string }>(
    `INSERT INTO ${SIGN_IN_ATTEMPTS_TABLE} AS a (key, count, reset_at)
       VALUES ($1, 1, now() + make_interval(secs => $2::double precision / 1000))
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN a.reset_at <= now() THEN 1 ELSE a.count + 1 END,
       reset_at = CASE WHEN a.reset_at <= now() THEN excluded.reset_at ELSE a.reset_at END
     -- reset_at keeps milliseconds, now() microseconds: rounded first, a 60 s window says 60, not 61.
     RETURNING count, ceil(round(extract(epoch FROM reset_at - now()), 3)) AS seconds_left`,
    [key, windowMs],
  )
  const row = rows[0]!
  // A transaction that began a moment before the one that opened the window sees that window end
  // more than windowMs after its own now(): the answer never exceeds the window.
  const secondsLeft = Math.min(Math.ceil(windowMs / 1000), Number(row.seconds_left))
  return { count: row.count, secondsLeft: Math.max(1, secondsLeft) }
}

/** Forgets every count (tests only). */
export const clearSignInAttempts = async (db: Database): Promise<void> => {
  await db.query(`DELETE FROM ${SIGN_IN_ATTEMPTS_TABLE}`)
}
