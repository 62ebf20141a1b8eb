import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { resetSignInCounters } from '../../collections/Users/hooks/guardSignIn'
import { countSignInAttempt, SIGN_IN_ATTEMPTS_TABLE } from '../../src/lib/signInAttempts'
import { unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'

let adapter: PostgresAdapter
let pool: Parameters<typeof countSignInAttempt>[0]

beforeAll(async () => {
  adapter = (await testPayload()).db as unknown as PostgresAdapter
  pool = adapter.pool!
})

describe('the shared sign-in counts', () => {
  it('counts attempts arriving at the same moment each once', async () => {
    const key = unique('login:gleichzeitig')
    const answers = await Promise.all(Array.from({ length: 20 }, () => countSignInAttempt(pool, key, 60_000)))
    expect(answers.map(({ count }) => count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
    for (const { secondsLeft } of answers) {
      expect(secondsLeft).toBeGreaterThan(55)
      expect(secondsLeft).toBeLessThanOrEqual(60)
    }
  })

  it('starts a new window once the old one has ended, and sweeps ended windows away', async () => {
    const key = unique('login:fenster')
    expect((await countSignInAttempt(pool, key, 300)).count).toBe(1)
    expect((await countSignInAttempt(pool, key, 300)).count).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await countSignInAttempt(pool, key, 60_000)).toMatchObject({ count: 1 })
    const ended = unique('login:vorbei')
    await pool.query(`INSERT INTO ${SIGN_IN_ATTEMPTS_TABLE} VALUES ($1, 3, now() - interval '1 minute')`, [
      ended,
    ])
    // The sweep runs at most once a minute per process; this process's first count swept already.
    await pool.query(`DELETE FROM ${SIGN_IN_ATTEMPTS_TABLE} WHERE reset_at <= now()`)
    expect(
      (await pool.query(`SELECT 1 FROM ${SIGN_IN_ATTEMPTS_TABLE} WHERE key = $1`, [ended])).rowCount,
    ).toBe(0)
  })

  it('forgets every count for tests', async () => {
    const key = unique('login:vergessen')
    await countSignInAttempt(pool, key, 60_000)
    await resetSignInCounters(await testPayload())
    expect((await countSignInAttempt(pool, key, 60_000)).count).toBe(1)
  })

  it('is left alone by a schema push, which compares with Payload’s schema only', async () => {
    const { pushSchema } = adapter.requireDrizzleKit()
    const { statementsToExecute } = (await pushSchema(
      adapter.schema,
      adapter.drizzle,
      undefined,
      (adapter as unknown as { tablesFilter?: string[] }).tablesFilter,
    )) as unknown as { statementsToExecute: string[] }
    expect(statementsToExecute.join('\n')).not.toContain(SIGN_IN_ATTEMPTS_TABLE)
  })
})
