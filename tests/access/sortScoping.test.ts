import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember, loginAsNewAdmin } from '../helpers/auth'
import {
  createContact,
  createDistrict,
  createNetwork,
  createWorkingGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * The sort oracle: ordering public documents by a field of related documents the caller may
 * not read (here the names of persons without consent) told those values apart. A sort may
 * cross into another collection only where the caller reads all of it.
 */
let payload: Payload
let B: number
let network: number
const chairs: string[] = []
let editorA: string
let memberB: string
let admin: string

beforeAll(async () => {
  payload = await testPayload()
  const A = (await createDistrict(payload)).id
  B = (await createDistrict(payload)).id
  network = (await createNetwork(payload, { district: B, name: unique('Netz'), ...published })).id
  // Two working groups chaired by persons who never consented: their names are B's alone.
  for (const name of ['Zora Verborgen', 'Anton Verborgen']) {
    const chair = await createContact(payload, {
      district: B,
      kind: 'person',
      name: `${name} ${unique('')}`,
      ...published,
    })
    chairs.push(chair.name as string)
    await createWorkingGroup(payload, {
      district: B,
      network,
      name: unique('Gruppe'),
      chair: chair.id,
      ...published,
    })
  }
  editorA = (await createMember(A, 'editor')).token
  memberB = (await createMember(B, 'viewer')).token
  admin = (await loginAsNewAdmin()).token
})

describe('sorting across relationships', () => {
  it('refuses a sort by hidden related fields, anonymously and for other districts, over REST', async () => {
    for (const token of [undefined, editorA]) {
      for (const sort of ['chair.name', '-chair.name', 'chair.emails.address', 'network.name']) {
        const response = await rest('GET', `working-groups?where[district][equals]=${B}&sort=${sort}`, {
          token,
        })
        expect({ sort, status: response.status }).toEqual({ sort, status: 400 })
        expect(response.json.errors[0].message).toMatch(/^sort: .* of which you may not read every document/)
        expect(JSON.stringify(response.json)).not.toMatch(/Verborgen/)
      }
    }
  })

  it('refuses it in join fields and over GraphQL too', async () => {
    const join = await rest('GET', `networks/${network}?depth=1&joins[workingGroups][sort]=chair.name`)
    expect(join.status).toBe(400)
    expect(join.json.errors[0].message).toMatch(/^joins\[workingGroups\]\[sort\]:/)
    const graphql = await gql(
      `query ($district: JSON) { WorkingGroups(where: { district: { equals: $district } }, sort: "chair.name") { docs { name } } }`,
      { district: B },
    )
    expect(graphql.json.data?.WorkingGroups ?? null).toBeNull()
    expect(graphql.json.errors[0].extensions.statusCode).toBe(400)
  })

  it('still sorts by the document’s own fields, by public taxonomies, and for those who may read it all', async () => {
    const own = await rest('GET', `working-groups?where[district][equals]=${B}&sort=-name`)
    expect(own.status).toBe(200)
    const byDistrict = await rest('GET', `networks?sort=district.name&limit=5`)
    expect(byDistrict.status).toBe(200)
    // The state admin reads every contact, and so may sort by them: the order is the real one.
    const ordered = await rest('GET', `working-groups?where[district][equals]=${B}&sort=chair.name&depth=1`, {
      token: admin,
    })
    expect(ordered.status).toBe(200)
    expect(ordered.json.docs.map((doc: { chair: { name: string } }) => doc.chair.name)).toEqual(
      [...chairs].sort(),
    )
    // Members of B read their contacts, but not every contact of the state: still refused.
    expect(
      (await rest('GET', `working-groups?where[district][equals]=${B}&sort=chair.name`, { token: memberB }))
        .status,
    ).toBe(400)
  })

  it('names unknown sort fields instead of ignoring them', async () => {
    const response = await rest('GET', 'networks?sort=nmae')
    expect(response.status).toBe(400)
    expect(response.json.errors[0].message).toBe('sort: networks has no field "nmae" to sort by.')
  })
})
