import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, createNetwork, locksOn, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

/**
 * Document locks ("… is editing") over REST and GraphQL: a lock is taken by its holder, for a
 * document they may change. (The admin's form-state server function is covered by the server
 * tests.)
 */
let payload: Payload
let networkB: number
let viewerA: { id: number; token: string }
let editorA: { id: number; token: string }
let viewerB: { id: number; token: string }
let editorB: { id: number; token: string }
let colleagueB: { id: number; token: string }

const lockOf = (document: number, user: number) => ({
  document: { relationTo: 'networks', value: document },
  user: { relationTo: 'users', value: user },
})

beforeAll(async () => {
  payload = await testPayload()
  const A = (await createDistrict(payload)).id
  const B = (await createDistrict(payload)).id
  networkB = (await createNetwork(payload, { district: B, name: unique('Netz') })).id
  viewerA = await createMember(A, 'viewer')
  editorA = await createMember(A, 'editor')
  viewerB = await createMember(B, 'viewer')
  editorB = await createMember(B, 'editor')
  colleagueB = await createMember(B, 'author')
})

describe('document locks', () => {
  it('are refused to other districts, to viewers and in another user’s name', async () => {
    for (const [who, token, body] of [
      ['viewer of A', viewerA.token, lockOf(networkB, viewerA.id)],
      ['editor of A', editorA.token, lockOf(networkB, editorA.id)],
      ['editor of A, in B’s name', editorA.token, lockOf(networkB, editorB.id)],
      ['viewer of B', viewerB.token, lockOf(networkB, viewerB.id)],
      ['editor of B, in a colleague’s name', editorB.token, lockOf(networkB, colleagueB.id)],
    ] as const) {
      const response = await rest('POST', 'payload-locked-documents', { token, body })
      expect({ who, status: response.status }).toEqual({ who, status: 403 })
    }
    const graphql = await gql(
      `mutation ($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }`,
      { data: lockOf(networkB, editorA.id) },
      editorA.token,
    )
    expect(graphql.json.data?.createPayloadLockedDocument ?? null).toBeNull()
    expect(await locksOn(payload, networkB)).toBe(0)
  })

  it('are taken by whoever may change the document, and taken over by colleagues only', async () => {
    const taken = await rest('POST', 'payload-locked-documents', {
      token: colleagueB.token,
      body: lockOf(networkB, colleagueB.id),
    })
    expect(taken.status).toBe(201)
    const id = taken.json.doc.id
    // Nobody of A sees it, nor may take it over or lift it.
    expect((await rest('GET', `payload-locked-documents/${id}`, { token: editorA.token })).status).toBe(404)
    for (const method of ['PATCH', 'DELETE'] as const) {
      const response = await rest(method, `payload-locked-documents/${id}`, {
        token: editorA.token,
        body: method === 'PATCH' ? { user: { relationTo: 'users', value: editorA.id } } : undefined,
      })
      expect([403, 404]).toContain(response.status)
    }
    // A viewer of B sees who edits, but cannot take over.
    const byViewer = await rest('PATCH', `payload-locked-documents/${id}`, {
      token: viewerB.token,
      body: { user: { relationTo: 'users', value: viewerB.id } },
    })
    expect(byViewer.status).toBe(403)
    const takeOver = await rest('PATCH', `payload-locked-documents/${id}`, {
      token: editorB.token,
      body: { user: { relationTo: 'users', value: editorB.id } },
    })
    expect(takeOver.status).toBe(200)
    expect(takeOver.json.doc.user.value.id ?? takeOver.json.doc.user.value).toBe(editorB.id)
    expect((await rest('DELETE', `payload-locked-documents/${id}`, { token: editorB.token })).status).toBe(
      200,
    )
  })
})
