import { expect } from 'vitest'

import { createUser, PASSWORD } from './factories'
import { testPayload } from './payload'
import { rest } from './routes'

/**
 * Creates a state admin for the calling test file and logs in over REST. Each file has its own:
 * Payload's login reads the user's sessions and writes them back, so two files logging in as
 * the same user at once can lose one session, and the token of the lost one reads as anonymous.
 */
export const loginAsNewAdmin = async (): Promise<{ token: string; id: number }> => {
  const admin = await createUser(await testPayload(), {
    roles: ['admin'],
    name: 'Landesadministration (Test)',
  })
  const login = await rest('POST', 'users/login', { body: { email: admin.email, password: PASSWORD } })
  expect(login.status).toBe(200)
  return { token: login.json.token as string, id: admin.id }
}

/** Logs in over REST and returns the token (expects success). */
export const loginAs = async (email: string, password = PASSWORD): Promise<string> => {
  const login = await rest('POST', 'users/login', { body: { email, password } })
  expect(login.status).toBe(200)
  return login.json.token as string
}

/** A new user holding `role` in `district`, logged in. */
export const createMember = async (
  district: number,
  role: string,
): Promise<{ id: number; email: string; token: string }> => {
  const user = await createUser(await testPayload(), { districts: [{ district, roles: [role] }] })
  return { id: user.id, email: user.email, token: await loginAs(user.email) }
}
