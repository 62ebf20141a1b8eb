import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../src/lib/clientAddress'
import { withWriteSlot, WRITE_PLACES, writeSlotState } from '../../src/lib/writeSlots'
import { loginAsNewAdmin } from '../helpers/auth'
import { createUser, PASSWORD, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * Sign-in through Payload's route handlers, as the express server hands them over (it adds the
 * client's address; the server tests show it does, and that URL spellings do not matter).
 */
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

let addresses = 0
/** A client address of its own for each test, from the documentation range (RFC 5737). */
const newAddress = () => `198.51.100.${++addresses}`

const login = (email: string, password: string, address?: string) =>
  rest('POST', 'users/login', {
    body: { email, password },
    headers: address ? { [CLIENT_ADDRESS_HEADER]: address } : {},
  })

type GraphqlAnswer = {
  errors?: Array<{ message: string; extensions: { statusCode: number; name?: string } }>
}

/** The app's GraphQL route with the client address the express server would add. */
const gqlFrom = async (address: string, query: string, variables: Record<string, unknown>) => {
  const { POST } = await import('../../src/app/(payload)/api/graphql/route')
  const response = await POST(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: address },
      body: JSON.stringify({ query, variables }),
    }),
  )
  return (await response.json()) as GraphqlAnswer
}

const gqlLogin = (email: string, password: string, address: string) =>
  gqlFrom(address, 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', {
    e: email,
    p: password,
  })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const timed = async (run: () => Promise<unknown>) => {
  const started = performance.now()
  await run()
  return performance.now() - started
}

describe('sign-in limits', () => {
  it('counts login attempts per client address, over REST and GraphQL together', async () => {
    const address = newAddress()
    const email = `${unique('niemand')}@example.org`
    for (let attempt = 0; attempt < 8; attempt++)
      expect((await login(email, 'falsch-falsch-1', address)).status).toBe(401)
    // GraphQL counts each sign-in as one attempt, like REST.
    expect((await gqlLogin(email, 'falsch-falsch-2', address)).errors?.[0]?.extensions.statusCode).toBe(401)
    expect((await gqlLogin(email, 'falsch-falsch-3', address)).errors?.[0]?.extensions.statusCode).toBe(401)
    const limited = await login(email, 'falsch-falsch-4', address)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.json.errors[0].message).toMatch(/Zu viele Versuche/)
    expect((await gqlLogin(email, 'falsch-falsch-5', address)).errors?.[0]?.extensions.statusCode).toBe(429)
    // Even the right password of a real account waits: the limit is the address's, not the account's.
    const user = await createUser(payload)
    expect((await login(user.email, PASSWORD, address)).status).toBe(429)
    // Another address is not affected.
    expect((await login(user.email, PASSWORD, newAddress())).status).toBe(200)
  })

  it('limits forgot-password to five an hour per address, GraphQL included', async () => {
    const address = newAddress()
    const headers = { [CLIENT_ADDRESS_HEADER]: address }
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await rest('POST', 'users/forgot-password', {
        body: { email: `${unique('x')}@example.org` },
        headers,
      })
      expect(response.status).toBe(200)
    }
    const forgot = 'mutation ($e: String!) { forgotPasswordUser(email: $e) }'
    expect((await gqlFrom(address, forgot, { e: 'b@example.org' })).errors).toBeUndefined()
    expect((await gqlFrom(address, forgot, { e: 'c@example.org' })).errors?.[0]?.extensions.statusCode).toBe(
      429,
    )
    expect(
      (await rest('POST', 'users/forgot-password', { body: { email: 'a@example.org' }, headers })).status,
    ).toBe(429)
  })
})

describe('sign-in and the write queue', () => {
  it('answers sign-ins while every write place is taken, and writes wait', async () => {
    const user = await createUser(payload)
    const admin = (await loginAsNewAdmin()).token
    const releases: Array<() => void> = []
    for (let i = 0; i < WRITE_PLACES.writes; i++) {
      void withWriteSlot(() => new Promise<void>((resolve) => releases.push(resolve)))
    }
    try {
      expect(writeSlotState()).toEqual({ running: WRITE_PLACES.writes, waiting: 0 })
      expect((await login(user.email, PASSWORD)).status).toBe(200)
      expect((await gqlLogin(user.email, PASSWORD, newAddress())).errors).toBeUndefined()
      const save = rest('PATCH', `users/${user.id}`, { token: admin, body: { name: 'x' } })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(writeSlotState().waiting).toBe(1)
      releases.forEach((release) => release())
      expect((await save).status).toBe(200)
    } finally {
      releases.forEach((release) => release())
    }
  })
})

describe('sign-in answers tell nothing about accounts', () => {
  it('answers an unknown address, a wrong password and a locked account alike', async () => {
    const user = await createUser(payload)
    const unknown = await login(`${unique('niemand')}@example.org`, 'falsch-falsch-1')
    const wrong = await login(user.email, 'falsch-falsch-1')
    for (let attempt = 0; attempt < 5; attempt++) await login(user.email, 'falsch-falsch-2')
    const locked = await login(user.email, PASSWORD)
    for (const response of [unknown, wrong, locked]) {
      expect({ status: response.status, body: response.json }).toEqual({
        status: unknown.status,
        body: unknown.json,
      })
    }
    expect(unknown.status).toBe(401)
    const address = newAddress()
    const [graphUnknown, graphLocked] = [
      await gqlLogin(`${unique('niemand')}@example.org`, 'falsch', address),
      await gqlLogin(user.email, PASSWORD, address),
    ]
    expect(graphLocked.errors?.[0]).toMatchObject({
      message: graphUnknown.errors?.[0]?.message,
      extensions: { name: graphUnknown.errors?.[0]?.extensions.name, statusCode: 401 },
    })
  })

  it('takes about as long for an unknown address as for a wrong password', async () => {
    const accounts = await Promise.all(Array.from({ length: 5 }, () => createUser(payload)))
    const known: number[] = []
    const unknown: number[] = []
    for (const account of accounts) {
      known.push(await timed(() => login(account.email, 'falsch-falsch-3')))
      unknown.push(await timed(() => login(`${unique('niemand')}@example.org`, 'falsch-falsch-3')))
    }
    // Before: 25 ms against 370 ms (a ratio of 0.07). A password hash dominates both now; the
    // bounds leave room for a loaded machine.
    const ratio = median(unknown) / median(known)
    expect(ratio).toBeGreaterThan(1 / 3)
    expect(ratio).toBeLessThan(3)
  })

  it('takes about as long for forgot-password of an unknown address as of a real one', async () => {
    const accounts = await Promise.all(Array.from({ length: 8 }, () => createUser(payload)))
    const forgot = (email: string) => rest('POST', 'users/forgot-password', { body: { email } })
    const known: number[] = []
    const unknown: number[] = []
    for (const account of accounts) {
      known.push(await timed(() => forgot(account.email)))
      unknown.push(await timed(() => forgot(`${unique('niemand')}@example.org`)))
      // A second request for the same account within 15 s sends no mail: it must not be faster either.
      unknown.push(await timed(() => forgot(account.email)))
    }
    // Before: a few ms for nobody against a token written and a mail sent.
    const ratio = median(unknown) / median(known)
    expect(ratio).toBeGreaterThan(1 / 3)
    expect(ratio).toBeLessThan(3)
  })
})
