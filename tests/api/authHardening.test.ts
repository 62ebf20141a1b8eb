import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, createNetwork, createUser, PASSWORD, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

let payload: Payload
let adminToken: string

beforeAll(async () => {
  payload = await testPayload()
  adminToken = (await loginAsNewAdmin()).token
})

const login = (email: string, password: string) => rest('POST', 'users/login', { body: { email, password } })

describe('auth hardening', () => {
  it('refuses passwords shorter than 12 characters, naming the field', async () => {
    const email = `${unique('kurz')}@example.org`
    const response = await rest('POST', 'users', {
      token: adminToken,
      body: { email, password: 'elf-Zeichen' },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors).toContainEqual(
      expect.objectContaining({ path: 'password', message: expect.stringMatching(/mindestens 12 Zeichen/) }),
    )
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs,
    ).toBe(0)
  })

  it('locks an account after five wrong passwords, even for the right one', async () => {
    const user = await createUser(payload)
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login(user.email, 'falsches-Passwort-123')).status).toBe(401)
    }
    const locked = await login(user.email, PASSWORD)
    expect(locked.status).not.toBe(200)
    expect(JSON.stringify(locked.json)).toMatch(/gesperrt|locked/i)
    const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    expect(new Date(String(stored.lockUntil)).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000)
  })

  it('answers forgot-password for an unknown e-mail exactly as for a known one', async () => {
    const user = await createUser(payload)
    const known = await rest('POST', 'users/forgot-password', { body: { email: user.email } })
    const unknown = await rest('POST', 'users/forgot-password', {
      body: { email: `${unique('niemand')}@example.org` },
    })
    expect(unknown.status).toBe(known.status)
    expect(unknown.json).toEqual(known.json)
  })

  it('shows an API key to its user and the state admin only, not to a district admin', async () => {
    const district = (await createDistrict(payload)).id
    const keyHolder = await createUser(payload, {
      districts: [{ district, roles: ['viewer'] }],
      enableAPIKey: true,
      apiKey: unique('schluessel'),
    })
    const districtAdmin = await createUser(payload, { districts: [{ district, roles: ['district-admin'] }] })
    const districtAdminToken = (await login(districtAdmin.email, PASSWORD)).json.token
    const asDistrictAdmin = await rest('GET', `users/${keyHolder.id}`, { token: districtAdminToken })
    expect(asDistrictAdmin.status).toBe(200)
    expect(asDistrictAdmin.json.apiKey).toBeUndefined()
    const asAdmin = await rest('GET', `users/${keyHolder.id}`, { token: adminToken })
    expect(asAdmin.json.apiKey).toBe(keyHolder.apiKey)
  })

  it('lets a viewer API key read its district’s drafts and nothing more', async () => {
    const district = (await createDistrict(payload)).id
    const apiKey = unique('vorschau')
    await createUser(payload, { districts: [{ district, roles: ['viewer'] }], enableAPIKey: true, apiKey })
    const draft = await createNetwork(payload, { district, name: unique('Entwurf'), _status: 'draft' })
    const headers = { Authorization: `users API-Key ${apiKey}` }
    expect((await rest('GET', `networks/${draft.id}?draft=true`, { headers })).status).toBe(200)
    expect((await rest('GET', `networks/${draft.id}?draft=true`)).status).toBe(404)
    const write = await rest('PATCH', `networks/${draft.id}`, { headers, body: { name: 'Vorschau ändert' } })
    expect(write.status).toBe(403)
  })

  it('bounds GraphQL query complexity', async () => {
    const aliases = Array.from({ length: 400 }, (_, i) => `a${i}: Networks(limit: 100) { docs { id name } }`)
    const response = await gql(`query { ${aliases.join(' ')} }`)
    expect(response.json.errors?.[0]?.message).toMatch(/complexity/i)
    expect(response.json.data ?? null).toBeNull()
  })
})
