import type { Payload } from 'payload'

/**
 * The database adapter as the endpoints with SQL of their own see it (search, offer search, the
 * dashboard's counts): its pg pool. Typed here rather than imported from `@payloadcms/db-postgres`,
 * which the plugin package does not depend on at runtime (`npm run check:package`).
 */
export type PostgresDb = {
  pool: { query: <Row>(text: string, values: unknown[]) => Promise<{ rows: Row[] }> }
}

/** The adapter of a Payload on PostgreSQL, for plain SQL on its pool. */
export const postgresDbOf = (payload: Payload): PostgresDb => payload.db as unknown as PostgresDb
