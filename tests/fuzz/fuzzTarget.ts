import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { captureCommand, freePort, runCommand, startService } from '../../bench/lib/processes'
import { hasProductionBuild, productionServerArgs } from '../../src/server/productionServer'
import { createDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from '../setup/testDatabase'

/** The server under attack, and what the checksum needs to see its data. */
export type Target = {
  url: string
  host: string
  port: number
  databaseUrl?: string
  mediaDir?: string
  logFile?: string
  description: string
  stop: () => Promise<void>
}

const tsx = ['--import', 'tsx']

/** A server someone else runs (`--url`); its database only when given (`--database-url`). */
export const externalTarget = (url: string, databaseUrl?: string, mediaDir?: string): Target => {
  const parsed = new URL(url)
  // Requests go over a plain TCP socket, byte for byte (sendRaw.ts): no TLS.
  if (parsed.protocol !== 'http:') throw new Error(`--url must be an http:// address, got ${url}`)
  return {
    url: url.replace(/\/$/, ''),
    host: parsed.hostname,
    port: Number(parsed.port || 80),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(mediaDir ? { mediaDir } : {}),
    description: `running server at ${url}`,
    stop: async () => {},
  }
}

/**
 * The production build (built first when missing or asked for) on a fresh database of its
 * own: DATABASE_URL's server or a throwaway embedded PostgreSQL (tests/setup/testDatabase.ts),
 * migrated and seeded with the demo users (in development mode: the seed refuses demo users in
 * production), plus the fuzz fixtures; then `src/server/main.ts` with NODE_ENV=production, started
 * and awaited as the benchmark starts it (bench/lib/processes.ts). Uploads go to a temporary
 * directory. `stop` ends the server, drops the database and stops PostgreSQL.
 */
export const startOwnTarget = async (
  log: (line: string) => void,
  { build }: { build: boolean },
): Promise<Target> => {
  if (build || !hasProductionBuild()) {
    log('Building the production app (npm run build) …')
    await runCommand('npm', ['run', 'build'])
  } else {
    log(
      `Using the production build of ${fs.statSync('.next/BUILD_ID').mtime.toISOString()} (--build builds again).`,
    )
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-fuzz-'))
  const mediaDir = path.join(work, 'media')
  fs.mkdirSync(mediaDir)
  const logFile = path.join(work, 'server.log')
  const postgres = await startTestServer()
  const name = uniqueDatabaseName('cms_fuzz')
  const stops: Array<() => Promise<void>> = [
    async () => fs.rmSync(mediaDir, { recursive: true, force: true }),
    () => postgres.stop(),
  ]
  const stop = async () => {
    for (const step of stops.splice(0).reverse())
      await step().catch((error: unknown) => log(`Cleanup: ${String(error)}`))
  }
  try {
    const databaseUrl = await createDatabase(postgres.adminUrl, name)
    stops.push(() => dropDatabase(postgres.adminUrl, name))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      MEDIA_DIR: mediaDir,
      LOG_LEVEL: 'warn',
      // The fuzz and soak suites count every answer >= 500 as a failure: they measure what abuse
      // does to queueing, not how the server sheds load (tests/server/admission.test.ts does), so
      // reads wait for their admission place instead of getting 503 (docs/production.md).
      ADMISSION_MAX_WAIT_MS: '30000',
      ADMISSION_MAX_QUEUE: '1000',
    }
    // The seed refuses demo users in production: it runs with NODE_ENV unset.
    const development = { ...env, NODE_ENV: undefined } as unknown as NodeJS.ProcessEnv
    log(`Database ${name} on the ${postgres.kind} server: migrating and seeding (with demo users) …`)
    await captureCommand(process.execPath, [...tsx, 'seeds/cli.ts', '--demo-users'], development)
    await captureCommand(process.execPath, [...tsx, 'tests/fuzz/prepareFixtures.ts'], development)

    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const server = await startService(
      'the CMS',
      productionServerArgs(),
      { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', SERVER_URL: url },
      port,
      '/readyz',
      logFile,
    )
    stops.push(() => server.stop())
    log(`Production server ready in ${(server.readyMs / 1000).toFixed(1)} s at ${url} (log: ${logFile}).`)
    return {
      url,
      host: '127.0.0.1',
      port,
      databaseUrl,
      mediaDir,
      logFile,
      description: `production build on a fresh database (${name}, ${postgres.kind} PostgreSQL)`,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
