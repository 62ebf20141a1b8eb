import { beforeAll, describe, expect, it } from 'vitest'

import { loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

let adminToken: string

beforeAll(async () => {
  adminToken = (await loginAsNewAdmin()).token
})

describe('districts', () => {
  it('generates the slug from the name the German way', async () => {
    const payload = await testPayload()
    const district = await createDistrict(payload, `Börde Straße ${unique('x')}`)
    expect(district.slug).toMatch(/^boerde-strasse-x-/)
  })

  it('are public: an anonymous REST client lists them', async () => {
    const payload = await testPayload()
    const district = await createDistrict(payload)
    const response = await rest('GET', `districts?where[id][equals]=${district.id}`)
    expect(response.status).toBe(200)
    expect(response.json.docs).toHaveLength(1)
    expect(response.json.docs[0]).toMatchObject({ name: district.name, officialKey: district.officialKey })
  })

  it('are readable over GraphQL', async () => {
    const payload = await testPayload()
    const district = await createDistrict(payload)
    const response = await gql(`query ($id: Int!) { District(id: $id) { name slug officialKey } }`, {
      id: district.id,
    })
    expect(response.status).toBe(200)
    expect(response.json.data.District).toEqual({
      name: district.name,
      slug: district.slug,
      officialKey: district.officialKey,
    })
  })

  it('cannot be created anonymously', async () => {
    const response = await rest('POST', 'districts', {
      body: { name: unique('Kreis'), officialKey: '99234' },
    })
    expect(response.status).toBe(403)
  })

  it('rejects a malformed municipality key with 400, naming the field, and writes nothing', async () => {
    const payload = await testPayload()
    const name = unique('Kreis')
    const response = await rest('POST', 'districts', {
      token: adminToken,
      body: { name, officialKey: '1508' },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'officialKey', message: expect.stringMatching(/fünf Ziffern/) }),
    ])
    const written = await payload.count({ collection: 'districts', where: { name: { equals: name } } })
    expect(written.totalDocs).toBe(0)
  })

  it('rejects a duplicate municipality key with 400 naming the field', async () => {
    const payload = await testPayload()
    const existing = await createDistrict(payload)
    const response = await rest('POST', 'districts', {
      token: adminToken,
      body: { name: unique('Kreis'), officialKey: existing.officialKey },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('officialKey')
  })
})
