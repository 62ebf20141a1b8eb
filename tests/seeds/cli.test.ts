import { spawn } from 'node:child_process'

import { describe, expect, inject, it } from 'vitest'

/** Runs `seeds/cli.ts` as `npm run seed` does (DATABASE_URL given), with stdin not a terminal. */
const runCli = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seeds/cli.ts', ...args], {
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })

// Each test starts Node with tsx: on a busy machine that alone takes longer than the default 30 s.
describe('npm run seed', () => {
  it('refuses demo users in production before touching the database', { timeout: 120_000 }, async () => {
    const { code, output } = await runCli(['--demo-users'], { NODE_ENV: 'production' })
    expect(code).toBe(2)
    expect(output).toContain('Demo users are never created in production')
  })

  it(
    'deletes nothing on --reset without confirmation when nobody can answer',
    { timeout: 120_000 },
    async () => {
      const { code, output } = await runCli(['--reset'])
      expect(output).toMatch(/This deletes \d+ documents/)
      expect(output).toContain('Not confirmed: nothing deleted. Pass --yes to confirm without asking.')
      expect(code).toBe(1)
    },
  )

  it('explains its options', { timeout: 120_000 }, async () => {
    const { code, output } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(output).toContain('--reset')
    expect(output).toContain('--demo-users')
  })

  it('names an unknown option instead of ignoring it', { timeout: 120_000 }, async () => {
    const { code, output } = await runCli(['--rest'])
    expect(code).toBe(1)
    expect(output).toContain("Unknown option '--rest'")
  })
})
