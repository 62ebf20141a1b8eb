import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

const TIMEOUT_MS = 2000

export type DatabaseCheck = { ok: true } | { ok: false; reason: string }

/** Whether the database answers a trivial query within two seconds. */
export const checkDatabase = async (payload: Payload): Promise<DatabaseCheck> => {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      pool.query('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
      }),
    ])
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: `database unreachable: ${(error as Error).message}` }
  } finally {
    clearTimeout(timer)
  }
}
