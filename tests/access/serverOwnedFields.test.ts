import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * What the server records about a document (who asked for review and when, which locales are
 * translated, when it was created and changed, when it was last verified and by whom) is the
 * server's alone, and authors cannot do by
 * the back door what the role matrix keeps from them (putting documents straight into the trash).
 */
let payload: Payload
let district: number
let author: { id: number; token: string }
let colleague: { id: number; token: string }
let editor: { id: number; token: string }

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  author = await createMember(district, 'author')
  colleague = await createMember(district, 'author')
  editor = await createMember(district, 'editor')
})

const stored = (id: number) =>
  payload.findByID({ collection: 'networks', id, draft: true, depth: 0, trash: true })

describe('server-owned fields', () => {
  it('records who submitted a draft for review and when, whatever the client claims', async () => {
    const forged = { requested: true, requestedBy: colleague.id, requestedAt: '2020-01-01T00:00:00.000Z' }
    const before = Date.now()
    const created = await rest('POST', 'networks?draft=true', {
      token: author.token,
      body: { district, name: unique('Netz'), review: forged },
    })
    expect(created.status).toBe(201)
    const first = (await stored(created.json.doc.id)).review!
    expect(first.requestedBy).toBe(author.id)
    expect(new Date(first.requestedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    // While the request stands, nobody rewrites who made it or when.
    const again = await rest('PATCH', `networks/${created.json.doc.id}?draft=true`, {
      token: colleague.token,
      body: { review: { ...forged, note: 'Bitte prüfen' } },
    })
    expect(again.status).toBe(200)
    const second = (await stored(created.json.doc.id)).review!
    expect(second).toMatchObject({ requested: true, note: 'Bitte prüfen', requestedBy: author.id })
    expect(second.requestedAt).toBe(first.requestedAt)
  })

  it('keeps the list of translated locales to what was saved', async () => {
    const created = await rest('POST', 'networks?draft=true', {
      token: author.token,
      body: { district, name: unique('Netz'), translations: ['ar', 'fa', 'uk'] },
    })
    expect(created.status).toBe(201)
    expect((await stored(created.json.doc.id)).translations).toEqual(['de'])
  })

  it('computes the translation status itself, whatever a client sends for it', async () => {
    const forged = {
      translationStatus: { ar: { status: 'current', fields: { name: 'current' } } },
      translationSources: { ar: { name: 'forged' }, machine: { ar: ['name'] } },
      translationsOutdated: ['fa'],
      translationsMissing: [],
    }
    const created = await rest('POST', 'networks?draft=true', {
      token: author.token,
      body: { district, name: unique('Netz'), ...forged },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const withSources = () =>
      payload.findByID({ collection: 'networks', id, draft: true, depth: 0, showHiddenFields: true })
    const first = await withSources()
    expect(first.translationSources ?? null).toBeNull()
    expect(first.translationsOutdated).toEqual([])
    expect(first.translationsMissing).toEqual(['en', 'ar', 'fa', 'ru', 'uk', 'tr'])
    expect((first.translationStatus as Record<string, unknown>).ar).toEqual({
      status: 'missing',
      fields: { name: 'missing' },
    })
    // A translation saved with forged sources: the server's hash, and no machine marks.
    const translated = await rest('PATCH', `networks/${id}?draft=true&locale=ar`, {
      token: author.token,
      body: { name: 'شبكة', ...forged },
    })
    expect(translated.status).toBe(200)
    const second = await withSources()
    expect((second.translationSources as Record<string, Record<string, string>>).ar!.name).toMatch(
      /^[0-9a-f]{16}$/,
    )
    expect(second.translationSources).not.toHaveProperty('machine')
    expect(second.translationsOutdated).toEqual([])
  })

  it('ignores a client’s creation and change dates', async () => {
    const created = await rest('POST', 'networks', {
      token: editor.token,
      body: {
        district,
        name: unique('Netz'),
        _status: 'published',
        createdAt: '2001-01-01T00:00:00.000Z',
        updatedAt: '2001-01-01T00:00:00.000Z',
      },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const original = await stored(id)
    expect(new Date(original.createdAt).getFullYear()).toBeGreaterThan(2020)
    await rest('PATCH', `networks/${id}`, {
      token: editor.token,
      body: { createdAt: '2002-01-01T00:00:00.000Z' },
    })
    expect((await stored(id)).createdAt).toBe(original.createdAt)
  })

  it('stamps who entered an entry as its check, and keeps the check whatever a client sends', async () => {
    const forged = { verifiedAt: '2001-01-01T00:00:00.000Z', verifiedBy: colleague.id }
    const before = Date.now()
    const created = await rest('POST', 'contacts?draft=true&depth=0', {
      token: author.token,
      body: { district, name: unique('Stelle'), kind: 'office', ...forged },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const check = async (draft: boolean) => {
      const doc = await payload.findByID({ collection: 'contacts', id, draft, depth: 0 })
      return { verifiedAt: doc.verifiedAt, verifiedBy: doc.verifiedBy }
    }
    const first = await check(true)
    expect(first.verifiedBy).toBe(author.id)
    expect(new Date(first.verifiedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    // A draft, publishing, a forged date or an emptied one: the check stays as it was.
    const writes = [
      { token: colleague.token, query: '?draft=true', body: forged },
      { token: editor.token, query: '', body: { ...forged, _status: 'published' } },
      { token: editor.token, query: '', body: { verifiedAt: null, verifiedBy: null } },
    ]
    for (const { token, query, body } of writes) {
      const response = await rest('PATCH', `contacts/${id}${query}`, { token, body })
      expect(response.status).toBe(200)
      expect(await check(true)).toEqual(first)
      if (!query) expect(await check(false)).toEqual(first)
    }
    // Created without a user (the seed): never checked.
    const seeded = await payload.create({
      collection: 'contacts',
      data: { district, name: unique('Stelle'), kind: 'office', ...forged },
      depth: 0,
    })
    expect(seeded.verifiedAt ?? null).toBeNull()
    expect(seeded.verifiedBy ?? null).toBeNull()
  })

  it('lets editors, not authors, create a document straight in the trash', async () => {
    const trashed = { district, name: unique('Papierkorb'), deletedAt: new Date().toISOString() }
    for (const query of ['', '?draft=true']) {
      const response = await rest('POST', `networks${query}`, { token: author.token, body: trashed })
      expect({ query, status: response.status }).toEqual({ query, status: 403 })
    }
    expect(
      (
        await payload.count({
          collection: 'networks',
          where: { name: { equals: trashed.name } },
          trash: true,
        })
      ).totalDocs,
    ).toBe(0)
    const byEditor = await rest('POST', 'networks', { token: editor.token, body: trashed })
    expect(byEditor.status).toBe(201)
    expect(byEditor.json.doc.deletedAt).toBeTruthy()
  })
})

describe('own account', () => {
  it.each(['viewer', 'author', 'editor'])(
    'role %s: edits their own name, password and API key',
    async (role) => {
      const member = await createMember(district, role)
      const me = (await rest('GET', `users/${member.id}?depth=0`, { token: member.token })).json
      // As the admin's form sends it: the whole account, memberships included.
      const full = await rest('PATCH', `users/${member.id}`, {
        token: member.token,
        body: { ...me, name: 'Neuer Name', enableAPIKey: true, apiKey: `${unique('key')}-0123456789abcdef` },
      })
      expect(full.status).toBe(200)
      const password = await rest('PATCH', `users/${member.id}`, {
        token: member.token,
        body: { password: 'ein-neues-langes-Passwort' },
      })
      expect(password.status).toBe(200)
      expect(
        (
          await rest('POST', 'users/login', {
            body: { email: member.email, password: 'ein-neues-langes-Passwort' },
          })
        ).status,
      ).toBe(200)
      // Their roles stay as they were (Payload drops a field the caller may not write).
      await rest('PATCH', `users/${member.id}`, {
        token: member.token,
        body: { districts: [{ district, roles: ['district-admin'] }] },
      })
      const account = await payload.findByID({ collection: 'users', id: member.id, depth: 0 })
      expect(account.name).toBe('Neuer Name')
      expect(account.districts?.map(({ roles }) => roles)).toEqual([[role]])
    },
  )
})
