import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/** GET /api/districts/:slug/directory: the whole published graph of one district. */
let payload: Payload
let district: { id: number; slug: string }
const ids = {} as Record<string, number>
const published = { _status: 'published' as const }

beforeAll(async () => {
  payload = await testPayload()
  const created = await createDistrict(payload)
  district = { id: created.id, slug: created.slug! }
  const d = district.id
  ids.network = (
    await payload.create({
      collection: 'networks',
      data: { district: d, name: unique('Netzwerk'), ...published },
    })
  ).id
  await payload.update({
    collection: 'networks',
    id: ids.network,
    locale: 'en',
    data: { name: 'Network EN', ...published },
  })
  ids.draftNetwork = (
    await payload.create({ collection: 'networks', data: { district: d, name: unique('Entwurf') } })
  ).id
  ids.principle = (
    await payload.create({
      collection: 'principles',
      data: { district: d, network: ids.network, title: unique('Grundsatz'), ...published },
    })
  ).id
  ids.group = (
    await payload.create({
      collection: 'working-groups',
      data: {
        district: d,
        network: ids.network,
        name: unique('Fachgruppe'),
        kind: 'fachgruppe',
        ...published,
      },
    })
  ).id
  ids.goal = (
    await payload.create({
      collection: 'goals',
      data: { district: d, workingGroup: ids.group, title: unique('Ziel'), kind: 'goal', ...published },
    })
  ).id
  ids.target = (
    await payload.create({
      collection: 'target-groups',
      data: { district: d, name: unique('Zielgruppe'), ...published },
    })
  ).id
  ids.actor = (
    await payload.create({
      collection: 'actors',
      data: { district: d, name: unique('Verein'), kind: 'association', ...published },
    })
  ).id
  ids.office = (
    await payload.create({
      collection: 'contacts',
      data: { district: d, name: unique('Stelle'), kind: 'office', ...published },
    })
  ).id
  ids.unlisted = (
    await payload.create({
      collection: 'contacts',
      data: { district: d, name: unique('Erika Ohne'), kind: 'person', ...published },
    })
  ).id
  ids.publicFile = (
    (await payload.db.create({
      collection: 'media',
      data: {
        district: d,
        alt: 'Flyer',
        filename: `${unique('flyer')}.pdf`,
        mimeType: 'application/pdf',
        filesize: 10,
        public: true,
      },
    })) as { id: number }
  ).id
  ids.privateFile = (
    (await payload.db.create({
      collection: 'media',
      data: {
        district: d,
        alt: 'Intern',
        filename: `${unique('intern')}.pdf`,
        mimeType: 'application/pdf',
        filesize: 10,
        public: false,
      },
    })) as { id: number }
  ).id
})

const idsOf = (docs: Array<{ id: number }>) => docs.map(({ id }) => id)

describe('district directory', () => {
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
