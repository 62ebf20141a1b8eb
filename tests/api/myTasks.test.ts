import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, createNetwork, published, unique } from '../helpers/factories'
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

type Task = { collection: string; id: number; title: string; comment?: string | null; adminUrl: string }
type TaskList = { total: number; docs: Task[] }
type Tasks = {
  awaitingReview: TaskList
  changesRequested: TaskList
  submitted: TaskList
  stale: TaskList
  missingTranslations: Array<{ locale: string; total: number }>
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

  it('lists published entries unchanged for a year, oldest first, only of my districts', async () => {
    const old = await createNetwork(payload, { district, ...published, name: unique('Alt') })
    const fresh = await createNetwork(payload, { district, ...published, name: unique('Neu') })
    await payload.db.drizzle.execute(
      sql`update networks set updated_at = now() - interval '13 months' where id = ${old.id}`,
    )
    const stale = ids((await tasksOf(editor.token)).stale)
    expect(stale).toContain(`networks/${old.id}`)
    expect(stale).not.toContain(`networks/${fresh.id}`)
    expect(ids((await tasksOf(foreignEditor.token)).stale)).not.toContain(`networks/${old.id}`)
  })

  it('counts published entries without a translation per locale', async () => {
    const before = await tasksOf(editor.token)
    const count = (tasks: Tasks, locale: string) =>
      tasks.missingTranslations.find((entry) => entry.locale === locale)!.total
    const network = await createNetwork(payload, { district, ...published })
    await payload.update({ collection: 'networks', id: network.id, locale: 'ar', data: { name: 'شبكة' } })
    const after = await tasksOf(editor.token)
    expect(after.missingTranslations.map(({ locale }) => locale)).not.toContain('de')
    expect(count(after, 'ar')).toBe(count(before, 'ar'))
    expect(count(after, 'fa')).toBe(count(before, 'fa') + 1)
  })

  it('answers 401 without a user', async () => {
    const response = await rest('GET', 'my-tasks')
    expect(response.status).toBe(401)
    expect(response.json.errors[0].message).toMatch(/sign in/i)
  })
})
