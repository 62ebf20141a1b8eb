import { parse, print } from 'graphql'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { selectableQueries, withSelectByDefault } from '../../src/lib/graphqlSelect'
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
import { districtNetworksQuery } from '../helpers/queries'
import { gql } from '../helpers/routes'

/**
 * GraphQL queries read only the fields they ask for (`select: true` by default), with the same
 * answers as Payload's full reads.
 */
let payload: Payload
let district: number

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  const network = await createNetwork(payload, { district, summary: 'Kurz.', ...published })
  const logo = await createMedia(payload, {
    district,
    alt: 'Logo',
    filename: `${unique('logo')}.png`,
    public: true,
  })
  const actor = await createActor(payload, {
    district,
    memberships: [{ network: network.id, role: 'member' }],
    logo: logo.id,
    phones: [{ number: '0345 1234567' }],
    ...published,
  })
  for (const data of [
    { kind: 'person' as const, name: unique('Erika'), publicListing: { consent: true } },
    { kind: 'person' as const, name: unique('Otto'), publicListing: { consent: false } },
    { kind: 'office' as const, name: unique('Stelle') },
  ]) {
    await createContact(payload, { district, networks: [network.id], actor: actor.id, ...data, ...published })
  }
})

describe('GraphQL selects the requested fields by default', () => {
  it('answers exactly as a full read does, personal data rules included', async () => {
    const lean = await gql(districtNetworksQuery(), { district })
    const full = await gql(districtNetworksQuery(', select: false'), { district })
    expect(lean.json.errors).toBeUndefined()
    expect(lean.json).toEqual(full.json)
    const [network] = lean.json.data.Networks.docs
    expect(network.memberActors.docs[0].logo.url).toMatch(/^\/api\/media\/file\/logo-/)
    expect(network.memberActors.docs[0].phones).toEqual([{ number: '+493451234567' }])
    // The unconsenting person is not listed at all; the consenting one and the office are.
    expect(network.contacts.docs.map((contact: { kind: string }) => contact.kind).sort()).toEqual([
      'office',
      'person',
    ])
    expect(network.contacts.docs.every((contact: { name: string | null }) => contact.name)).toBe(true)
  })

  it('adds select: true to collection queries only, and keeps an explicit choice', () => {
    const selectable = selectableQueries()
    expect(selectable.has('Networks')).toBe(true)
    expect(selectable.has('Network')).toBe(true)
    expect(selectable.has('countNetworks')).toBe(false)
    const rewrite = (query: string) => print(withSelectByDefault(parse(query), selectable))
    expect(rewrite('{ Networks { docs { name } } countNetworks { totalDocs } }')).toContain(
      'Networks(select: true)',
    )
    expect(rewrite('{ countNetworks { totalDocs } }')).not.toContain('select')
    expect(rewrite('{ Network(id: 1, select: false) { name } }')).toContain('Network(id: 1, select: false)')
    expect(rewrite('mutation { updateNetwork(id: 1, data: {}) { name } }')).not.toContain('select')
  })
})
