import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, createNetwork, published } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/** An author submits drafts for review; editors find them and publish; the public sees none of it. */
let payload: Payload
let district: number
let author: { id: number; token: string }
let editor: { id: number; token: string }

const member = (role: string) => createMember(district, role)

beforeAll(async () => {
  payload = await testPayload()
  district = (await createDistrict(payload)).id
  author = await member('author')
  editor = await member('editor')
})

describe('review requests', () => {
  it('an author submits a draft of a published document; an editor finds and publishes it', async () => {
    const network = await createNetwork(payload, { district, ...published })
    const submitted = await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: author.token,
      body: { summary: 'Neue Kurzbeschreibung', review: { requested: true, note: 'Bitte prüfen' } },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.json.doc.review).toMatchObject({ requested: true, note: 'Bitte prüfen' })
    expect(submitted.json.doc.review.requestedAt).toBeTruthy()
    expect(submitted.json.doc.review.requestedBy.id ?? submitted.json.doc.review.requestedBy).toBe(author.id)

    const waiting = await rest('GET', 'networks?draft=true&where[review.requested][equals]=true&limit=100', {
      token: editor.token,
    })
    expect(waiting.json.docs.map((doc: { id: number }) => doc.id)).toContain(network.id)

    // Still live as before until an editor publishes.
    expect((await rest('GET', `networks/${network.id}`)).json.summary ?? null).toBeNull()
    const publish = await rest('PATCH', `networks/${network.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(publish.json.doc.review).toMatchObject({ requested: false })
    expect((await rest('GET', `networks/${network.id}`)).json.summary).toBe('Neue Kurzbeschreibung')
  })

  it('the review note is internal: anonymous clients never see it', async () => {
    const network = await createNetwork(payload, { district, ...published, review: { note: 'intern' } })
    const response = await rest('GET', `networks/${network.id}`)
    expect(response.status).toBe(200)
    expect(response.json.review).toBeUndefined()
  })
})
