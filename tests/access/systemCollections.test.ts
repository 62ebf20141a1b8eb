import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, createNetwork, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/** Payload's own collections and /api/access tell nobody about other districts. */
let payload: Payload
let A: number
let B: number
let editorA: { id: number; token: string }
let editorB: { id: number; token: string }

const member = (district: number) => createMember(district, 'editor')

beforeAll(async () => {
  payload = await testPayload()
  A = (await createDistrict(payload)).id
  B = (await createDistrict(payload)).id
  editorA = await member(A)
  editorB = await member(B)
})

describe('system collections', () => {
  it('document locks are visible to colleagues of the district only', async () => {
    const network = await createNetwork(payload, { district: A, name: unique('Gesperrt') })
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'networks', value: network.id },
        user: { relationTo: 'users', value: editorA.id },
      },
    })
    const colleague = await member(A)
    const seen = async (token: string) =>
      (await rest('GET', `payload-locked-documents?where[id][equals]=${lock.id}`, { token })).json.docs.length
    expect(await seen(colleague.token)).toBe(1)
    expect(await seen(editorB.token)).toBe(0)
    expect(
      (await rest('DELETE', `payload-locked-documents/${lock.id}`, { token: editorB.token })).status,
    ).not.toBe(200)
  })

  it('preferences are private to their user', async () => {
    await rest('POST', 'payload-preferences/test-pref', {
      token: editorA.token,
      body: { value: { secret: 'A' } },
    })
    const response = await rest('GET', 'payload-preferences?limit=100', { token: editorB.token })
    expect(JSON.stringify(response.json)).not.toContain('"secret":"A"')
  })

  it('jobs are neither listed nor run over HTTP by district users', async () => {
    expect([401, 403]).toContain((await rest('GET', 'payload-jobs', { token: editorA.token })).status)
    expect([401, 403]).toContain((await rest('GET', 'payload-jobs/run', { token: editorA.token })).status)
  })

  it('/api/access describes the caller’s own rights, without other districts', async () => {
    const response = await rest('GET', 'access', { token: editorA.token })
    expect(response.status).toBe(200)
    // Where constraints in the answer name district ids: only the caller's own.
    const text = JSON.stringify(response.json)
    const lists = [...text.matchAll(/district"?:\{"in":\[([^\]]*)\]/g)].map(([, list]) => list)
    expect(lists.length).toBeGreaterThan(0)
    const ids = lists.flatMap((list) => list!.split(',').filter(Boolean).map(Number))
    expect(ids).not.toContain(B)
  })
})
