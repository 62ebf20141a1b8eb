import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { pruneAuditLog } from '../../collections/AuditLog/pruneAuditLog'
import type { AuditLog } from '../../payload-types'
import { proseToRichText } from '../../seeds/prose'
import { auditRetentionDaysFromEnv } from '../../src/lib/auditRetention'
import { resolveOptions } from '../../src/plugin/options'
import { createMember, loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, createUser, PASSWORD, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * The audit log through the app's real REST and GraphQL route handlers: what each step records
 * and by whom, what it never stores, who reads it, that nobody writes it, and its retention.
 */
let payload: Payload
let admin: { token: string; id: number }
let districtA: number
let districtB: number
let editorA: { id: number; email: string; token: string }
let districtAdminA: { id: number; email: string; token: string }

beforeAll(async () => {
  payload = await testPayload()
  admin = await loginAsNewAdmin()
  districtA = (await createDistrict(payload)).id
  districtB = (await createDistrict(payload)).id
  editorA = await createMember(districtA, 'editor')
  districtAdminA = await createMember(districtA, 'district-admin')
})

/** The entries about one document, oldest first. */
const entriesAbout = async (collection: string, id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
      sort: 'id',
      depth: 0,
      limit: 100,
    })
  ).docs

const actionsOf = (entries: AuditLog[]) => entries.map(({ action }) => action)

describe('recording', () => {
  it('records each step of a document with its author, from create to delete', async () => {
    const created = await rest('POST', 'networks?draft=true', {
      token: editorA.token,
      body: { name: unique('Netzwerk'), district: districtA },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    const draft = await rest('PATCH', `networks/${id}?draft=true`, {
      token: editorA.token,
      body: { name: 'Netzwerk Entwurf' },
    })
    expect(draft.status).toBe(200)
    const publish = await rest('PATCH', `networks/${id}`, {
      token: editorA.token,
      body: { name: 'Netzwerk Öffentlich', _status: 'published' },
    })
    expect(publish.status).toBe(200)
    const unpublish = await rest('PATCH', `networks/${id}`, {
      token: editorA.token,
      body: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(200)
    const trash = await rest('PATCH', `networks/${id}`, {
      token: editorA.token,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status).toBe(200)
    const restore = await rest('PATCH', `networks/${id}?trash=true`, {
      token: editorA.token,
      body: { deletedAt: null },
    })
    expect(restore.status).toBe(200)
    const remove = await rest('DELETE', `networks/${id}`, { token: districtAdminA.token })
    expect(remove.status).toBe(200)

    const entries = await entriesAbout('networks', id)
    expect(actionsOf(entries)).toEqual([
      'create',
      'update',
      'publish',
      'unpublish',
      'trash',
      'restore',
      'delete',
    ])
    expect(entries.slice(0, 6).every(({ user }) => user === editorA.id)).toBe(true)
    expect(entries.slice(0, 6).every(({ actorLabel }) => actorLabel === editorA.email)).toBe(true)
    expect(entries[6]).toMatchObject({ user: districtAdminA.id, actorLabel: districtAdminA.email })
    expect(entries.every(({ districts }) => JSON.stringify(districts) === JSON.stringify([districtA]))).toBe(
      true,
    )
    expect(entries.every(({ viaApiKey }) => !viaApiKey)).toBe(true)
    // Non-personal fields: the paths and their values before and after.
    expect(entries[1]!.changedFields).toContain('name')
    expect(entries[2]!.changes).toMatchObject({
      name: { before: 'Netzwerk Entwurf', after: 'Netzwerk Öffentlich' },
      _status: { before: 'draft', after: 'published' },
    })
    expect(entries[2]!.title).toBe('Netzwerk Öffentlich')
    expect(entries[4]!.changedFields).toContain('deletedAt')
  })

  it('records the review as its steps: submitted by the author, sent back and published by the editor', async () => {
    const author = await createMember(districtA, 'author')
    const created = await rest('POST', 'actors?draft=true', {
      token: author.token,
      body: { name: unique('Verein'), kind: 'association', district: districtA },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    const step = async (token: string, body: object, query = '?draft=true') => {
      const response = await rest('PATCH', `actors/${id}${query}`, { token, body })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
    }
    await step(author.token, { review: { requested: true } })
    await step(editorA.token, { review: { changesRequested: true, comment: 'Bitte die Adresse ergänzen.' } })
    await step(author.token, { name: unique('Verein mit Adresse') })
    await step(author.token, { review: { requested: true } })
    await step(editorA.token, { _status: 'published' }, '')

    const entries = await entriesAbout('actors', id)
    expect(entries.map(({ action, user }) => [action, user])).toEqual([
      ['create', author.id],
      ['submit', author.id],
      ['requestChanges', editorA.id],
      ['update', author.id],
      ['submit', author.id],
      ['publish', editorA.id],
    ])
    // The editors' comment is theirs to read in the log: it is not personal.
    expect(entries[2]!.changes).toMatchObject({
      'review.comment': { before: null, after: 'Bitte die Adresse ergänzen.' },
    })
  })

  it('lists the personal fields of a person by path only, never their values', async () => {
    const email = `${unique('person')}@example.org`
    const created = await rest('POST', 'contacts', {
      token: editorA.token,
      body: {
        kind: 'person',
        name: 'Erika Mustermann',
        position: 'Koordinatorin',
        district: districtA,
        emails: [{ address: email }],
        phones: [{ number: '+49 345 123456' }],
      },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    const changed = await rest('PATCH', `contacts/${id}`, {
      token: editorA.token,
      body: { name: 'Erika Musterfrau', emails: [{ address: `neu-${email}` }], position: 'Leiterin' },
    })
    expect(changed.status).toBe(200)

    const entries = await entriesAbout('contacts', id)
    expect(actionsOf(entries)).toEqual(['create', 'update'])
    const update = entries[1]!
    expect(update.changedFields).toEqual(expect.arrayContaining(['name', 'emails.0.address', 'position']))
    expect(Object.keys(update.changes as object)).toContain('position')
    expect(Object.keys(update.changes as object)).not.toContain('name')
    expect(Object.keys(update.changes as object)).not.toContain('emails.0.address')
    const stored = JSON.stringify(entries)
    for (const value of ['Erika', 'Mustermann', 'Musterfrau', email, '123456']) {
      expect(stored).not.toContain(value)
    }
    // A person's title is their name: not kept either.
    expect(entries.every(({ title }) => title === null || title === undefined)).toBe(true)
  })

  it('keeps the values of an office, which are public by nature', async () => {
    const created = await rest('POST', 'contacts', {
      token: editorA.token,
      body: { kind: 'office', name: 'Koordinierungsstelle', district: districtA },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    await rest('PATCH', `contacts/${id}`, { token: editorA.token, body: { name: 'Integrationsbüro' } })
    const [, update] = await entriesAbout('contacts', id)
    expect(update!.changes).toMatchObject({
      name: { before: 'Koordinierungsstelle', after: 'Integrationsbüro' },
    })
    expect(update!.title).toBe('Integrationsbüro')
  })

  it('names a rich-text field by its path, with the whole value before and after', async () => {
    const network = await payload.create({
      collection: 'networks',
      draft: true,
      data: {
        name: unique('Mit Text'),
        district: districtA,
        description: proseToRichText('Erster Absatz.') as never,
      },
    })
    const changed = await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: editorA.token,
      body: { description: proseToRichText('Zweiter Absatz.') },
    })
    expect(changed.status).toBe(200)
    const [, update] = await entriesAbout('networks', network.id)
    expect(update!.changedFields).toEqual(['description'])
    const { before, after } = (update!.changes as Record<string, { before: unknown; after: unknown }>)
      .description!
    expect(JSON.stringify(before)).toContain('Erster Absatz.')
    expect(JSON.stringify(after)).toContain('Zweiter Absatz.')
  })

  it('marks what was done with an API key', async () => {
    const apiKey = unique('schluessel')
    const holder = await createUser(payload, {
      districts: [{ district: districtA, roles: ['editor'] }],
      enableAPIKey: true,
      apiKey,
    })
    const created = await rest('POST', 'networks?draft=true', {
      headers: { Authorization: `users API-Key ${apiKey}` },
      body: { name: unique('Per Schlüssel'), district: districtA },
    })
    expect(created.status).toBe(201)
    const [entry] = await entriesAbout('networks', created.json.doc.id)
    expect(entry).toMatchObject({ action: 'create', user: holder.id, viaApiKey: true })
  })

  it('records sign-ins, failed sign-ins, the lockout and a password reset of an account', async () => {
    const user = await createUser(payload, { districts: [{ district: districtA, roles: ['viewer'] }] })
    expect(
      (await rest('POST', 'users/login', { body: { email: user.email, password: PASSWORD } })).status,
    ).toBe(200)
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await rest('POST', 'users/login', {
        body: { email: user.email, password: 'falsch-123456' },
      })
      expect(wrong.status).toBe(401)
    }
    const forgot = await rest('POST', 'users/forgot-password', { body: { email: user.email } })
    expect(forgot.status).toBe(200)
    const { resetPasswordToken } = (await payload.db.findOne<{ id: number; resetPasswordToken: string }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    }))!
    const reset = await rest('POST', 'users/reset-password', {
      body: { token: resetPasswordToken, password: 'ein-neues-Passwort-2026' },
    })
    expect(reset.status).toBe(200)

    const entries = (await entriesAbout('users', user.id)).filter(({ action }) => action !== 'create')
    expect(actionsOf(entries)).toEqual([
      'login',
      'loginFailed',
      'loginFailed',
      'loginFailed',
      'loginFailed',
      'loginFailed',
      'lockout',
      'forgotPassword',
      'passwordReset',
    ])
    expect(entries.every((entry) => entry.user === user.id && entry.actorLabel === user.email)).toBe(true)
    expect(entries.every(({ districts }) => JSON.stringify(districts) === JSON.stringify([districtA]))).toBe(
      true,
    )
    // Nothing of the password or its token is kept.
    expect(JSON.stringify(entries)).not.toContain(resetPasswordToken)
  })

  it('records role and membership changes with before and after', async () => {
    const user = await createUser(payload, { districts: [{ district: districtA, roles: ['viewer'] }] })
    const memberships = await rest('PATCH', `users/${user.id}`, {
      token: districtAdminA.token,
      body: { districts: [{ district: districtA, roles: ['editor'] }] },
    })
    expect(memberships.status).toBe(200)
    const roles = await rest('PATCH', `users/${user.id}`, { token: admin.token, body: { roles: ['admin'] } })
    expect(roles.status).toBe(200)
    const entries = await entriesAbout('users', user.id)
    expect(actionsOf(entries)).toEqual(['create', 'membershipsChanged', 'rolesChanged'])
    expect(entries[1]).toMatchObject({
      user: districtAdminA.id,
      changedFields: ['districts.0.roles.0'],
      changes: { 'districts.0.roles.0': { before: 'viewer', after: 'editor' } },
    })
    expect(entries[2]).toMatchObject({
      user: admin.id,
      changes: { 'roles.0': { before: null, after: 'admin' } },
    })
  })

  it('leaves no entry when the change fails', async () => {
    const before = await payload.count({ collection: 'audit-log' })
    const invalid = await rest('POST', 'networks', {
      token: editorA.token,
      body: { district: districtA, _status: 'published' },
    })
    expect(invalid.status).toBe(400)
    expect(JSON.stringify(invalid.json)).toContain('name')
    // The same request with its name: recorded, so the failed one would have been too.
    const valid = await rest('POST', 'networks', {
      token: editorA.token,
      body: { district: districtA, name: unique('Gültig'), _status: 'published' },
    })
    expect(valid.status).toBe(201)
    const after = await payload.count({ collection: 'audit-log' })
    expect(after.totalDocs - before.totalDocs).toBe(1)
  })

  it('rolls the change back when its entry cannot be written', async () => {
    const name = unique('Ohne Protokoll')
    // A constraint of the test's own makes PostgreSQL refuse this one entry, inside the transaction.
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const constraint = `refuse_${process.pid}`
    await pool.query(
      `alter table audit_log add constraint ${constraint} check (title is distinct from '${name}')`,
    )
    // A failure of the server's own, logged as an error: kept out of the test output, but asserted.
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => {})
    try {
      const refused = await rest('POST', 'networks?draft=true', {
        token: editorA.token,
        body: { name, district: districtA },
      })
      expect(refused.status).toBe(500)
      expect(JSON.stringify(logged.mock.calls)).toContain(constraint)
    } finally {
      logged.mockRestore()
      await pool.query(`alter table audit_log drop constraint ${constraint}`)
    }
    const { docs } = await payload.find({
      collection: 'networks',
      where: { name: { equals: name } },
      draft: true,
      trash: true,
    })
    expect(docs).toEqual([])
  })
})

describe('reading and writing the log', () => {
  let entryA: number
  let entryB: number

  beforeAll(async () => {
    const inA = await payload.create({
      collection: 'networks',
      draft: true,
      data: { name: unique('A'), district: districtA },
    })
    const inB = await payload.create({
      collection: 'networks',
      draft: true,
      data: { name: unique('B'), district: districtB },
    })
    entryA = (await entriesAbout('networks', inA.id))[0]!.id
    entryB = (await entriesAbout('networks', inB.id))[0]!.id
  })

  const visible = async (token: string | undefined, id: number) => {
    const byId = await rest('GET', `audit-log/${id}`, { token })
    const list = await rest('GET', `audit-log?where[id][equals]=${id}`, { token })
    const graph = await gql(
      `query ($id: Int!) { one: AuditLog(id: $id) { id } two: AuditLogs(where: { id: { equals: $id } }) { docs { id } } }`,
      { id },
      token,
    )
    return {
      byId: byId.status === 200,
      list: list.status === 200 && list.json.docs.length > 0,
      graph: Boolean(graph.json.data?.one) || Boolean(graph.json.data?.two?.docs?.length),
    }
  }

  it('shows the state admin every entry', async () => {
    expect(await visible(admin.token, entryA)).toEqual({ byId: true, list: true, graph: true })
    expect(await visible(admin.token, entryB)).toEqual({ byId: true, list: true, graph: true })
  })

  it("shows a district admin their district's entries and never another's", async () => {
    expect(await visible(districtAdminA.token, entryA)).toEqual({ byId: true, list: true, graph: true })
    expect(await visible(districtAdminA.token, entryB)).toEqual({ byId: false, list: false, graph: false })
    const all = await rest('GET', 'audit-log?limit=1000&depth=0', { token: districtAdminA.token })
    expect(all.status).toBe(200)
    expect(
      (all.json.docs as AuditLog[]).every(({ districts }) => (districts as number[]).includes(districtA)),
    ).toBe(true)
  })

  it('shows editors, authors, viewers and anonymous clients nothing', async () => {
    const author = await createMember(districtA, 'author')
    const viewer = await createMember(districtA, 'viewer')
    for (const token of [editorA.token, author.token, viewer.token, undefined]) {
      expect(await visible(token, entryA)).toEqual({ byId: false, list: false, graph: false })
    }
    const anonymous = await rest('GET', 'audit-log')
    expect(anonymous.status).toBe(403)
  })

  it('refuses create, update and delete to everyone, the state admin included, over REST and GraphQL', async () => {
    for (const token of [admin.token, districtAdminA.token]) {
      const create = await rest('POST', 'audit-log', { token, body: { action: 'login' } })
      expect(create.status).toBe(403)
      const update = await rest('PATCH', `audit-log/${entryA}`, { token, body: { title: 'gefälscht' } })
      expect(update.status).toBe(403)
      const remove = await rest('DELETE', `audit-log/${entryA}`, { token })
      expect(remove.status).toBe(403)
      const bulk = await rest('DELETE', `audit-log?where[id][equals]=${entryA}`, { token })
      expect(bulk.status === 403 || bulk.json.docs?.length === 0).toBe(true)
      const graph = await gql(
        `mutation ($id: Int!) {
          c: createAuditLog(data: { action: login }) { id }
          u: updateAuditLog(id: $id, data: { title: "gefälscht" }) { id }
          d: deleteAuditLog(id: $id) { id }
        }`,
        { id: entryA },
        token,
      )
      expect(graph.json.data).toEqual({ c: null, u: null, d: null })
      expect(
        (graph.json.errors as Array<{ extensions: { statusCode: number } }>).map(
          ({ extensions }) => extensions.statusCode,
        ),
      ).toEqual([403, 403, 403])
    }
    const still = await payload.findByID({ collection: 'audit-log', id: entryA, depth: 0 })
    expect(still.title).not.toBe('gefälscht')
  })
})

describe('retention', () => {
  it('deletes entries older than the retention and keeps newer ones', async () => {
    const network = await payload.create({
      collection: 'networks',
      draft: true,
      data: { name: unique('Alt'), district: districtA },
    })
    const [old] = await entriesAbout('networks', network.id)
    await payload.update({
      collection: 'networks',
      id: network.id,
      draft: true,
      data: { name: unique('Neu') },
    })
    const [, recent] = await entriesAbout('networks', network.id)
    // Backdated in the table: nobody can write createdAt through the API.
    await payload.db.updateOne({
      collection: 'audit-log',
      id: old!.id,
      data: { createdAt: new Date(Date.now() - 400 * 86_400_000).toISOString() },
    })
    const req = { payload } as never
    expect(await pruneAuditLog(req, 0)).toBe(0)
    expect(await pruneAuditLog(req, 365)).toBeGreaterThanOrEqual(1)
    const left = (await entriesAbout('networks', network.id)).map(({ id }) => id)
    expect(left).toEqual([recent!.id])
  })

  it('runs daily as the scheduled job pruneAuditLog with AUDIT_RETENTION_DAYS', async () => {
    const task = payload.config.jobs.tasks?.find(({ slug }) => slug === 'pruneAuditLog')
    expect(task?.schedule).toEqual([expect.objectContaining({ cron: '0 17 3 * * *', queue: 'default' })])
    const network = await payload.create({
      collection: 'networks',
      draft: true,
      data: { name: unique('Sehr alt'), district: districtA },
    })
    const [old] = await entriesAbout('networks', network.id)
    await payload.db.updateOne({
      collection: 'audit-log',
      id: old!.id,
      data: { createdAt: new Date(Date.now() - 366 * 86_400_000).toISOString() },
    })
    const job = await payload.jobs.queue({ task: 'pruneAuditLog', input: {} })
    await payload.jobs.runByID({ id: job.id })
    expect(await entriesAbout('networks', network.id)).toEqual([])
  })

  it('reads AUDIT_RETENTION_DAYS and refuses what is not a number of days', () => {
    expect(auditRetentionDaysFromEnv({})).toBe(365)
    expect(auditRetentionDaysFromEnv({ AUDIT_RETENTION_DAYS: '0' })).toBe(0)
    expect(auditRetentionDaysFromEnv({ AUDIT_RETENTION_DAYS: ' 90 ' })).toBe(90)
    for (const bad of ['-1', '1.5', 'ein Jahr', '1e3']) {
      expect(() => auditRetentionDaysFromEnv({ AUDIT_RETENTION_DAYS: bad })).toThrow(/AUDIT_RETENTION_DAYS/)
    }
    expect(() => resolveOptions({ auditLog: { retentionDays: -3 } })).toThrow(/retentionDays/)
  })
})
