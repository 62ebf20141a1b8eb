import { beforeAll, describe, expect, it } from 'vitest'

import { GET } from '../../src/app/(payload)/api/[...slug]/route'
import { loginAsNewAdmin } from '../helpers/auth'
import { createDistrict } from '../helpers/factories'
import { testPayload } from '../helpers/payload'

/** The real /api/[...slug] route as Next runs it: HTTP caching of anonymous reads. */
const get = (path: string, headers: Record<string, string> = {}) => {
  const url = new URL(`http://localhost:3000/api/${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
}

let districtId: number

beforeAll(async () => {
  districtId = (await createDistrict(await testPayload())).id
})

describe('HTTP caching', () => {
  it('gives anonymous reads an ETag and Cache-Control public with stale-while-revalidate', async () => {
    const response = await get(`districts/${districtId}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toMatch(/^W\/".+"$/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(response.headers.get('vary')).toMatch(/Authorization/)
    expect((await response.json()).id).toBe(districtId)
  })

  it('answers a matching If-None-Match with 304 and no body, a stale one with 200', async () => {
    const first = await get(`districts/${districtId}`)
    const etag = first.headers.get('etag')!
    const again = await get(`districts/${districtId}`, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const stale = await get(`districts/${districtId}`, { 'If-None-Match': 'W/"veraltet"' })
    expect(stale.status).toBe(200)
  })

  it('changes the ETag when the content changes', async () => {
    const payload = await testPayload()
    const before = (await get(`districts/${districtId}`)).headers.get('etag')
    await payload.update({
      collection: 'districts',
      id: districtId,
      data: { website: 'https://www.example.org' },
    })
    const after = await get(`districts/${districtId}`, { 'If-None-Match': before! })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
  })

  it('marks authenticated answers private, no-store, without an ETag', async () => {
    const { token } = await loginAsNewAdmin()
    const response = await get(`districts/${districtId}`, { Authorization: `JWT ${token}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('etag')).toBeNull()
    const cookie = await get('users/me', { Cookie: `payload-token=${token}` })
    expect(cookie.headers.get('cache-control')).toBe('private, no-store')
  })

  it('does not cache errors', async () => {
    const response = await get('districts/999999999')
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/public/)
  })
})
