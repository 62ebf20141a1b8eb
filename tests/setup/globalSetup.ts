import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    adminDatabaseUrl: string
    mediaDir: string
    payloadSecret: string
  }
}

/**
 * One fresh database per test run, migrated like production, with one state admin, dropped afterwards even when
 * tests fail. Uploads go to a temporary directory so that the real media/ stays untouched.
 */
export default async function setup(project: TestProject) {
  const server = await startTestServer()
  const name = uniqueDatabaseName()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-media-'))
  const payloadSecret = crypto.randomBytes(32).toString('hex')
  process.env.PAYLOAD_SECRET = payloadSecret
  process.env.MEDIA_DIR = mediaDir
  process.env.LOG_LEVEL ??= 'warn'

  let url: string | undefined
  try {
    url = await createDatabase(server.adminUrl, name)
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['tests/setup/prepareDatabase.ts'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    })
  } catch (error) {
    if (url) await dropDatabase(server.adminUrl, name).catch(() => {})
    await server.stop()
    throw error
  }
  console.log(`Test database ${name} on the ${server.kind} server`)

  project.provide('databaseUrl', url)
  project.provide('adminDatabaseUrl', server.adminUrl)
  project.provide('mediaDir', mediaDir)
  project.provide('payloadSecret', payloadSecret)

  return async () => {
    await dropDatabase(server.adminUrl, name)
    await server.stop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}
