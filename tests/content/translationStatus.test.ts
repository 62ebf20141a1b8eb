import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * The translation status the server keeps per document (collections/hooks/trackTranslationStatus.ts):
 * what the public API answers, over the app's real REST and GraphQL route handlers.
 */
let payload: Payload
let district: number
let editor: { id: number; token: string }

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  editor = await createMember(district, 'editor')
})

type Status = Record<string, { status: string; fields: Record<string, string>; machine?: string[] }>

/** Saves a network in one locale as the district's editor, published unless `draft`. */
const save = async (id: number | null, locale: string, body: Record<string, unknown>, draft = false) => {
  const query = `locale=${locale}${draft ? '&draft=true' : ''}`
  const response = id
    ? await rest('PATCH', `networks/${id}?${query}`, {
        token: editor.token,
        body: { ...body, ...(draft ? {} : { _status: 'published' }) },
      })
    : await rest('POST', `networks?${query}`, {
        token: editor.token,
        body: { district, ...body, _status: 'published' },
      })
  expect(response.status, JSON.stringify(response.json)).toBeLessThan(300)
  return response.json.doc as { id: number }
}

/** What an anonymous client reads of the published network. */
const publicStatus = async (id: number): Promise<Status> => {
  const response = await rest('GET', `networks/${id}?depth=0`)
  expect(response.status).toBe(200)
  expect(response.json).not.toHaveProperty('translationSources')
  return response.json.translationStatus
}

describe('translation status', () => {
  let id: number

  it('a translation saved after the German text is current; a locale without text is missing', async () => {
    id = (await save(null, 'de', { name: unique('Netzwerk'), summary: 'Wir beraten.' })).id
    await save(id, 'ar', { name: 'شبكة', summary: 'نحن ننصح.' })
    const status = await publicStatus(id)
    expect(status.ar).toEqual({ status: 'current', fields: { name: 'current', summary: 'current' } })
    expect(status.en).toEqual({ status: 'missing', fields: { name: 'missing', summary: 'missing' } })
    const listed = await rest('GET', `networks?depth=0&where[id][equals]=${id}`)
    expect(listed.json.docs[0].translationsMissing).toEqual(expect.arrayContaining(['en', 'fa', 'tr']))
    expect(listed.json.docs[0].translationsMissing).not.toContain('ar')
  })

  it('changing the German text makes that field outdated, the others unchanged', async () => {
    await save(id, 'de', { summary: 'Wir beraten und begleiten.' })
    const status = await publicStatus(id)
    expect(status.ar).toEqual({ status: 'outdated', fields: { name: 'current', summary: 'outdated' } })
    expect(status.en!.status).toBe('missing')
    const outdated = await rest('GET', `networks?where[translationsOutdated][in]=ar&where[id][equals]=${id}`)
    expect(outdated.json.totalDocs).toBe(1)
  })

  it('saving the translation again makes it current', async () => {
    await save(id, 'ar', { summary: 'نحن ننصح ونرافق.' })
    expect((await publicStatus(id)).ar!.status).toBe('current')
  })

  it('a draft’s status stays out of the published answer', async () => {
    await save(id, 'de', { summary: 'Entwurf: neue Kurzbeschreibung.' }, true)
    expect((await publicStatus(id)).ar!.status).toBe('current')
    const draft = await rest('GET', `networks/${id}?draft=true&depth=0`, { token: editor.token })
    expect(draft.json.translationStatus.ar.fields.summary).toBe('outdated')
    expect(draft.json).not.toHaveProperty('translationSources')
  })

  it('GraphQL answers translationStatus as JSON and gives out no translationSources', async () => {
    const answer = await gql(
      `query ($id: Int!) { Network(id: $id) { translationStatus translationsOutdated } }`,
      {
        id,
      },
    )
    expect(answer.json.errors).toBeUndefined()
    expect(answer.json.data.Network.translationStatus.ar.status).toBe('current')
    // Payload's schema lists hidden fields; their value is never given out, nor queryable.
    const hidden = await gql(`query ($id: Int!) { Network(id: $id) { translationSources } }`, { id })
    expect(hidden.json.data.Network.translationSources).toBeNull()
    const queried = await rest('GET', `networks?where[translationSources.ar.name][exists]=true`)
    expect(queried.status).toBe(400)
  })

  it('ignores the status and sources a client sends', async () => {
    const forged = {
      translationStatus: { ar: { status: 'current', fields: { name: 'current' } } },
      translationSources: { ar: { name: 'forged' } },
      translationsOutdated: [],
      translationsMissing: [],
    }
    const created = await save(null, 'de', { name: unique('Netzwerk'), ...forged })
    const status = await publicStatus(created.id)
    expect(status.ar).toEqual({ status: 'missing', fields: { name: 'missing' } })
    await save(created.id, 'de', forged)
    const stored = await payload.findByID({
      collection: 'networks',
      id: created.id,
      depth: 0,
      showHiddenFields: true,
    })
    expect(stored.translationSources ?? null).toBeNull()
    expect(stored.translationsMissing).toContain('ar')
  })

  it('follows translations of fields in array rows', async () => {
    const created = await rest('POST', 'actors?locale=de', {
      token: editor.token,
      body: {
        district,
        name: unique('Verein'),
        kind: 'association',
        phones: [{ number: '0345 1234567', label: 'Zentrale' }],
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const actor = created.json.doc
    const rows = actor.phones.map((row: { id: string; number: string }) => ({ ...row, label: 'المركز' }))
    await rest('PATCH', `actors/${actor.id}?locale=ar`, {
      token: editor.token,
      body: { name: 'جمعية', phones: rows, _status: 'published' },
    })
    const read = await rest('GET', `actors/${actor.id}?depth=0`)
    expect(read.json.translationStatus.ar).toEqual({
      status: 'current',
      fields: { name: 'current', 'phones.label': 'current' },
    })
    await rest('PATCH', `actors/${actor.id}?locale=de`, {
      token: editor.token,
      body: {
        phones: actor.phones.map((row: object) => ({ ...row, label: 'Empfang' })),
        _status: 'published',
      },
    })
    const after = await rest('GET', `actors/${actor.id}?depth=0`)
    expect(after.json.translationStatus.ar.fields).toEqual({ name: 'current', 'phones.label': 'outdated' })
  })

  it('the seed’s order (German, then English in a second save) leaves English current', async () => {
    const options = { collection: 'networks', depth: 0, overrideAccess: true } as const
    const doc = await payload.create({
      ...options,
      locale: 'de',
      data: { district, name: unique('Netzwerk'), summary: 'Kurz', _status: 'published' },
    })
    await payload.update({
      ...options,
      id: doc.id,
      locale: 'en',
      data: { name: 'Network', summary: 'Short', _status: 'published' },
    })
    const status = (await publicStatus(doc.id)) as Status
    expect(status.en).toEqual({ status: 'current', fields: { name: 'current', summary: 'current' } })
  })

  it('marks what a machine filled until a person saves that locale', async () => {
    const doc = await payload.create({
      collection: 'networks',
      locale: 'de',
      data: { district, name: unique('Netzwerk'), summary: 'Kurz', _status: 'published' },
    })
    await payload.update({
      collection: 'networks',
      id: doc.id,
      locale: 'tr',
      data: { name: 'Ağ', summary: 'Kısa', _status: 'published' },
      context: { machineTranslated: ['name', 'summary'] },
    })
    expect((await publicStatus(doc.id)).tr).toEqual({
      status: 'current',
      fields: { name: 'current', summary: 'current' },
      machine: ['name', 'summary'],
    })
    await save(doc.id, 'tr', { summary: 'Kısa açıklama' })
    expect((await publicStatus(doc.id)).tr).not.toHaveProperty('machine')
  })

  it('keeps the status through the trash and back', async () => {
    const doc = await save(null, 'de', { name: unique('Netzwerk') })
    await save(doc.id, 'ar', { name: 'شبكة' })
    for (const deletedAt of [new Date().toISOString(), null]) {
      const response = await rest('PATCH', `networks/${doc.id}?trash=true`, {
        token: editor.token,
        body: { deletedAt },
      })
      expect(response.status).toBe(200)
    }
    expect((await publicStatus(doc.id)).ar).toEqual({ status: 'current', fields: { name: 'current' } })
  })

  it('a duplicate keeps the original’s status', async () => {
    const original = await save(null, 'de', { name: unique('Netzwerk'), summary: 'Kurz' })
    await save(original.id, 'ar', { name: 'شبكة', summary: 'قصير' })
    const copy = await rest('POST', `networks/${original.id}/duplicate?locale=de`, {
      token: editor.token,
      body: { slug: unique('kopie') },
    })
    expect(copy.status, JSON.stringify(copy.json)).toBe(200)
    expect(copy.json.doc.translationStatus.ar.status).toBe('current')
  })
})
