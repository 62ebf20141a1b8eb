import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { District } from '../../payload-types'
import { proseToRichText } from '../../seeds/prose'
import {
  createActor,
  createContact,
  createDistrict,
  createGoal,
  createNetwork,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/** GET /api/search: German full-text search over published content, within a district of its own. */
let payload: Payload
let district: District
const ids = {} as Record<string, number>

const search = (query: string) => rest('GET', `search?district=${district.slug}&${query}`)

beforeAll(async () => {
  payload = await testPayload()
  district = await createDistrict(payload)
  const d = district.id
  ids.network = (
    await createNetwork(payload, {
      district: d,
      name: 'Netzwerk der Beratungsstellen',
      summary: 'Treffen der Fachleute',
      ...published,
    })
  ).id
  await payload.update({
    collection: 'networks',
    id: ids.network,
    locale: 'en',
    data: { name: 'Network of advice centres', ...published },
  })
  ids.actor = (
    await createActor(payload, {
      district: d,
      name: 'Sportverein Nord',
      kind: 'sports',
      shortName: 'SVN',
      ...published,
    })
  ).id
  ids.compound = (
    await createActor(payload, {
      district: d,
      name: 'Migrationsberatung für Erwachsene',
      kind: 'advice-centre',
      ...published,
    })
  ).id
  ids.goal = (
    await createGoal(payload, {
      district: d,
      network: ids.network,
      title: 'Sprachkurse vermitteln',
      ...published,
    })
  ).id
  ids.draft = (
    await createActor(payload, { district: d, name: 'Beratungszentrum Entwurf', kind: 'advice-centre' })
  ).id
  ids.unlisted = (
    await createContact(payload, {
      district: d,
      kind: 'person',
      name: 'Beratungsperson Ohnezustimmung',
      ...published,
    })
  ).id
  ids.office = (
    await createContact(payload, {
      district: d,
      kind: 'office',
      name: 'Koordinierungsstelle',
      position: 'Beratung für Zugewanderte',
      ...published,
    })
  ).id
})

const hits = (body: { docs: Array<{ collection: string; id: number }> }) =>
  body.docs.map(({ collection, id }) => `${collection}/${id}`)

describe('search', () => {
  it('finds compounds by their first part with German stemming: "Beratung" finds "Beratungsstellen"', async () => {
    const response = await search('q=Beratung')
    expect(response.status).toBe(200)
    expect(hits(response.json)).toContain(`networks/${ids.network}`)
    expect(hits(response.json)).toContain(`contacts/${ids.office}`)
  })

  it('finds compounds that end in the word in titles: "Beratung" finds "Migrationsberatung"', async () => {
    expect(hits((await search('q=Beratung')).json)).toContain(`actors/${ids.compound}`)
  })

  it('ranks a match in the title above one in further text', async () => {
    const response = await search('q=Beratung')
    const order = hits(response.json)
    expect(order.indexOf(`networks/${ids.network}`)).toBeLessThan(order.indexOf(`contacts/${ids.office}`))
    expect(response.json.docs[0].rank).toBeGreaterThan(0)
  })

  it('shows published documents only: no drafts, no persons without consent', async () => {
    const found = hits((await search('q=Beratung')).json)
    expect(found).not.toContain(`actors/${ids.draft}`)
    expect(found).not.toContain(`contacts/${ids.unlisted}`)
    expect((await search('q=Ohnezustimmung')).json.totalDocs).toBe(0)
  })

  it('searches short names and stems: "SVN", "Sprachkurs"', async () => {
    expect(hits((await search('q=SVN')).json)).toEqual([`actors/${ids.actor}`])
    expect(hits((await search('q=Sprachkurs')).json)).toEqual([`goals/${ids.goal}`])
  })

  it('answers in the requested locale, searching it and German, and names the district', async () => {
    const english = await search('q=advice&locale=en')
    expect(hits(english.json)).toContain(`networks/${ids.network}`)
    const response = await search('q=Netzwerk&locale=en')
    const network = response.json.docs.find((doc: { id: number }) => doc.id === ids.network)
    expect(network).toMatchObject({
      title: 'Network of advice centres',
      district: { id: district.id, slug: district.slug },
    })
  })

  it('paginates', async () => {
    const first = await search('q=Beratung&limit=1&page=1')
    const second = await search('q=Beratung&limit=1&page=2')
    expect(first.json).toMatchObject({ limit: 1, page: 1, totalDocs: 3, totalPages: 3, hasNextPage: true })
    expect(hits(second.json)).not.toEqual(hits(first.json))
  })

  it('names the problem with bad input', async () => {
    for (const [query, field] of [
      ['', 'q'],
      ['q=%20%20', 'q'],
      ['q=x&locale=xx', 'locale'],
      ['q=x&limit=500', 'limit'],
      ['q=x&page=0', 'page'],
    ]) {
      const response = await rest('GET', `search?${query}`)
      expect({ query, status: response.status, field: response.json.errors[0].field }).toEqual({
        query,
        status: 400,
        field,
      })
    }
    const unknown = await rest('GET', `search?q=x&district=${unique('nirgendwo')}`)
    expect(unknown.json.errors[0].field).toBe('district')
  })
})

/** A word of letters only that no other test writes, so that a search across all districts finds only ours. */
const ownWord = (prefix: string) =>
  `${prefix}${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 8)}`

describe('search across all districts', () => {
  it('ranks every match exactly: title matches, then summaries, then long texts, over all pages', async () => {
    const word = ownWord('Rangwort')
    const d = district.id
    const made: Record<'title' | 'summary' | 'text', number[]> = { title: [], summary: [], text: [] }
    for (let i = 0; i < 4; i++) {
      made.title.push((await createNetwork(payload, { district: d, name: `${word} ${i}`, ...published })).id)
      made.summary.push(
        (await createNetwork(payload, { district: d, summary: `Über ${word} ${i}`, ...published })).id,
      )
      made.text.push(
        (
          await createNetwork(payload, {
            district: d,
            description: proseToRichText(`Wir arbeiten mit ${word} und anderen ${i}.`) as never,
            ...published,
          })
        ).id,
      )
    }
    const pages = []
    for (let page = 1; page <= 3; page++)
      pages.push((await rest('GET', `search?q=${word}&limit=5&page=${page}`)).json)
    expect(pages[0]).toMatchObject({ totalDocs: 12, totalPages: 3, hasNextPage: true })
    const docs = pages.flatMap((page) => page.docs as Array<{ id: number; rank: number }>)
    expect(docs.map(({ id }) => id).sort((a, b) => a - b)).toEqual(
      [...made.title, ...made.summary, ...made.text].sort((a, b) => a - b),
    )
    const ranks = docs.map(({ rank }) => rank)
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
    const group = (id: number) => (made.title.includes(id) ? 0 : made.summary.includes(id) ? 1 : 2)
    const groups = docs.map(({ id }) => group(id))
    expect(groups).toEqual([...groups].sort())
  })

  it('finds a document once when its German and its requested-locale texts both match', async () => {
    const word = ownWord('Zweisprachig')
    const network = await createNetwork(payload, {
      district: district.id,
      name: `Netzwerk ${word}`,
      ...published,
    })
    await payload.update({
      collection: 'networks',
      id: network.id,
      locale: 'en',
      data: { name: `Network ${word}`, ...published },
    })
    const response = await rest('GET', `search?q=${word}&locale=en`)
    expect(hits(response.json)).toEqual([`networks/${network.id}`])
    expect(response.json.totalDocs).toBe(1)
  })

  it('finds an actor once by name and short name, and by words split between them', async () => {
    const word = ownWord('Kurzwort')
    const actor = await createActor(payload, {
      district: district.id,
      name: `Verein ${word}`,
      shortName: word.toUpperCase(),
      ...published,
    })
    expect(hits((await rest('GET', `search?q=${word}`)).json)).toEqual([`actors/${actor.id}`])
    const other = ownWord('Langname')
    await payload.update({ collection: 'actors', id: actor.id, data: { name: `Verein ${other}` } })
    expect(hits((await rest('GET', `search?q=${other}%20${word}`)).json)).toEqual([`actors/${actor.id}`])
    expect(hits((await rest('GET', `search?q=${word}`)).json)).toEqual([`actors/${actor.id}`])
  })
})
