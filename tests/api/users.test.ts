import { describe, expect, it } from 'vitest'

import { loginAs } from '../helpers/auth'
import { createUser } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

describe('users', () => {
  it('cannot grant themselves the admin role', async () => {
    const payload = await testPayload()
    const user = await createUser(payload, { roles: [] })
    const token = await loginAs(user.email)

    const response = await rest('PATCH', `users/${user.id}`, {
      token,
      body: { roles: ['admin'], name: 'Neu' },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: user.id })
    expect(stored.roles ?? []).toEqual([])
    expect(stored.name).toBe('Neu')
  })

  it('cannot assign themselves to a district', async () => {
    const payload = await testPayload()
    const district = await payload.create({
      collection: 'districts',
      data: { name: 'Kreis Selbst', officialKey: '99998' },
    })
    const user = await createUser(payload)
    const token = await loginAs(user.email)

    await rest('PATCH', `users/${user.id}`, {
      token,
      body: { districts: [{ district: district.id, roles: ['district-admin'] }] },
    })
    const stored = await payload.findByID({ collection: 'users', id: user.id })
    expect(stored.districts ?? []).toEqual([])
  })

  it('see only themselves, not other users', async () => {
    const payload = await testPayload()
    const me = await createUser(payload)
    const other = await createUser(payload)
    const token = await loginAs(me.email)
    const response = await rest('GET', 'users?limit=100', { token })
    expect(response.status).toBe(200)
    const ids = response.json.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toEqual([me.id])
    expect(ids).not.toContain(other.id)
  })

  it('are invisible to anonymous clients', async () => {
    const response = await rest('GET', 'users')
    expect(response.status).toBe(403)
  })
})
