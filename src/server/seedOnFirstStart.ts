import { spawn } from 'node:child_process'

import type { Payload } from 'payload'

/**
 * On the first development start against an empty database (no users, no districts),
 * runs `seeds/cli.ts --if-empty --demo-users` so that a new user finds the five networks
 * and demo logins. Never in production, where seeding is an explicit `npm run seed`.
 * Run as its own process: the server does not import the seeds (see ARCHITECTURE.md).
 */
export const seedOnFirstStart = async (payload: Payload, { dev }: { dev: boolean }): Promise<void> => {
  if (!dev || process.env.SEED_ON_FIRST_START === 'false') return
  const [users, districts] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'districts', overrideAccess: true }),
  ])
  if (users.totalDocs > 0 || districts.totalDocs > 0) return

  payload.logger.info('Empty database: seeding the districts, the five networks and demo logins …')
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seeds/cli.ts', '--if-empty', '--demo-users'], {
      stdio: 'inherit',
      env: process.env,
    })
    child.on('error', reject)
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
  })
  // A failed seed leaves an empty but working CMS; the operator can rerun `npm run seed`.
  if (code !== 0) payload.logger.error(`The first-start seed failed (exit code ${code}); run npm run seed.`)
}
