import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GIVEN_VERIFICATION } from '../../collections/hooks/keepVerification'
import { findStaleEntries, staleAfter } from '../../src/lib/freshness/staleEntries'
import { idOf } from '../../src/lib/idOf'
import { createMember } from '../helpers/auth'
import {
  createContact,
  createDistrict,
  createNetwork,
  createOffer,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * Content that stays current (issue 17): the "geprüft" action (src/endpoints/verify.ts) and the
 * stale list (src/lib/freshness/staleEntries.ts), against the real database.
 */
let payload: Payload
/** Checks hold 12 months here (the default) … */
let district: { id: number; staleAfterMonths?: number | null }
/** … and 3 months here. */
let quick: { id: number; staleAfterMonths?: number | null }
let other: { id: number; staleAfterMonths?: number | null }
let author: { id: number; token: string }
let viewer: { id: number; token: string }
let editor: { id: number; token: string }
let otherEditor: { id: number; token: string }

const NOW = new Date()
const monthsAgo = (months: number) => staleAfter(months, NOW).toISOString()

/** Back-dates an entry's last check, as an import of checks made elsewhere would. */
const checkedAt = async (collection: 'contacts' | 'offers', id: number, verifiedAt: string | null) =>
  payload.update({
    collection,
    id,
    data: { verifiedAt, verifiedBy: null },
    context: { [GIVEN_VERIFICATION]: true },
    depth: 0,
  })

const stale = async (districts = [district], member?: { id: number }) => {
  const user = member && (await payload.findByID({ collection: 'users', id: member.id, depth: 0 }))
  return findStaleEntries(payload, {
    districts,
    now: NOW,
    limit: 50,
    ...(user ? { user: { ...user, collection: 'users' as const } } : {}),
  })
}

const ids = (list: { docs: Array<{ id: number | string }> }) => list.docs.map(({ id }) => id)

beforeAll(async () => {
  payload = await testPayload()
  district = await createDistrict(payload)
  quick = await payload.update({
    collection: 'districts',
    id: (await createDistrict(payload)).id,
    data: { staleAfterMonths: 3 },
  })
  other = await createDistrict(payload)
  author = await createMember(district.id, 'author')
  viewer = await createMember(district.id, 'viewer')
  editor = await createMember(district.id, 'editor')
  otherEditor = await createMember(other.id, 'editor')
})

describe('staleAfter', () => {
  it('goes back calendar months, to the last day of a shorter month', () => {
    expect(staleAfter(12, new Date('2026-11-30T10:47:00.000Z')).toISOString()).toBe(
      '2025-11-30T10:47:00.000Z',
    )
    expect(staleAfter(1, new Date('2026-03-31T08:00:00.000Z')).toISOString()).toBe('2026-02-28T08:00:00.000Z')
    expect(staleAfter(3, new Date('2028-05-31T00:00:00.000Z')).toISOString()).toBe('2028-02-29T00:00:00.000Z')
  })
})

describe('stale entries', () => {
  it('lists published entries not checked for the district’s months, never checked first, then the oldest', async () => {
    const never = await createContact(payload, { district: district.id, ...published })
    const old = await createContact(payload, { district: district.id, ...published })
    const older = await createOffer(payload, { district: district.id, ...published })
    const recent = await createContact(payload, { district: district.id, ...published })
    await checkedAt('contacts', old.id, monthsAgo(13))
    await checkedAt('offers', older.id, monthsAgo(20))
    await checkedAt('contacts', recent.id, monthsAgo(11))

    const list = await stale()
    expect(ids(list)).toEqual([never.id, older.id, old.id])
    expect(list.total).toBe(3)
    expect(list.docs[0]).toEqual({
      collection: 'contacts',
      id: never.id,
      title: never.name,
      district: district.id,
      verifiedAt: null,
      adminUrl: `/admin/collections/contacts/${never.id}`,
    })
    expect(list.docs[1]).toMatchObject({
      collection: 'offers',
      title: older.title,
      verifiedAt: monthsAgo(20),
    })
    // The limit keeps the oldest; the total counts them all.
    const first = await findStaleEntries(payload, { districts: [district], now: NOW, limit: 1 })
    expect(first).toEqual({ total: 3, docs: [list.docs[0]] })

    // Checked now: current again.
    const verified = await rest('POST', `contacts/${old.id}/verify`, { token: author.token })
    expect(verified.status).toBe(200)
    expect(ids(await stale())).toEqual([never.id, older.id])
    await rest('POST', `contacts/${never.id}/verify`, { token: editor.token })
    await rest('POST', `offers/${older.id}/verify`, { token: editor.token })
    expect(await stale()).toEqual({ total: 0, docs: [] })
  })

  it('uses each district’s own threshold', async () => {
    const due = await createContact(payload, { district: quick.id, ...published })
    const fine = await createContact(payload, { district: quick.id, ...published })
    await checkedAt('contacts', due.id, monthsAgo(4))
    await checkedAt('contacts', fine.id, monthsAgo(2))
    expect(quick.staleAfterMonths).toBe(3)
    expect(ids(await stale([quick]))).toEqual([due.id])
    // Four months is still current where checks hold twelve.
    const elsewhere = await createContact(payload, { district: district.id, ...published })
    await checkedAt('contacts', elsewhere.id, monthsAgo(4))
    expect(ids(await stale([district, quick]))).toEqual([due.id])
    // A district that cleared its setting counts with the field's default (12).
    expect(ids(await stale([{ id: quick.id, staleAfterMonths: null }]))).toEqual([])
  })

  it('leaves out drafts, entries in the trash and, for a user, other districts', async () => {
    const draft = await createContact(payload, { district: other.id })
    const trashed = await createContact(payload, { district: other.id, ...published })
    await payload.update({
      collection: 'contacts',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
    })
    const listed = await createContact(payload, { district: other.id, ...published })
    // A published entry with a pending draft is published: the draft does not make it current.
    await payload.update({
      collection: 'contacts',
      id: listed.id,
      data: { name: unique('Entwurf') },
      draft: true,
    })
    expect(ids(await stale([other]))).toEqual([listed.id])
    expect(ids(await stale([other])).includes(draft.id)).toBe(false)

    // Read with the user's access: another district's entries are not theirs to see.
    const mine = await createContact(payload, { district: district.id, ...published })
    expect(ids(await stale([other, district], otherEditor))).toEqual([listed.id])
    expect(ids(await stale([other, district], editor))).toEqual([mine.id])
    await rest('POST', `contacts/${mine.id}/verify`, { token: editor.token })
  })

  it('shows anonymous clients when an entry was checked, not by whom', async () => {
    const contact = await createContact(payload, { district: district.id, ...published })
    await rest('POST', `contacts/${contact.id}/verify`, { token: editor.token })
    const response = await rest('GET', `contacts/${contact.id}`)
    expect(response.status).toBe(200)
    expect(new Date(response.json.verifiedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(response.json).not.toHaveProperty('verifiedBy')
    const signedIn = await rest('GET', `contacts/${contact.id}?depth=0`, { token: viewer.token })
    expect(signedIn.json.verifiedBy).toBe(editor.id)
  })
})

describe('POST /api/<collection>/:id/verify', () => {
  it('answers 401, 404, 403 and 200 as the caller’s access says', async () => {
    const contact = await createContact(payload, { district: district.id, ...published })
    const path = `contacts/${contact.id}/verify`
    expect((await rest('POST', path)).status).toBe(401)
    // Another district's entry is not there for them, as one that does not exist.
    expect((await rest('POST', path, { token: otherEditor.token })).status).toBe(404)
    expect((await rest('POST', 'contacts/999999999/verify', { token: editor.token })).status).toBe(404)
    const malformed = await rest('POST', 'contacts/abc/verify', { token: editor.token })
    expect(malformed.status).toBe(400)
    expect(malformed.json.errors[0].message).toMatch(/^id: "abc" is not an id/)
    // Viewers read it, but may not vouch for it.
    const refused = await rest('POST', path, { token: viewer.token })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toBeTruthy()
    // Not a verifiable collection: the action is not there.
    const network = await createNetwork(payload, { district: district.id, ...published })
    expect((await rest('POST', `networks/${network.id}/verify`, { token: editor.token })).status).toBe(404)

    const before = Date.now()
    const verified = await rest('POST', path, { token: author.token })
    expect(verified.status).toBe(200)
    expect(verified.json).toEqual({ verifiedAt: expect.any(String), verifiedBy: author.id })
    expect(new Date(verified.json.verifiedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const stored = await payload.findByID({ collection: 'contacts', id: contact.id, depth: 0 })
    expect(stored.verifiedAt).toBe(verified.json.verifiedAt)
    expect(stored.verifiedBy).toBe(author.id)
  })

  it('answers 404 for an entry in the trash', async () => {
    const contact = await createContact(payload, { district: district.id, ...published })
    await payload.update({
      collection: 'contacts',
      id: contact.id,
      data: { deletedAt: new Date().toISOString() },
    })
    expect((await rest('POST', `contacts/${contact.id}/verify`, { token: editor.token })).status).toBe(404)
  })

  it('records the check in the audit log', async () => {
    const contact = await createContact(payload, { district: district.id, ...published })
    await checkedAt('contacts', contact.id, monthsAgo(14))
    const verified = await rest('POST', `contacts/${contact.id}/verify`, { token: editor.token })
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: String(contact.id) } }, { action: { equals: 'verify' } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      collection: 'contacts',
      title: contact.name,
      user: editor.id,
      changedFields: ['verifiedAt', 'verifiedBy'],
      changes: {
        verifiedAt: { before: monthsAgo(14), after: verified.json.verifiedAt },
        verifiedBy: { before: null, after: editor.id },
      },
    })
    expect(docs[0]!.districts?.map((id) => idOf(id))).toEqual([district.id])
  })

  it('changes nothing else: the draft stays a draft, the published content stays, no new version', async () => {
    const contact = await createContact(payload, { district: district.id, ...published })
    await checkedAt('contacts', contact.id, monthsAgo(14))
    // An author's pending draft, as the admin's form holds it.
    const drafted = await rest('PATCH', `contacts/${contact.id}?draft=true&depth=0`, {
      token: author.token,
      body: { name: unique('Neuer Name') },
    })
    expect(drafted.status).toBe(200)
    const read = async (draft: boolean): Promise<Record<string, unknown>> => ({
      ...(await payload.findByID({ collection: 'contacts', id: contact.id, depth: 0, draft })),
    })
    const versions = async () =>
      (await payload.countVersions({ collection: 'contacts', where: { parent: { equals: contact.id } } }))
        .totalDocs
    const [publishedBefore, draftBefore, versionsBefore] = await Promise.all([
      read(false),
      read(true),
      versions(),
    ])
    const form = (await rest('GET', `contacts/${contact.id}?draft=true&depth=0`, { token: author.token }))
      .json

    const verified = await rest('POST', `contacts/${contact.id}/verify`, { token: editor.token })
    expect(verified.status).toBe(200)
    const checked = { verifiedAt: verified.json.verifiedAt, verifiedBy: editor.id }
    expect(await read(false)).toEqual({ ...publishedBefore, ...checked })
    expect(await read(true)).toEqual({ ...draftBefore, ...checked })
    expect(await versions()).toBe(versionsBefore)
    expect(draftBefore._status).toBe('draft')
    expect(publishedBefore.name).toBe(contact.name)

    // The author saves the form they loaded before the check: the check stays.
    const saved = await rest('PATCH', `contacts/${contact.id}?draft=true&depth=0`, {
      token: author.token,
      body: form,
    })
    expect(saved.status).toBe(200)
    expect(saved.json.doc).toMatchObject(checked)
    // And so does publishing the draft.
    const publish = await rest('PATCH', `contacts/${contact.id}?depth=0`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(await read(false)).toMatchObject({ ...checked, name: drafted.json.doc.name })
  })
})
