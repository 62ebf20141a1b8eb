import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember, loginAs } from '../helpers/auth'
import {
  createContact,
  createDistrict,
  createNetwork,
  createPrinciple,
  createUser,
  createWorkingGroup,
  PASSWORD,
  published,
  unique,
} from '../helpers/factories'
import { plainPng } from '../helpers/images'
import { testPayload } from '../helpers/payload'
import { gql, gqlRaw, rest, uploadForm } from '../helpers/routes'

/**
 * The attack suite: ways around the role matrix that a curious or hostile client might try.
 * District A is the attacker's own (editor there), district B someone else's.
 */
let payload: Payload
let A: number
let B: number
let editorA: { id: number; email: string; token: string }
let draftNetworkB: { id: number; name: string }
let publishedNetworkB: number
let unlistedPersonB: { id: number; name: string; email: string; phone: string }

beforeAll(async () => {
  payload = await testPayload()
  A = (await createDistrict(payload)).id
  B = (await createDistrict(payload)).id
  editorA = await createMember(A, 'editor')

  const draftName = unique('Geheimer Entwurf')
  draftNetworkB = {
    id: (await createNetwork(payload, { district: B, name: draftName })).id,
    name: draftName,
  }
  publishedNetworkB = (
    await createNetwork(payload, { district: B, name: unique('Netzwerk B'), ...published })
  ).id
  const name = unique('Erika Verborgen')
  const email = `${unique('verborgen')}@example.org`
  const person = await createContact(payload, {
    district: B,
    kind: 'person',
    name,
    emails: [{ address: email }],
    phones: [{ number: '0345 2211334' }],
    networks: [publishedNetworkB],
    ...published,
  })
  unlistedPersonB = { id: person.id, name, email, phone: '+493452211334' }
  await payload.update({
    collection: 'networks',
    id: publishedNetworkB,
    data: { coordinatingContacts: [person.id], ...published },
  })
})

describe('attacks on reading', () => {
  it('where on fields the caller cannot read finds nothing (name, e-mail, phone)', async () => {
    for (const token of [undefined, editorA.token]) {
      for (const query of [
        `where[name][equals]=${encodeURIComponent(unlistedPersonB.name)}`,
        `where[emails.address][equals]=${encodeURIComponent(unlistedPersonB.email)}`,
        `where[phones.number][equals]=${encodeURIComponent(unlistedPersonB.phone)}`,
      ]) {
        const response = await rest('GET', `contacts?${query}`, { token })
        expect({ query, docs: response.json?.docs?.length ?? 0 }).toEqual({ query, docs: 0 })
      }
    }
    // A member of district B finds the person by name: the query itself works.
    const member = await createMember(B, 'viewer')
    const control = await rest(
      'GET',
      `contacts?where[name][equals]=${encodeURIComponent(unlistedPersonB.name)}`,
      { token: member.token },
    )
    expect(control.json.docs).toHaveLength(1)
  })

  it('sort on hidden fields neither fails open nor reveals unlisted persons', async () => {
    const response = await rest('GET', `contacts?sort=name&where[district][equals]=${B}&limit=100`)
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.json)).not.toContain(unlistedPersonB.name)
  })

  it('where through a relationship path (rel.field) does not confirm a draft’s name', async () => {
    await createPrinciple(payload, { district: B, network: draftNetworkB.id, ...published })
    for (const token of [undefined, editorA.token]) {
      const response = await rest(
        'GET',
        `principles?where[network.name][equals]=${encodeURIComponent(draftNetworkB.name)}`,
        { token },
      )
      expect(response.json?.docs ?? []).toHaveLength(0)
    }
    // The same query finds it for a member of district B: the path itself is valid.
    const member = await createMember(B, 'viewer')
    const control = await rest(
      'GET',
      `principles?where[network.name][equals]=${encodeURIComponent(draftNetworkB.name)}`,
      { token: member.token },
    )
    expect(control.json.docs).toHaveLength(1)
  })

  it('depth=2 and populate do not reach into drafts or unlisted persons', async () => {
    const response = await rest('GET', `networks/${publishedNetworkB}?depth=2`)
    expect(response.status).toBe(200)
    const text = JSON.stringify(response.json)
    expect(text).not.toContain(unlistedPersonB.name)
    expect(text).not.toContain(unlistedPersonB.email)
    const populated = await rest(
      'GET',
      `networks/${publishedNetworkB}?depth=1&populate[contacts][name]=true`,
      {
        token: editorA.token,
      },
    )
    expect(JSON.stringify(populated.json)).not.toContain(unlistedPersonB.name)
  })

  it('join fields do not list another district’s drafts', async () => {
    await createWorkingGroup(payload, {
      district: B,
      network: publishedNetworkB,
      name: unique('Geheime Fachgruppe'),
    })
    const response = await rest('GET', `networks/${publishedNetworkB}?depth=1`)
    expect(response.json.workingGroups.docs).toEqual([])
    // Signed-in users of another district do not see the network at all.
    expect(
      (await rest('GET', `networks/${publishedNetworkB}?depth=1`, { token: editorA.token })).status,
    ).toBe(404)
    const member = await createMember(B, 'viewer')
    const control = await rest('GET', `networks/${publishedNetworkB}?depth=1`, { token: member.token })
    expect(control.json.workingGroups.docs).toHaveLength(1)
  })

  it('select of hidden fields returns nothing hidden', async () => {
    const response = await rest(
      'GET',
      `contacts/${unlistedPersonB.id}?select[name]=true&select[emails]=true`,
      {
        token: editorA.token,
      },
    )
    expect(response.status).toBe(404)
    const list = await rest('GET', `users?select[email]=true&select[roles]=true&limit=100`, {
      token: editorA.token,
    })
    expect(list.json.docs.map((user: { id: number }) => user.id)).toEqual([editorA.id])
  })

  it('drafts stay hidden with draft=true, trash=true and where on _status', async () => {
    for (const query of [
      'draft=true',
      'trash=true',
      'where[_status][equals]=draft',
      'draft=true&trash=true',
    ]) {
      const response = await rest('GET', `networks?${query}&where[district][equals]=${B}`, {
        token: editorA.token,
      })
      const names = response.json.docs.map((doc: { name: string }) => doc.name)
      expect({ query, leaked: names.includes(draftNetworkB.name) }).toEqual({ query, leaked: false })
    }
  })
})

describe('attacks on writing', () => {
  it('bulk PATCH and DELETE with a where spanning districts touch only what the caller may', async () => {
    const tag = unique('Bulk')
    const inA = await createNetwork(payload, { district: A, name: `${tag} A`, ...published })
    const inB = await createNetwork(payload, { district: B, name: `${tag} B`, ...published })
    const where = `where[name][like]=${encodeURIComponent(tag)}`
    await rest('PATCH', `networks?${where}`, { token: editorA.token, body: { summary: 'übernommen' } })
    expect((await payload.findByID({ collection: 'networks', id: inA.id })).summary).toBe('übernommen')
    expect((await payload.findByID({ collection: 'networks', id: inB.id })).summary ?? null).toBeNull()

    const districtAdmin = await createMember(A, 'district-admin')
    await rest('DELETE', `networks?${where}`, { token: districtAdmin.token })
    expect(
      (await payload.count({ collection: 'networks', where: { id: { equals: inB.id } } })).totalDocs,
    ).toBe(1)
  })

  it('create in another district is refused, also as a draft', async () => {
    for (const query of ['', '?draft=true']) {
      const response = await rest('POST', `networks${query}`, {
        token: editorA.token,
        body: { district: B, name: unique('Eindringling') },
      })
      expect(response.status).toBe(403)
    }
  })

  it('autosave, version restore, trash restore and duplicate of another district’s document are refused', async () => {
    const autosave = await rest('PATCH', `networks/${publishedNetworkB}?draft=true&autosave=true`, {
      token: editorA.token,
      body: { name: 'Übernommen' },
    })
    expect([403, 404]).toContain(autosave.status)

    const { docs } = await payload.findVersions({
      collection: 'networks',
      where: { parent: { equals: publishedNetworkB } },
    })
    const restore = await rest('POST', `networks/versions/${docs[0]!.id}`, { token: editorA.token })
    expect([403, 404]).toContain(restore.status)

    const trashed = await createNetwork(payload, { district: B, name: unique('Papierkorb'), ...published })
    await payload.update({
      collection: 'networks',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
    })
    const untrash = await rest('PATCH', `networks/${trashed.id}?trash=true`, {
      token: editorA.token,
      body: { deletedAt: null },
    })
    expect([403, 404]).toContain(untrash.status)

    const countB = async () =>
      (await payload.count({ collection: 'networks', where: { district: { equals: B } }, trash: true }))
        .totalDocs
    const before = await countB()
    const duplicate = await rest('POST', `networks/${publishedNetworkB}/duplicate`, {
      token: editorA.token,
      body: {},
    })
    expect([403, 404]).toContain(duplicate.status)
    expect(await countB()).toBe(before)
  })

  it('moving a document to another district, or to none, is refused naming the field', async () => {
    const own = await createNetwork(payload, { district: A, name: unique('Eigenes'), ...published })
    for (const district of [B, null]) {
      const response = await rest('PATCH', `networks/${own.id}`, { token: editorA.token, body: { district } })
      expect(response.status).toBe(400)
      expect(response.json.errors[0].data.errors[0].path).toBe('district')
    }
    expect((await payload.findByID({ collection: 'networks', id: own.id, depth: 0 })).district).toBe(A)
  })

  it('self-escalation of roles and memberships fails over REST and GraphQL', async () => {
    await rest('PATCH', `users/${editorA.id}`, {
      token: editorA.token,
      body: { roles: ['admin'], districts: [{ district: B, roles: ['district-admin'] }] },
    })
    await gql(
      `mutation ($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { id } }`,
      { id: editorA.id },
      editorA.token,
    )
    const stored = await payload.findByID({ collection: 'users', id: editorA.id, depth: 0 })
    expect(stored.roles ?? []).toEqual([])
    expect(stored.districts?.map(({ district, roles }) => ({ district, roles }))).toEqual([
      { district: A, roles: ['editor'] },
    ])
  })
})

describe('attacks on authentication', () => {
  it('login, refresh and me expose no secrets or restricted fields', async () => {
    const loginResponse = await rest('POST', 'users/login', {
      body: { email: editorA.email, password: PASSWORD },
    })
    const token = loginResponse.json.token
    const me = await rest('GET', 'users/me', { token })
    const refresh = await rest('POST', 'users/refresh-token', { token })
    for (const [name, body] of Object.entries({
      login: loginResponse.json,
      me: me.json,
      refresh: refresh.json,
    })) {
      const text = JSON.stringify(body)
      for (const secret of [
        '"hash"',
        '"salt"',
        'resetPasswordToken',
        '"loginAttempts"',
        '"lockUntil"',
        '"apiKey"',
      ]) {
        expect({ name, secret, present: text.includes(secret) }).toEqual({ name, secret, present: false })
      }
    }
  })

  it('uploads of SVG, HTML or a script renamed .png are rejected by their content', async () => {
    const adminToken = await loginAs((await createUser(payload, { roles: ['admin'] })).email)
    const files = [
      {
        name: 'bild.svg',
        type: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      },
      { name: 'seite.png', type: 'image/png', body: '<!doctype html><html><script>alert(1)</script></html>' },
      { name: 'skript.png', type: 'image/png', body: '#!/bin/sh\nrm -rf /\n' },
    ]
    for (const file of files) {
      const body = uploadForm(file.body, `${unique('x')}-${file.name}`, file.type, { alt: 'x', district: A })
      const response = await rest('POST', 'media', { token: adminToken, body })
      expect({ file: file.name, status: response.status }).toEqual({ file: file.name, status: 400 })
    }
    // A real PNG still goes through.
    const body = uploadForm(await plainPng(), `${unique('echt')}.png`, 'image/png', {
      alt: 'echt',
      district: A,
    })
    expect((await rest('POST', 'media', { token: adminToken, body })).status).toBe(201)
  })

  it('GraphQL aliasing cannot bundle login attempts: one sign-in operation per request', async () => {
    const victim = await createUser(payload)
    const aliases = Array.from(
      { length: 8 },
      (_, i) => `a${i}: loginUser(email: "${victim.email}", password: "falsch-${i}-Passwort") { token }`,
    )
    const bundled = await gql(`mutation { ${aliases.join(' ')} }`)
    expect(bundled.status).toBe(400)
    expect(bundled.json.errors[0].message).toMatch(/8 authentication operations/)
    // Refused before any of them ran: no attempt was counted, the right password still works.
    expect(
      (await rest('POST', 'users/login', { body: { email: victim.email, password: PASSWORD } })).status,
    ).toBe(200)
  })

  it('GraphQL batching is not a way around the limits: batches are not executed', async () => {
    const heavy = `query { ${Array.from({ length: 400 }, (_, i) => `a${i}: Networks(limit: 100) { docs { id } }`).join(' ')} }`
    const response = await gqlRaw([{ query: heavy }, { query: heavy }])
    const results = Array.isArray(response.json) ? response.json : [response.json]
    for (const result of results) {
      expect(result.data ?? null).toBeNull()
      expect(JSON.stringify(result.errors)).toMatch(/missing query|complexity/i)
    }
  })
})
