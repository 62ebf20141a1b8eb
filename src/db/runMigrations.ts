import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

/** Applies the committed migrations that the database has not seen yet. */
export const runMigrations = (payload: Payload): Promise<void> =>
  // migrations/index.ts is generated with narrower argument types than Migration declares.
  payload.db.migrate({ migrations: migrations as unknown as Migration[] })
