import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Env } from '../../src/lib/env'
import { type ServerProcess, startServer } from '../helpers/serverProcess'

/**
 * The bundle of `npm run build` started as `npm start` does, on its own embedded PostgreSQL with
 * an empty database and its own data directory, so that the browser meets exactly what a new
 * installation shows. `env` adds to that (SERVER_URL, SMTP_URL, a PORT to know the address
 * before the start). `stop` ends the server and removes its data.
 */
export const startProductionServer = async (
  env: Env = {},
): Promise<{ server: ServerProcess; stop: () => Promise<void> }> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-'))
  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true })
  try {
    const server = await startServer(
      {
        NODE_ENV: 'production',
        NEXT_DIST_DIR: '.next',
        DATABASE_URL: undefined,
        PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
        DATA_DIR: dataDir,
        MEDIA_DIR: path.join(dataDir, 'media'),
        LOG_LEVEL: 'info',
        ...env,
      },
      90_000,
      { bundle: true },
    )
    return {
      server,
      stop: async () => {
        await server.stop('SIGTERM')
        removeData()
      },
    }
  } catch (error) {
    removeData()
    throw error
  }
}
