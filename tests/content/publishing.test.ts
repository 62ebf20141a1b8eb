import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loginAsNewAdmin } from '../helpers/auth'
import {
  createContact,
  createDistrict,
  createMedia,
  createPrinciple,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

let payload: Payload
let adminToken: string
let adminId: number
let districtId: number

beforeAll(async () => {
  payload = await testPayload()
  // A state admin of this file's own: see loginAsNewAdmin for why not the shared TEST_ADMIN.
  const admin = await loginAsNewAdmin()
  adminToken = admin.token
  adminId = admin.id
  districtId = (await createDistrict(payload)).id
})

const createNetwork = (name: string, status: 'draft' | 'published') =>
  payload.create({
    collection: 'networks',
    draft: status === 'draft',
    data: { name, district: districtId, _status: status },
  })

/** What an anonymous REST client gets for one network, by query and by ID. */
const anonymousNetwork = async (id: number) => {
  const list = await rest('GET', `networks?where[id][equals]=${id}`)
  expect(list.status).toBe(200)
  const byId = await rest('GET', `networks/${id}`)
  return { docs: list.json.docs as { id: number; name: string }[], byId }
}

const NETWORK_QUERY = `query ($id: Int!) {
  Network(id: $id) { id name }
  Networks(where: { id: { equals: $id } }) { docs { id name } }
}`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('drafts and publishing', () => {
  it('hides a draft network from anonymous REST and GraphQL clients until it is published', async () => {
    const name = unique('Entwurfsnetzwerk')
    const draft = await createNetwork(name, 'draft')
    expect(draft._status).toBe('draft')

    const before = await anonymousNetwork(draft.id)
    expect(before.docs).toEqual([])
    expect(before.byId.status).toBe(404)
    // Asking for drafts does not let an anonymous client see them either.
    const draftParam = await rest('GET', `networks/${draft.id}?draft=true`)
    expect(draftParam.status).toBe(404)
    const draftList = await rest('GET', `networks?draft=true&where[id][equals]=${draft.id}`)
    expect(draftList.json.docs).toEqual([])

    const anonymousGql = await gql(NETWORK_QUERY, { id: draft.id })
    expect(anonymousGql.json.data.Network).toBeNull()
    expect(anonymousGql.json.errors).toEqual([expect.objectContaining({ path: ['Network'] })])
    expect(anonymousGql.json.data.Networks.docs).toEqual([])
    // The signed-in editor sees the draft, so the query itself is sound.
    const editorGql = await gql(NETWORK_QUERY, { id: draft.id }, adminToken)
    expect(editorGql.json.data.Networks.docs).toEqual([{ id: draft.id, name }])

    await payload.update({ collection: 'networks', id: draft.id, data: { _status: 'published' } })

    const after = await anonymousNetwork(draft.id)
    expect(after.docs).toEqual([expect.objectContaining({ id: draft.id, name })])
    expect(after.byId.status).toBe(200)
    expect(after.byId.json).toMatchObject({ id: draft.id, name, _status: 'published' })
    const publishedGql = await gql(NETWORK_QUERY, { id: draft.id })
    expect(publishedGql.json.errors).toBeUndefined()
    expect(publishedGql.json.data.Network).toEqual({ id: draft.id, name })
    expect(publishedGql.json.data.Networks.docs).toEqual([{ id: draft.id, name }])

    // A later draft edit stays unpublished: anonymous clients still get the published name.
    await payload.update({
      collection: 'networks',
      id: draft.id,
      draft: true,
      data: { name: `${name}-neu`, _status: 'draft' },
    })
    const afterDraftEdit = await rest('GET', `networks/${draft.id}`)
    expect(afterDraftEdit.json.name).toBe(name)
    const editorDraft = await rest('GET', `networks/${draft.id}?draft=true`, { token: adminToken })
    expect(editorDraft.json.name).toBe(`${name}-neu`)
  })

  it('keeps a version history from which an earlier version can be restored', async () => {
    const nameA = unique('Netzwerk-A')
    const nameB = unique('Netzwerk-B')
    const network = await createNetwork(nameA, 'published')
    const updated = await payload.update({
      collection: 'networks',
      id: network.id,
      data: { name: nameB, _status: 'published' },
    })
    expect(updated.name).toBe(nameB)

    const versions = await payload.findVersions({
      collection: 'networks',
      where: { parent: { equals: network.id } },
      sort: '-updatedAt',
      limit: 50,
    })
    expect(versions.docs.map((version) => version.version.name)).toEqual(
      expect.arrayContaining([nameA, nameB]),
    )
    const versionA = versions.docs.find((version) => version.version.name === nameA)
    expect(versionA).toBeDefined()
    expect(versionA?.parent).toBe(network.id)

    // Version history is for editors only.
    const anonymousVersions = await rest('GET', `networks/versions?where[parent][equals]=${network.id}`)
    expect(anonymousVersions.status).toBe(403)

    await payload.restoreVersion({ collection: 'networks', id: versionA!.id })

    const restored = await payload.findByID({ collection: 'networks', id: network.id })
    expect(restored.name).toBe(nameA)
    const anonymous = await rest('GET', `networks/${network.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.name).toBe(nameA)
    // Restoring records a new version rather than rewriting history.
    const afterRestore = await payload.countVersions({
      collection: 'networks',
      where: { parent: { equals: network.id } },
    })
    expect(afterRestore.totalDocs).toBeGreaterThan(versions.totalDocs)
  })

  it('moves a network to the trash, hiding it, and restores it from there', async () => {
    const name = unique('Papierkorbnetzwerk')
    const network = await createNetwork(name, 'published')
    const byId = { id: { equals: network.id } }

    // Payload's trash: setting deletedAt (payload.delete would delete for good).
    const trashed = await payload.update({
      collection: 'networks',
      id: network.id,
      data: { deletedAt: new Date().toISOString() },
    })
    expect(trashed.deletedAt).toBeTruthy()

    expect((await payload.find({ collection: 'networks', where: byId })).docs).toEqual([])
    await expect(payload.findByID({ collection: 'networks', id: network.id })).rejects.toMatchObject({
      status: 404,
    })
    const anonymous = await anonymousNetwork(network.id)
    expect(anonymous.docs).toEqual([])
    expect(anonymous.byId.status).toBe(404)
    // Asking for the trash explicitly reveals nothing to anonymous clients either.
    const anonymousTrashList = await rest('GET', `networks?trash=true&where[id][equals]=${network.id}`)
    expect(anonymousTrashList.json.docs).toEqual([])
    expect((await rest('GET', `networks/${network.id}?trash=true`)).status).toBe(404)
    const anonymousTrashGql = await gql(`query ($id: Int!) { Network(id: $id, trash: true) { name } }`, {
      id: network.id,
    })
    expect(anonymousTrashGql.json.data?.Network ?? null).toBeNull()
    // Signed in, the trash is there to restore from.
    const signedInTrash = await rest('GET', `networks/${network.id}?trash=true`, { token: adminToken })
    expect(signedInTrash.status).toBe(200)

    const inTrash = await payload.find({ collection: 'networks', where: byId, trash: true })
    expect(inTrash.docs).toEqual([expect.objectContaining({ id: network.id, name })])
    expect(inTrash.docs[0]?.deletedAt).toBeTruthy()
    const onlyTrash = await payload.find({
      collection: 'networks',
      where: { and: [byId, { deletedAt: { exists: true } }] },
      trash: true,
    })
    expect(onlyTrash.totalDocs).toBe(1)

    const restored = await payload.update({
      collection: 'networks',
      id: network.id,
      trash: true,
      data: { deletedAt: null },
    })
    expect(restored.deletedAt).toBeFalsy()

    const found = await payload.find({ collection: 'networks', where: byId })
    expect(found.docs).toEqual([expect.objectContaining({ id: network.id, name })])
    const anonymousAfter = await anonymousNetwork(network.id)
    expect(anonymousAfter.docs).toHaveLength(1)
    expect(anonymousAfter.byId.status).toBe(200)
  })

  it('publishes a draft network when its scheduled publishing job runs', async () => {
    const name = unique('Geplantes-Netzwerk')
    const draft = await createNetwork(name, 'draft')
    const waitUntil = new Date(Date.now() + 1500)

    // What the admin panel's schedule drawer does (schedulePublishHandler in @payloadcms/ui).
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'networks', value: draft.id },
        user: { relationTo: 'users', value: adminId },
      },
      waitUntil,
    })
    const stored = await payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(stored).toMatchObject({ taskSlug: 'schedulePublish', queue: 'default' })
    expect(new Date(stored.waitUntil!).getTime()).toBe(waitUntil.getTime())
    const onlyThisJob = { id: { equals: job.id } }

    // Before its time the job is not picked up.
    const early = await payload.jobs.run({ where: onlyThisJob })
    expect(early.jobStatus ?? {}).toEqual({})
    expect((await payload.findByID({ collection: 'networks', id: draft.id }))._status).toBe('draft')
    expect((await rest('GET', `networks/${draft.id}`)).status).toBe(404)

    await sleep(waitUntil.getTime() - Date.now() + 100)
    const due = await payload.jobs.run({ where: onlyThisJob })
    expect(due.jobStatus?.[job.id]).toEqual({ status: 'success' })
    // A completed job is removed from the queue (deleteJobOnComplete is Payload's default).
    expect((await payload.count({ collection: 'payload-jobs', where: onlyThisJob })).totalDocs).toBe(0)
    expect((await payload.findByID({ collection: 'networks', id: draft.id }))._status).toBe('published')
    const anonymous = await anonymousNetwork(draft.id)
    expect(anonymous.byId.status).toBe(200)
    expect(anonymous.byId.json).toMatchObject({ id: draft.id, name, _status: 'published' })
    expect(anonymous.docs).toHaveLength(1)
  })
})

describe('contacts', () => {
  const createContactWithPhoto = async (kind: 'person' | 'office', consent: boolean) => {
    const photo = await createMedia(payload, {
      district: districtId,
      alt: 'Porträt',
      filename: `${unique('portrait')}.png`,
    })
    const contact = await createContact(payload, {
      kind,
      name: unique(kind === 'person' ? 'Erika Mustermann' : 'Koordinierungsstelle'),
      salutation: kind === 'person' ? 'frau' : undefined,
      position: 'Integrationsbeauftragte',
      district: districtId,
      phones: [{ number: '03461 40 2228', label: 'Büro' }],
      emails: [{ address: `${unique('kontakt')}@example.org` }],
      photo: photo.id,
      publicListing: { consent },
      ...published,
    })
    return { contact, photo }
  }

  it('lists persons publicly only with recorded consent; offices always', async () => {
    const withoutConsent = await createContactWithPhoto('person', false)
    const withConsent = await createContactWithPhoto('person', true)
    const office = await createContactWithPhoto('office', false)

    // Phone numbers are stored in E.164 form.
    expect(withoutConsent.contact.phones?.[0]?.number).toBe('+493461402228')

    // Without consent a person is not listed at all: not by id, not in a list, not by name.
    expect((await rest('GET', `contacts/${withoutConsent.contact.id}`)).status).toBe(404)
    const hiddenList = await rest('GET', `contacts?where[id][equals]=${withoutConsent.contact.id}`)
    expect(hiddenList.json.docs).toHaveLength(0)
    const byName = await rest(
      'GET',
      `contacts?where[name][equals]=${encodeURIComponent(String(withoutConsent.contact.name))}`,
    )
    expect(byName.json.docs).toHaveLength(0)
    expect(JSON.stringify(hiddenList.json)).not.toContain(String(withoutConsent.contact.name))

    const consented = await rest('GET', `contacts/${withConsent.contact.id}`)
    expect(consented.status).toBe(200)
    expect(consented.json).toMatchObject({
      name: withConsent.contact.name,
      salutation: 'frau',
      phones: [expect.objectContaining({ number: '+493461402228', label: 'Büro' })],
      emails: [expect.objectContaining({ address: withConsent.contact.emails?.[0]?.address })],
      photo: expect.objectContaining({ id: withConsent.photo.id }),
    })

    const officeRead = await rest('GET', `contacts/${office.contact.id}`)
    expect(officeRead.status).toBe(200)
    expect(officeRead.json).toMatchObject({
      kind: 'office',
      name: office.contact.name,
      phones: [expect.objectContaining({ number: '+493461402228' })],
      emails: [expect.objectContaining({ address: office.contact.emails?.[0]?.address })],
    })

    const signedIn = await rest('GET', `contacts/${withoutConsent.contact.id}`, { token: adminToken })
    expect(signedIn.status).toBe(200)
    expect(signedIn.json).toMatchObject({
      name: withoutConsent.contact.name,
      salutation: 'frau',
      phones: [expect.objectContaining({ number: '+493461402228', label: 'Büro' })],
      emails: [expect.objectContaining({ address: withoutConsent.contact.emails?.[0]?.address })],
      photo: expect.objectContaining({ id: withoutConsent.photo.id }),
    })
  })
})

describe('deleting referenced content', () => {
  it('refuses over REST to delete a network a principle still references, with 409 naming it', async () => {
    const network = await createNetwork(unique('Referenziertes-Netzwerk'), 'published')
    const title = unique('Grundsatz')
    await createPrinciple(payload, { title, network: network.id, district: districtId, ...published })

    const response = await rest('DELETE', `networks/${network.id}`, { token: adminToken })
    expect(response.status).toBe(409)
    expect(response.json.errors[0].message).toContain(`„${title}“`)

    const still = await payload.findByID({ collection: 'networks', id: network.id })
    expect(still.id).toBe(network.id)
  })
})
