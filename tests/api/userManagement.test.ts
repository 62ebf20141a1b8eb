import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loginAs } from '../helpers/auth'
import { createDistrict, createUser, PASSWORD, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/** District admins manage the users of their own districts, and nothing beyond. */
let payload: Payload
let own: number
let other: number
let token: string
let districtAdminId: number

const member = (district: number, role: string) => ({ district, roles: [role] })

beforeAll(async () => {
  payload = await testPayload()
  own = (await createDistrict(payload)).id
  other = (await createDistrict(payload)).id
  const districtAdmin = await createUser(payload, { districts: [member(own, 'district-admin')] })
  districtAdminId = districtAdmin.id
  token = await loginAs(districtAdmin.email)
})

describe('a district admin', () => {
  it('creates an editor in their district, who can log in', async () => {
    const email = `${unique('redaktion')}@example.org`
    const response = await rest('POST', 'users', {
      token,
      body: { email, password: PASSWORD, districts: [member(own, 'editor')] },
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.districts[0].roles).toEqual(['editor'])
    await loginAs(email)
  })

  it('cannot create a user in another district, nor a state admin', async () => {
    const elsewhere = await rest('POST', 'users', {
      token,
      body: { email: `${unique('x')}@example.org`, password: PASSWORD, districts: [member(other, 'editor')] },
    })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.json.errors[0].data.errors[0].path).toBe('districts')

    const email = `${unique('admin')}@example.org`
    const admin = await rest('POST', 'users', {
      token,
      body: { email, password: PASSWORD, roles: ['admin'], districts: [member(own, 'viewer')] },
    })
    expect(admin.status).toBe(201)
    expect(admin.json.doc.roles ?? []).toEqual([])
  })

  it('sees the users of their district, not those of others', async () => {
    const mine = await createUser(payload, { districts: [member(own, 'author')] })
    const theirs = await createUser(payload, { districts: [member(other, 'author')] })
    const response = await rest('GET', 'users?limit=200', { token })
    const ids = response.json.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(mine.id)
    expect(ids).toContain(districtAdminId)
    expect(ids).not.toContain(theirs.id)
  })

  it('edits and removes users of their district', async () => {
    const mine = await createUser(payload, { districts: [member(own, 'author')] })
    const promoted = await rest('PATCH', `users/${mine.id}`, {
      token,
      body: { districts: [member(own, 'editor')] },
    })
    expect(promoted.status).toBe(200)
    expect(promoted.json.doc.districts[0].roles).toEqual(['editor'])
    expect((await rest('DELETE', `users/${mine.id}`, { token })).status).toBe(200)
  })

  it('cannot take over an account that also works in another district', async () => {
    const shared = await createUser(payload, { districts: [member(own, 'viewer'), member(other, 'editor')] })
    const takeover = await rest('PATCH', `users/${shared.id}`, {
      token,
      body: { email: `${unique('uebernommen')}@example.org`, password: 'ein-anderes-Passwort-2026' },
    })
    expect(takeover.status).toBe(403)
    expect((await rest('DELETE', `users/${shared.id}`, { token })).status).toBe(403)
    const stored = await payload.findByID({ collection: 'users', id: shared.id })
    expect(stored.email).toBe(shared.email)
  })

  it('cannot change their own memberships', async () => {
    const response = await rest('PATCH', `users/${districtAdminId}`, {
      token,
      body: { districts: [member(own, 'district-admin'), member(other, 'district-admin')] },
    })
    expect(response.status).toBe(400)
    const stored = await payload.findByID({ collection: 'users', id: districtAdminId })
    expect(stored.districts).toHaveLength(1)
  })
})

describe('an editor', () => {
  it('creates no users and sees only themselves', async () => {
    const editor = await createUser(payload, { districts: [member(own, 'editor')] })
    const editorToken = await loginAs(editor.email)
    const created = await rest('POST', 'users', {
      token: editorToken,
      body: { email: `${unique('y')}@example.org`, password: PASSWORD, districts: [member(own, 'viewer')] },
    })
    expect(created.status).toBe(403)
    const list = await rest('GET', 'users?limit=200', { token: editorToken })
    expect(list.json.docs.map((doc: { id: number }) => doc.id)).toEqual([editor.id])
  })
})
