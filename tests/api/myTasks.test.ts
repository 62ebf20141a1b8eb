import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createActor, createDistrict, createNetwork, published, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * "Meine Aufgaben": what each member of a district team has to do, over `GET /api/my-tasks`
 * (the dashboard renders the same), read with the caller's access.
 */
let payload: Payload
let district: number
let author: { id: number; token: string }
let editor: { id: number; token: string }
let foreignEditor: { id: number; token: string }

type Task = {
  collection: string
  id: number
  title: string
  at: string | null
  comment?: string | null
  adminUrl: string
  url?: string
  problem?: string
}
type TaskList = { total: number; docs: Task[] }
type Tasks = {
  awaitingReview: TaskList
  changesRequested: TaskList
  submitted: TaskList
  stale: TaskList
  missingTranslations: Array<{ locale: string; total: number }>
  outdatedTranslations: Array<{ locale: string; total: number }>
  brokenLinks: TaskList
}

const tasksOf = async (token: string): Promise<Tasks> => {
  const response = await rest('GET', 'my-tasks', { token })
  expect(response.status).toBe(200)
  return response.json as Tasks
}
const ids = (list: TaskList) => list.docs.map((task) => `${task.collection}/${task.id}`)

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  author = await createMember(district, 'author')
  editor = await createMember(district, 'editor')
  foreignEditor = await createMember((await createDistrict(payload)).id, 'editor')
})

describe('my tasks', () => {
  it('follows a draft from submission to requested changes to resubmission', async () => {
    const network = await createNetwork(payload, { district, ...published })
    const key = `networks/${network.id}`
    await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: author.token,
      body: { summary: 'Entwurf', review: { requested: true } },
    })
    expect(ids((await tasksOf(editor.token)).awaitingReview)).toContain(key)
    expect(ids((await tasksOf(author.token)).submitted)).toContain(key)
    expect(ids((await tasksOf(author.token)).awaitingReview)).not.toContain(key)
    expect(ids((await tasksOf(foreignEditor.token)).awaitingReview)).not.toContain(key)

    await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: editor.token,
      body: { review: { changesRequested: true, comment: 'Bitte die Adresse ergänzen.' } },
    })
    const authors = await tasksOf(author.token)
    const sentBack = authors.changesRequested.docs.find((task) => `${task.collection}/${task.id}` === key)
    expect(sentBack).toMatchObject({
      comment: 'Bitte die Adresse ergänzen.',
      adminUrl: `/admin/collections/${key}`,
    })
    expect(ids(authors.submitted)).not.toContain(key)
    expect(ids((await tasksOf(editor.token)).awaitingReview)).not.toContain(key)
    // Sent back to the author who submitted, not to the editor's own tasks.
    expect(ids((await tasksOf(editor.token)).changesRequested)).not.toContain(key)

    await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: author.token,
      body: { review: { requested: true } },
    })
    expect(ids((await tasksOf(author.token)).changesRequested)).not.toContain(key)
    expect(ids((await tasksOf(editor.token)).awaitingReview)).toContain(key)
  })

  it('lists published entries not verified for their district’s months, only of my districts', async () => {
    const old = await createActor(payload, { district, ...published, name: unique('Alt') })
    const fresh = await createActor(payload, { district, ...published, name: unique('Neu') })
    const never = await createActor(payload, { district, ...published, name: unique('Nie') })
    const verifiedAgo = (id: number, interval: string) =>
      payload.db.drizzle.execute(
        sql`update actors set verified_at = now() - ${interval}::interval where id = ${id}`,
      )
    await verifiedAgo(old.id, '13 months')
    await verifiedAgo(fresh.id, '1 day')
    const stale = (await tasksOf(editor.token)).stale
    expect(ids(stale)).toContain(`actors/${old.id}`)
    expect(ids(stale)).not.toContain(`actors/${fresh.id}`)
    // Never verified (created without a person, as the seed does): listed, without a date.
    expect(stale.docs.find((task) => task.id === never.id)).toMatchObject({ at: null })
    expect(ids((await tasksOf(foreignEditor.token)).stale)).not.toContain(`actors/${old.id}`)

    // A district that checks every two years: thirteen months is not stale there.
    await payload.update({ collection: 'districts', id: district, data: { staleAfterMonths: 24 } })
    try {
      expect(ids((await tasksOf(editor.token)).stale)).not.toContain(`actors/${old.id}`)
    } finally {
      await payload.update({ collection: 'districts', id: district, data: { staleAfterMonths: 12 } })
    }
  })

  it('lists the broken links of my districts, not those of others', async () => {
    const actor = await createActor(payload, { district, ...published, website: 'https://example.org/weg' })
    const check = (documentId: number, inDistrict: number, outcome: 'ok' | 'broken', url: string) =>
      payload.create({
        collection: 'link-checks',
        data: {
          district: inDistrict,
          collection: 'actors',
          documentId: String(documentId),
          field: 'website',
          url,
          outcome,
          status: outcome === 'ok' ? 200 : 404,
          checkedAt: new Date().toISOString(),
          failingSince: outcome === 'ok' ? null : new Date().toISOString(),
          title: actor.name,
        },
      })
    const broken = await check(actor.id, district, 'broken', `https://example.org/${unique('weg')}`)
    const working = await check(actor.id, district, 'ok', `https://example.org/${unique('da')}`)
    const foreign = await createDistrict(payload)
    const elsewhere = await check(actor.id, foreign.id, 'broken', `https://example.org/${unique('fremd')}`)
    const urls = (tasks: Tasks) => tasks.brokenLinks.docs.map((task) => task.url)
    const editors = await tasksOf(editor.token)
    expect(urls(editors)).toContain(broken.url)
    expect(urls(editors)).not.toContain(working.url)
    expect(urls(editors)).not.toContain(elsewhere.url)
    expect(editors.brokenLinks.docs.find((task) => task.url === broken.url)).toMatchObject({
      adminUrl: `/admin/collections/actors/${actor.id}`,
      problem: '404',
    })
    expect(urls(await tasksOf(foreignEditor.token))).not.toContain(broken.url)
  })

  it('counts published entries with missing and outdated translations per locale', async () => {
    const before = await tasksOf(editor.token)
    const count = (list: Tasks['missingTranslations'], locale: string) =>
      list.find((entry) => entry.locale === locale)!.total
    const network = await createNetwork(payload, { district, ...published })
    await payload.update({ collection: 'networks', id: network.id, locale: 'ar', data: { name: 'شبكة' } })
    const translated = await tasksOf(editor.token)
    expect(translated.missingTranslations.map(({ locale }) => locale)).not.toContain('de')
    expect(count(translated.missingTranslations, 'ar')).toBe(count(before.missingTranslations, 'ar'))
    expect(count(translated.missingTranslations, 'fa')).toBe(count(before.missingTranslations, 'fa') + 1)
    expect(count(translated.outdatedTranslations, 'ar')).toBe(count(before.outdatedTranslations, 'ar'))

    // The German name changes: the Arabic one is now outdated, no longer counted as missing.
    await payload.update({
      collection: 'networks',
      id: network.id,
      locale: 'de',
      data: { name: unique('Netz') },
    })
    const changed = await tasksOf(editor.token)
    expect(count(changed.outdatedTranslations, 'ar')).toBe(count(before.outdatedTranslations, 'ar') + 1)
    expect(count(changed.missingTranslations, 'ar')).toBe(count(before.missingTranslations, 'ar'))
    // Another district's editor counts nothing of it.
    const foreign = await tasksOf(foreignEditor.token)
    expect(count(foreign.outdatedTranslations, 'ar')).toBe(0)
  })

  it('answers 401 without a user', async () => {
    const response = await rest('GET', 'my-tasks')
    expect(response.status).toBe(401)
    expect(response.json.errors[0].message).toMatch(/sign in/i)
  })
})
