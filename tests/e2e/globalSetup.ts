import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { type ServerProcess, startServer } from '../helpers/serverProcess'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Builds the app as `npm run build` does (skip with E2E_SKIP_BUILD=1 when a build is
 * current) and starts it as `npm start` does, on its own embedded PostgreSQL with an empty
 * database, so that the browser meets exactly what a new installation shows.
 */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-'))
  let server: ServerProcess | undefined
  try {
    server = await startServer(
      {
        NODE_ENV: 'production',
        NEXT_DIST_DIR: '.next',
        DATABASE_URL: undefined,
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        DATA_DIR: dataDir,
        MEDIA_DIR: path.join(dataDir, 'media'),
        LOG_LEVEL: 'info',
      },
      90_000,
      { bundle: true },
    )
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  project.provide('baseUrl', server.url)
  return async () => {
    await server?.stop('SIGTERM')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
