import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { District } from '../../payload-types'
import { DIRECTORY_PAGE_SIZE } from '../../src/endpoints/districtDirectory'
import { loginAsNewAdmin } from '../helpers/auth'
import {
  createActor,
  createContact,
  createDistrict,
  createGoal,
  createMedia,
  createNetwork,
  createPrinciple,
  createTargetGroup,
  createWorkingGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/** GET /api/districts/:slug/directory: the whole published graph of one district. */
let payload: Payload
let district: District
const ids = {} as Record<string, number>

beforeAll(async () => {
  payload = await testPayload()
  district = await createDistrict(payload)
  const d = district.id
  ids.network = (await createNetwork(payload, { district: d, ...published })).id
  await payload.update({
    collection: 'networks',
    id: ids.network,
    locale: 'en',
    data: { name: 'Network EN', ...published },
  })
  ids.draftNetwork = (await createNetwork(payload, { district: d, name: unique('Entwurf') })).id
  ids.principle = (await createPrinciple(payload, { district: d, network: ids.network, ...published })).id
  ids.group = (await createWorkingGroup(payload, { district: d, network: ids.network, ...published })).id
  ids.goal = (await createGoal(payload, { district: d, workingGroup: ids.group, ...published })).id
  ids.target = (await createTargetGroup(payload, { district: d, ...published })).id
  ids.actor = (await createActor(payload, { district: d, ...published })).id
  ids.office = (await createContact(payload, { district: d, ...published })).id
  ids.unlisted = (
    await createContact(payload, { district: d, name: unique('Erika Ohne'), kind: 'person', ...published })
  ).id
  ids.publicFile = (await createMedia(payload, { district: d, file: 'pdf', public: true })).id
  ids.privateFile = (
    await createMedia(payload, {
      district: d,
      file: 'pdf',
      alt: 'Intern',
      filename: `${unique('intern')}.pdf`,
    })
  ).id
})

const idsOf = (docs: Array<{ id: number }>) => docs.map(({ id }) => id)

describe('district directory', () => {
  it('lists every document of a collection larger than a page exactly once, in its order', async () => {
    const large = await createDistrict(payload)
    const created: number[] = []
    for (let batch = 0; created.length < DIRECTORY_PAGE_SIZE + 1; batch++) {
      const docs = await Promise.all(
        Array.from({ length: Math.min(20, DIRECTORY_PAGE_SIZE + 1 - created.length) }, () =>
          createTargetGroup(payload, { district: large.id, ...published }),
        ),
      )
      created.push(...docs.map(({ id }) => id))
    }
    const response = await rest('GET', `districts/${large.slug}/directory`)
    expect(response.status).toBe(200)
    const listed = idsOf(response.json.targetGroups)
    expect(listed).toHaveLength(created.length)
    expect([...listed].sort((a, b) => a - b)).toEqual([...created].sort((a, b) => a - b))
    const { docs: inOrder } = await payload.find({
      collection: 'target-groups',
      where: { district: { equals: large.id } },
      // The directory's order: the collection's default sort, else the slug (directoryParts).
      sort: ['slug', '-createdAt', 'id'],
      pagination: false,
      depth: 0,
    })
    expect(listed).toEqual(idsOf(inOrder))
  })

  it('returns every published document of the district, and nothing else', async () => {
    const response = await rest('GET', `districts/${district.slug}/directory`)
    expect(response.status).toBe(200)
    const body = response.json
    expect(body.district).toMatchObject({ id: district.id, slug: district.slug })
    expect(idsOf(body.networks)).toEqual([ids.network])
    expect(idsOf(body.principles)).toEqual([ids.principle])
    expect(idsOf(body.workingGroups)).toEqual([ids.group])
    expect(idsOf(body.goals)).toEqual([ids.goal])
    expect(idsOf(body.targetGroups)).toEqual([ids.target])
    expect(idsOf(body.actors)).toEqual([ids.actor])
    expect(idsOf(body.contacts)).toEqual([ids.office])
    expect(idsOf(body.media)).toEqual([ids.publicFile])
    expect(body.media[0].url).toMatch(/\/api\/media\/file\//)
    expect(body.fieldsOfAction.length).toBeGreaterThanOrEqual(0)
    // Relationships as ids keep the dump small; the goal names its working group.
    expect(body.goals[0].workingGroup).toBe(ids.group)
  })

  it('is the public view also for signed-in callers: no drafts, no unlisted persons', async () => {
    const { token } = await loginAsNewAdmin()
    const response = await rest('GET', `districts/${district.slug}/directory`, { token })
    expect(idsOf(response.json.networks)).toEqual([ids.network])
    expect(idsOf(response.json.contacts)).not.toContain(ids.unlisted)
  })

  it('answers in the requested locale with German fallback', async () => {
    const response = await rest('GET', `districts/${district.slug}/directory?locale=en`)
    expect(response.json.locale).toBe('en')
    expect(response.json.networks[0].name).toBe('Network EN')
    expect(response.json.principles[0].title).toMatch(/^Grundsatz/)
  })

  it('names an unknown locale and an unknown district', async () => {
    const badLocale = await rest('GET', `districts/${district.slug}/directory?locale=xx`)
    expect(badLocale.status).toBe(400)
    expect(badLocale.json.errors[0]).toMatchObject({ field: 'locale' })
    expect((await rest('GET', 'districts/gibt-es-nicht/directory')).status).toBe(404)
  })
})
