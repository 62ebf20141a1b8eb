import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createContact, createDistrict, createMedia, published, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * Who sees a district's media records. Records only, without files: uploads would write into
 * the media directory that tests/api/media.test.ts compares (its own last test covers the
 * file URLs).
 */
let payload: Payload
let own: number
let other: number

const tokenFor = async (district: number, role: string) => (await createMember(district, role)).token

beforeAll(async () => {
  payload = await testPayload()
  own = (await createDistrict(payload)).id
  other = (await createDistrict(payload)).id
})

describe('media visibility', () => {
  it('keeps an unused file to the members of its district', async () => {
    const media = await createMedia(payload, { district: own })
    expect((await rest('GET', `media/${media.id}`)).status).toBe(404)
    expect((await rest('GET', `media/${media.id}`, { token: await tokenFor(own, 'viewer') })).status).toBe(
      200,
    )
    expect((await rest('GET', `media/${media.id}`, { token: await tokenFor(other, 'editor') })).status).toBe(
      404,
    )
  })

  it('shows files marked public to everyone', async () => {
    const media = await createMedia(payload, { district: own, public: true })
    expect((await rest('GET', `media/${media.id}`)).status).toBe(200)
  })

  it('keeps the photo of an unlisted person private, and publishes it with consent', async () => {
    const photo = await createMedia(payload, { district: own })
    const person = await createContact(payload, {
      district: own,
      kind: 'person',
      name: unique('Erika'),
      photo: photo.id,
      ...published,
    })
    expect((await rest('GET', `media/${photo.id}`)).status).toBe(404)
    await payload.update({
      collection: 'contacts',
      id: person.id,
      data: { publicListing: { consent: true }, _status: 'published' },
    })
    expect((await rest('GET', `media/${photo.id}`)).status).toBe(200)
  })

  it('lets authors upload in their district only, editors edit, district admins delete', async () => {
    const author = await tokenFor(own, 'author')
    const editor = await tokenFor(own, 'editor')
    const media = await createMedia(payload, { district: own })
    const patch = (token: string) =>
      rest('PATCH', `media/${media.id}`, { token, body: { caption: unique('Quelle') } })
    expect((await patch(author)).status).toBe(403)
    expect((await patch(editor)).status).toBe(200)
    expect((await rest('DELETE', `media/${media.id}`, { token: editor })).status).toBe(403)
    expect(
      (await rest('DELETE', `media/${media.id}`, { token: await tokenFor(own, 'district-admin') })).status,
    ).toBe(200)
  })
})
