import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createDistrict, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * What a plain list call returns: relations populated one level deep, each related document in
 * its lean default shape; `depth`, `populate` and `select` change that on request.
 */
let payload: Payload
let district: { id: number; name: string; slug: string }
let network: number
let actor: number
let logo: number
const published = { _status: 'published' as const }
const consenting = unique('Erika Einverstanden')
const office = unique('Koordinierungsstelle')

beforeAll(async () => {
  payload = await testPayload()
  const created = await createDistrict(payload)
  district = { id: created.id, name: created.name, slug: created.slug! }
  network = (
    await payload.create({
      collection: 'networks',
      data: { district: district.id, name: unique('Netzwerk'), summary: 'Kurz gesagt.', ...published },
    })
  ).id
  logo = (
    (await payload.db.create({
      collection: 'media',
      data: {
        alt: 'Logo',
        district: district.id,
        filename: `${unique('logo')}.png`,
        mimeType: 'image/png',
        filesize: 1024,
        width: 40,
        height: 40,
        public: true,
        usedPublicly: false,
      },
    })) as { id: number }
  ).id
  actor = (
    await payload.create({
      collection: 'actors',
      data: {
        district: district.id,
        name: unique('Verein'),
        kind: 'association',
        memberships: [{ network, role: 'member' }],
        logo,
        ...published,
      },
    })
  ).id
  for (const data of [
    { kind: 'person' as const, name: consenting, publicListing: { consent: true } },
    { kind: 'person' as const, name: unique('Otto Ohne'), publicListing: { consent: false } },
    { kind: 'office' as const, name: office },
  ]) {
    await payload.create({
      collection: 'contacts',
      data: { district: district.id, networks: [network], actor, ...data, ...published },
    })
  }
})

const keysOf = (value: unknown) => Object.keys(value as object).sort()

describe('default population', () => {
  it('a plain list call populates relations one level deep, in their lean shape', async () => {
    const { status, json } = await rest('GET', `actors?where[id][equals]=${actor}`)
    expect(status).toBe(200)
    const [doc] = json.docs
    expect(doc.district).toEqual({
      id: district.id,
      name: district.name,
      slug: district.slug,
      officialKey: expect.any(String),
      kind: null,
    })
    expect(keysOf(doc.memberships[0].network)).toEqual(
      ['deletedAt', 'district', 'id', 'name', 'slug', 'summary'].sort(),
    )
    // One level only: the network's own district stays an id.
    expect(doc.memberships[0].network.district).toBe(district.id)
    expect(keysOf(doc.logo)).toEqual(
      ['alt', 'filename', 'height', 'id', 'mimeType', 'sizes', 'thumbnailURL', 'url', 'width'].sort(),
    )
    expect(doc.logo.url).toMatch(/^\/api\/media\/file\/logo-/)
    expect(keysOf(doc.logo.sizes.thumbnail)).toEqual(
      ['filename', 'filesize', 'height', 'mimeType', 'url', 'width'].sort(),
    )
  })

  it('populate asks for more fields of a related collection', async () => {
    const { json } = await rest('GET', `actors?where[id][equals]=${actor}&populate[districts][state]=true`)
    expect(json.docs[0].district).toEqual({ id: district.id, state: 'Sachsen-Anhalt' })
    const networks = await rest('GET', `actors?where[id][equals]=${actor}&populate[networks][history]=true`)
    expect(keysOf(networks.json.docs[0].memberships[0].network)).toEqual(['deletedAt', 'history', 'id'])
  })

  it('depth=0 gives ids, depth=2 populates the related documents’ relations too', async () => {
    const shallow = await rest('GET', `actors?where[id][equals]=${actor}&depth=0`)
    expect(shallow.json.docs[0].district).toBe(district.id)
    const deep = await rest('GET', `actors?where[id][equals]=${actor}&depth=2`)
    expect(deep.json.docs[0].memberships[0].network.district).toMatchObject({ slug: district.slug })
  })

  it('joined contacts carry the names of offices and consenting persons only', async () => {
    const { json } = await rest('GET', `networks/${network}`)
    const names = json.contacts.docs.map((contact: { name?: string }) => contact.name)
    expect(names.sort()).toEqual([consenting, office].sort())
  })

  it('select of a file URL still computes it', async () => {
    const { json } = await rest('GET', `media/${logo}?select[url]=true`)
    expect(json.url).toMatch(/^\/api\/media\/file\/logo-/)
  })

  it('select keeps the names of consenting persons (the access rule still sees the consent)', async () => {
    const { json } = await rest('GET', `contacts?where[district][equals]=${district.id}&select[name]=true`)
    const names = json.docs.map((contact: { name?: string }) => contact.name)
    expect(names.sort()).toEqual([consenting, office].sort())
  })
})
