import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { loginAsNewAdmin } from '../helpers/auth'
import { createActor, createDistrict, published, unique } from '../helpers/factories'
import { plainPng } from '../helpers/images'
import { testPayload } from '../helpers/payload'
import { minimalPdf } from '../helpers/pdf'
import { rest, uploadForm } from '../helpers/routes'

let token: string
let districtId: number

const PDF = minimalPdf()

const upload = (file: Buffer, filename: string, type: string, data: Record<string, unknown>) =>
  rest('POST', 'media', { token, body: uploadForm(file, filename, type, data) })

const mediaFiles = () => fs.readdirSync(inject('mediaDir'))

beforeAll(async () => {
  token = (await loginAsNewAdmin()).token
  districtId = (await createDistrict(await testPayload())).id
})

describe('media uploads', () => {
  it('store an image with its alternative text and resized variants', async () => {
    const name = `${unique('bild')}.png`
    const response = await upload(await plainPng(1200, 800), name, 'image/png', {
      alt: 'Logo des Netzwerks',
      district: districtId,
    })
    expect(response.status).toBe(201)
    const doc = response.json.doc
    expect(doc).toMatchObject({ alt: 'Logo des Netzwerks', mimeType: 'image/png', width: 1200, height: 800 })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 320, height: 320 })
    expect(doc.sizes.card).toMatchObject({ width: 768 })
    for (const file of [doc.filename, doc.sizes.thumbnail.filename, doc.sizes.card.filename]) {
      expect(fs.existsSync(path.join(inject('mediaDir'), file))).toBe(true)
    }
  })

  it('refuse an image without alternative text, naming the field, and keep nothing', async () => {
    const name = `${unique('ohne-alt')}.png`
    const before = mediaFiles()
    const response = await upload(await plainPng(1200, 800), name, 'image/png', { district: districtId })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'alt', message: 'Bilder brauchen einen Alternativtext.' }),
    ])
    const payload = await testPayload()
    expect(
      (await payload.count({ collection: 'media', where: { filename: { equals: name } } })).totalDocs,
    ).toBe(0)
    expect(mediaFiles()).toEqual(before)
  })

  it('accept a PDF flyer without alternative text', async () => {
    const response = await upload(PDF, `${unique('flyer')}.pdf`, 'application/pdf', { district: districtId })
    expect(response.json).toMatchObject({ doc: { mimeType: 'application/pdf' } })
    expect(response.status).toBe(201)
    expect(response.json.doc.mimeType).toBe('application/pdf')
  })

  it('refuse file types outside the allowed list', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const response = await upload(svg, `${unique('bild')}.svg`, 'image/svg+xml', {
      alt: 'x',
      district: districtId,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json.errors)).toMatch(/file/i)
  })

  it('refuse files above the size limit with 413', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 1)
    const response = await upload(big, `${unique('gross')}.pdf`, 'application/pdf', { district: districtId })
    expect(response.status).toBe(413)
  })

  it('serve a file to anonymous clients only while published content uses it', async () => {
    const payload = await testPayload()
    const name = `${unique('logo')}.png`
    const uploaded = await upload(await plainPng(200, 100), name, 'image/png', {
      alt: 'Logo',
      district: districtId,
    })
    expect(uploaded.status).toBe(201)
    const media = uploaded.json.doc
    const anonymousFile = async () => (await rest('GET', `media/file/${media.filename}`)).status

    expect(media).toMatchObject({ public: false, usedPublicly: false })
    expect(await anonymousFile()).toBe(403)
    expect((await rest('GET', `media/${media.id}`)).status).toBe(404)

    const actor = await createActor(payload, { district: districtId, logo: media.id, ...published })
    expect(await anonymousFile()).toBe(200)
    expect((await rest('GET', `media/${media.id}`)).json).toMatchObject({ usedPublicly: true })

    await payload.update({ collection: 'actors', id: actor.id, data: { _status: 'draft' } })
    expect(await anonymousFile()).toBe(403)

    await payload.update({ collection: 'media', id: media.id, data: { public: true } })
    expect(await anonymousFile()).toBe(200)
  })
})
