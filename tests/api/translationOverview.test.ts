import Ajv2020 from 'ajv/dist/2020'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember, loginAsNewAdmin } from '../helpers/auth'
import { createActor, createDistrict, createNetwork, published } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * GET /api/districts/:id/translation-status: per translated locale, the district's published
 * entries whose translation is current, outdated or missing, for the district's members.
 */
let payload: Payload
let district: number
let other: number
let viewer: { token: string }
let otherEditor: { token: string }
let admin: { token: string }

/** A published network in German, with an Arabic translation saved after it when `arabic`. */
const network = async (arabic?: string) => {
  const doc = await createNetwork(payload, { district, summary: 'Kurz', ...published })
  if (arabic) {
    await payload.update({
      collection: 'networks',
      id: doc.id,
      locale: 'ar',
      data: { name: arabic, summary: 'قصير', ...published },
    })
  }
  return doc
}

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  other = (await createDistrict(payload)).id
  await network()
  await network('شبكة')
  const changed = await network('شبكة أخرى')
  await payload.update({
    collection: 'networks',
    id: changed.id,
    locale: 'de',
    data: { summary: 'Kurz und neu', ...published },
  })
  // Neither a draft nor the trash is counted, nor another district's entries.
  await createNetwork(payload, { district })
  await createNetwork(payload, { district, deletedAt: new Date().toISOString(), ...published })
  await createNetwork(payload, { district: other, ...published })
  await createActor(payload, { district, ...published })
  viewer = await createMember(district, 'viewer')
  otherEditor = await createMember(other, 'editor')
  admin = await loginAsNewAdmin()
})

type Overview = {
  district: number
  locales: Array<{
    locale: string
    current: number
    outdated: number
    missing: number
    total: number
    collections: Record<string, { current: number; outdated: number; missing: number; total: number }>
  }>
}

const overview = (id: number | string, token?: string, query = '') =>
  rest('GET', `districts/${id}/translation-status${query}`, token ? { token } : {})

describe('translation overview of a district', () => {
  it('counts published entries per locale and collection for a member of any role', async () => {
    const response = await overview(district, viewer.token)
    expect(response.status).toBe(200)
    const answer = response.json as Overview
    expect(answer.district).toBe(district)
    expect(answer.locales.map(({ locale }) => locale)).toEqual(['en', 'ar', 'fa', 'ru', 'uk', 'tr'])
    const arabic = answer.locales.find(({ locale }) => locale === 'ar')!
    expect(arabic).toMatchObject({ current: 1, outdated: 1, missing: 2, total: 4 })
    expect(arabic.collections.networks).toEqual({ current: 1, outdated: 1, missing: 1, total: 3 })
    expect(arabic.collections.actors).toEqual({ current: 0, outdated: 0, missing: 1, total: 1 })
    expect(arabic.collections.offers).toEqual({ current: 0, outdated: 0, missing: 0, total: 0 })
    const english = answer.locales.find(({ locale }) => locale === 'en')!
    expect(english).toMatchObject({ current: 0, outdated: 0, missing: 4, total: 4 })
  })

  it('answers one locale when asked, also to the state admin', async () => {
    const response = await overview(district, admin.token, '?locale=ar')
    expect(response.status).toBe(200)
    expect((response.json as Overview).locales).toHaveLength(1)
    expect((response.json as Overview).locales[0]).toMatchObject({ locale: 'ar', outdated: 1, total: 4 })
  })

  it('matches its schema in the OpenAPI document', async () => {
    const document = (await rest('GET', 'openapi.json')).json
    expect(document.paths).toHaveProperty('/api/districts/{id}/translation-status')
    const ajv = new Ajv2020({ strict: false })
    ajv.addSchema({ $id: 'api', components: document.components })
    const check = ajv.getSchema('api#/components/schemas/TranslationOverview')!
    expect(check((await overview(district, viewer.token)).json), JSON.stringify(check.errors)).toBe(true)
    const error = ajv.getSchema('api#/components/schemas/Error')!
    expect(error((await overview(district, viewer.token, '?locale=de')).json)).toBe(true)
  })

  it('refuses German and unknown locales with a 400 naming the parameter', async () => {
    for (const query of ['?locale=de', '?locale=xx', '?locale=all', '?locale=ar&locale=fa']) {
      const response = await overview(district, viewer.token, query)
      expect({ query, status: response.status }).toEqual({ query, status: 400 })
      expect(response.json.errors[0]).toMatchObject({ field: 'locale', message: expect.any(String) })
    }
  })

  it('asks for a sign-in (401) and is closed to other districts’ members (403)', async () => {
    expect((await overview(district)).status).toBe(401)
    const refused = await overview(district, otherEditor.token)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).not.toMatch(/"total"/)
    // Their own district they see, with its one network.
    const own = await overview(other, otherEditor.token, '?locale=ar')
    expect((own.json as Overview).locales[0]).toMatchObject({ missing: 1, total: 1 })
  })

  it('answers 404 for a district that does not exist, 400 for what is no id', async () => {
    const unknown = await overview(999_999_999, admin.token)
    expect(unknown.status).toBe(404)
    expect(unknown.json.errors[0].message).toMatch(/999999999/)
    // The app's guard of ids in paths (as for every districts/:id route).
    for (const id of ['abc', '1.5']) {
      const response = await overview(id, admin.token)
      expect({ id, status: response.status }).toEqual({ id, status: 400 })
      expect(response.json.errors[0].data).toEqual({ field: 'id' })
    }
  })
})
