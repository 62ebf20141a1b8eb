import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, createNetwork, published } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'

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

  describe('requesting changes', () => {
    const submittedDraft = async () => {
      const network = await createNetwork(payload, { district, ...published })
      const submitted = await rest('PATCH', `networks/${network.id}?draft=true`, {
        token: author.token,
        body: { summary: 'Erster Entwurf', review: { requested: true, note: 'Bitte prüfen' } },
      })
      expect(submitted.status).toBe(200)
      return network.id as number
    }
    const reviewOf = async (id: number) =>
      (await payload.findByID({ collection: 'networks', id, draft: true, depth: 0 })).review!

    it('an editor sends a draft back with a comment; the author resubmits; the editor publishes', async () => {
      const id = await submittedDraft()
      const before = Date.now()
      const sentBack = await rest('PATCH', `networks/${id}?draft=true`, {
        token: editor.token,
        body: { review: { changesRequested: true, comment: '  Bitte die Zielgruppen ergänzen.  ' } },
      })
      expect(sentBack.status).toBe(200)
      const review = await reviewOf(id)
      expect(review).toMatchObject({
        requested: false,
        changesRequested: true,
        comment: 'Bitte die Zielgruppen ergänzen.',
        changesRequestedBy: editor.id,
        note: 'Bitte prüfen',
        // Who submitted stays recorded: the request for changes goes to them.
        requestedBy: author.id,
      })
      expect(new Date(review.changesRequestedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
      // The draft itself is untouched and the published version still live.
      expect((await payload.findByID({ collection: 'networks', id, draft: true })).summary).toBe(
        'Erster Entwurf',
      )
      expect((await rest('GET', `networks/${id}`)).json.summary ?? null).toBeNull()

      // The author's drafts with requested changes are theirs to find.
      const mine = await rest(
        'GET',
        `networks?draft=true&where[review.changesRequested][equals]=true&where[id][equals]=${id}`,
        { token: author.token },
      )
      expect(mine.json.docs.map((doc: { id: number }) => doc.id)).toEqual([id])

      // Saving without submitting keeps the request open; submitting again settles it.
      await rest('PATCH', `networks/${id}?draft=true`, {
        token: author.token,
        body: { summary: 'Zweiter Entwurf' },
      })
      expect(await reviewOf(id)).toMatchObject({ changesRequested: true, requested: false })
      const again = await rest('PATCH', `networks/${id}?draft=true`, {
        token: author.token,
        body: { summary: 'Dritter Entwurf', review: { requested: true } },
      })
      expect(again.status).toBe(200)
      expect(await reviewOf(id)).toMatchObject({
        requested: true,
        requestedBy: author.id,
        changesRequested: false,
        changesRequestedBy: null,
        comment: 'Bitte die Zielgruppen ergänzen.',
      })

      const publish = await rest('PATCH', `networks/${id}`, {
        token: editor.token,
        body: { _status: 'published' },
      })
      expect(publish.status).toBe(200)
      expect(await reviewOf(id)).toMatchObject({ requested: false, changesRequested: false, comment: null })
      expect((await rest('GET', `networks/${id}`)).json.summary).toBe('Dritter Entwurf')
    })

    it('needs a comment: 400 naming review.comment, and nothing changes', async () => {
      const id = await submittedDraft()
      for (const comment of [undefined, '', '   ']) {
        const response = await rest('PATCH', `networks/${id}?draft=true`, {
          token: editor.token,
          body: { summary: 'Von der Redaktion geändert', review: { changesRequested: true, comment } },
        })
        expect(response.status).toBe(400)
        expect(response.json.errors[0].data.errors[0].path).toBe('review.comment')
      }
      expect(await reviewOf(id)).toMatchObject({ requested: true, changesRequested: false })
      expect((await payload.findByID({ collection: 'networks', id, draft: true })).summary).toBe(
        'Erster Entwurf',
      )
    })

    it('is refused to authors (REST and GraphQL) and to editors of other districts', async () => {
      const id = await submittedDraft()
      const body = { review: { changesRequested: true, comment: 'Selbst zurückgegeben' } }
      expect((await rest('PATCH', `networks/${id}?draft=true`, { token: author.token, body })).status).toBe(
        403,
      )
      const graphql = await gql(
        `mutation($id: Int!, $data: mutationNetworkUpdateInput!) { updateNetwork(id: $id, data: $data, draft: true) { id } }`,
        { id, data: body },
        author.token,
      )
      expect(graphql.json.errors[0].extensions.statusCode).toBe(403)
      const foreign = await createMember((await createDistrict(payload)).id, 'editor')
      const response = await rest('PATCH', `networks/${id}?draft=true`, { token: foreign.token, body })
      expect([403, 404]).toContain(response.status)
      expect(await reviewOf(id)).toMatchObject({ requested: true, changesRequested: false, comment: null })
    })

    it('an author cannot forge who sent a draft back or when', async () => {
      const id = await submittedDraft()
      await rest('PATCH', `networks/${id}?draft=true`, {
        token: editor.token,
        body: {
          review: {
            changesRequested: true,
            comment: 'Bitte kürzen',
            changesRequestedBy: author.id,
            changesRequestedAt: '2020-01-01T00:00:00.000Z',
          },
        },
      })
      const review = await reviewOf(id)
      expect(review.changesRequestedBy).toBe(editor.id)
      expect(review.changesRequestedAt).not.toBe('2020-01-01T00:00:00.000Z')
      // An author cannot withdraw the request without submitting.
      await rest('PATCH', `networks/${id}?draft=true`, {
        token: author.token,
        body: { review: { changesRequested: false } },
      })
      expect(await reviewOf(id)).toMatchObject({ changesRequested: true, changesRequestedBy: editor.id })
    })
  })
})
