import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { District } from '../../payload-types'
import {
  createActor,
  createContact,
  createDistrict,
  createMedia,
  createNetwork,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * What a plain list call returns: relations populated one level deep, each related document in
 * its lean default shape; `depth`, `populate` and `select` change that on request.
 */
let payload: Payload
let district: District
let network: number
let actor: number
let logo: number
const consenting = unique('Erika Einverstanden')
const office = unique('Koordinierungsstelle')

beforeAll(async () => {
  payload = await testPayload()
  district = await createDistrict(payload)
  network = (await createNetwork(payload, { district: district.id, summary: 'Kurz gesagt.', ...published }))
    .id
  logo = (
    await createMedia(payload, {
      district: district.id,
      alt: 'Logo',
      filename: `${unique('logo')}.png`,
      public: true,
    })
  ).id
  actor = (
    await createActor(payload, {
      district: district.id,
      memberships: [{ network, role: 'member' }],
      logo,
      ...published,
    })
  ).id
  for (const data of [
    { kind: 'person' as const, name: consenting, publicListing: { consent: true } },
    { kind: 'person' as const, name: unique('Otto Ohne'), publicListing: { consent: false } },
    { kind: 'office' as const, name: office },
  ]) {
    await createContact(payload, { district: district.id, networks: [network], actor, ...data, ...published })
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
