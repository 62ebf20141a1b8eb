import fs from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'
import { testPayload } from '../helpers/payload'

const migrationsDir = path.resolve(import.meta.dirname, '../../migrations')

describe('migrations', () => {
  it('are all registered in migrations/index.ts', () => {
    const files = fs
      .readdirSync(migrationsDir)
      .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    expect(migrations.map((m) => m.name).sort()).toEqual(files.sort())
  })

  it('describe exactly the schema of payload.config.ts (no forgotten migration)', async () => {
    const payload = await testPayload()
    const adapter = payload.db as unknown as PostgresAdapter
    const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
    // The same comparison `payload migrate:create` makes: the newest migration's schema
    // snapshot against the schema built from the config now.
    const latest = migrations.at(-1)!.name
    const snapshot = JSON.parse(fs.readFileSync(path.join(migrationsDir, `${latest}.json`), 'utf8'))
    const current = generateDrizzleJson(adapter.schema)
    const statements = await generateMigration(snapshot, current)
    expect(statements, 'the config changed: run `npm run migrate:create` and commit the migration').toEqual(
      [],
    )
  })

  it('were all applied to the test database', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 1000, pagination: false })
    expect(docs.map((doc) => doc.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })
})
