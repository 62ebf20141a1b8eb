import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

type PooledClient = { release: (destroy?: boolean) => void }
type PoolInternals = { _clients: PooledClient[]; _idle: Array<{ client: PooledClient }> }

/**
 * Closes Payload's connection pool. destroy() alone leaves the pool open, and the adapter
 * checks out one connection at start-up that it never releases, so pool.end() by itself
 * would wait forever: connections still checked out are released (and destroyed) first.
 * Call it only once no request is running.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  await payload.destroy()
  if (!pool || pool.ended || pool.ending) return
  const internals = pool as unknown as PoolInternals
  const idle = new Set(internals._idle.map((item) => item.client))
  for (const client of internals._clients) if (!idle.has(client)) client.release(true)
  await pool.end()
}
