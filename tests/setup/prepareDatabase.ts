/**
 * Applies the committed migrations to the database in DATABASE_URL, as `npm start` would,
 * and creates the state admin. With an admin in place no test depends on being the first
 * user (who becomes admin automatically), whatever order the test files run in.
 *
 * Run as its own process (tsx) by the global setup: importing the Payload config inside
 * vitest's main process hangs now and then.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { closePayload } from '../../src/db/closePayload'
import { runMigrations } from '../../src/db/runMigrations'
import { TEST_ADMIN } from './testAdmin'

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  await payload.create({ collection: 'users', data: { ...TEST_ADMIN, name: 'Landesadministration (Test)' } })
} finally {
  await closePayload(payload)
}
