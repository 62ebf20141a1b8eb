/**
 * Runs a command with DATABASE_URL pointing at the CMS database: the configured one,
 * or the embedded server, started for the command and stopped after it.
 *
 *   tsx src/scripts/withDatabase.ts payload migrate
 */
import { spawn } from 'node:child_process'

import nextEnv from '@next/env'

import { openDatabase } from '../db/openDatabase'
import { ConfigError } from '../lib/configError'

const main = async (): Promise<number> => {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    console.error('usage: tsx src/scripts/withDatabase.ts <command> [args…]')
    return 2
  }
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
  // A running CMS keeps its embedded server: the command connects to it instead of refusing.
  const database = await openDatabase((line) => console.error(line), process.env, { attach: true })
  try {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: database.url },
    })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    return await new Promise<number>((resolve, reject) => {
      child.on('error', reject)
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    })
  } finally {
    await database.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error)
    process.exit(1)
  },
)
