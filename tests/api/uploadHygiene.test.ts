import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

// The app's own GET route: Payload's handler inside the HTTP caching (ETag, 304) of src/lib/httpCaching.ts.
import { GET } from '../../src/app/(payload)/api/[...slug]/route'
import { createMember, loginAs, loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, createUser, unique } from '../helpers/factories'
import {
  BLUE,
  colourAt,
  near,
  pdfWithOpenAction,
  photo,
  plainPng,
  plantedIn,
  RED,
  type TestImageFormat,
} from '../helpers/images'
import { testPayload } from '../helpers/payload'
import { minimalPdf } from '../helpers/pdf'
import { rest, uploadForm } from '../helpers/routes'

/**
 * What an upload leaves behind and how files are served: no metadata in stored images, no
 * unsafe file names, no active content run in the CMS's origin, and `public` only from those
 * who may edit media.
 */
let payload: Payload
let adminToken: string
let districtId: number

beforeAll(async () => {
  payload = await testPayload()
  adminToken = (await loginAsNewAdmin()).token
  districtId = (await createDistrict(payload)).id
})

const MIME: Record<TestImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
}
const EXTENSION: Record<TestImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' }

/** Uploads as the state admin, as `token`'s user, or (null) anonymously. */
const upload = (
  file: Buffer,
  filename: string,
  type: string,
  data: Record<string, unknown> = {},
  token: string | null = adminToken,
) =>
  rest('POST', 'media', {
    token: token ?? undefined,
    body: uploadForm(file, filename, type, { alt: 'Bild', district: districtId, ...data }),
  })

const stored = (filename: string) => fs.readFileSync(path.join(inject('mediaDir'), filename))

/** The files in the upload directory whose names contain `part`. */
const filesNamed = (part: string) => fs.readdirSync(inject('mediaDir')).filter((name) => name.includes(part))

/** The bytes from the first start of scan on: the compressed image data and what follows. */
const fromStartOfScan = (jpeg: Buffer) => jpeg.subarray(jpeg.indexOf(Buffer.from([0xff, 0xda])))

/** The 400 of src/lib/inputError.ts, naming the field. */
const expectInputError = (response: Awaited<ReturnType<typeof rest>>, field: string) => {
  expect({ status: response.status, field: response.json?.errors?.[0]?.data?.field }).toEqual({
    status: 400,
    field,
  })
  expect(response.json.errors[0].message).toMatch(new RegExp(`^${field}: `))
}

describe('uploaded images lose their metadata', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)(
    '%s: no EXIF, GPS, XMP, IPTC or comments in the stored original, which matches its record',
    async (format) => {
      // Large enough for the thumbnail and card sizes.
      const original = await photo(format, { width: 1000, height: 700 })
      const before = await sharp(original).metadata()
      // The fixture carries what must go.
      expect(before.exif).toBeDefined()
      expect(before.xmp).toBeDefined()
      expect(plantedIn(original).length).toBeGreaterThanOrEqual(3)

      const response = await upload(original, `${unique('foto')}.${EXTENSION[format]}`, MIME[format])
      expect(response.status).toBe(201)
      const doc = response.json.doc
      const file = stored(doc.filename)
      const after = await sharp(file).metadata()

      expect(plantedIn(file)).toEqual([])
      expect({ exif: after.exif, xmp: after.xmp, iptc: after.iptc, comments: after.comments }).toEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        comments: undefined,
      })
      expect(after.format).toBe(before.format)
      // Payload itself re-encodes WebP originals (as possibly animated images) without the profile.
      if (format !== 'webp') expect(after.icc?.equals(before.icc!)).toBe(true)
      expect({ filesize: doc.filesize, width: doc.width, height: doc.height }).toEqual({
        filesize: file.length,
        width: after.width,
        height: after.height,
      })
      expect({ width: doc.width, height: doc.height }).toEqual({ width: 1000, height: 700 })
      for (const size of ['thumbnail', 'card']) {
        const sizeFile = stored(doc.sizes[size].filename)
        expect({ size, planted: plantedIn(sizeFile) }).toEqual({ size, planted: [] })
        expect((await sharp(sizeFile).metadata()).exif).toBeUndefined()
      }
    },
  )

  it('JPEG and PNG originals keep their compressed image data (lossless)', async () => {
    const jpeg = await photo('jpeg')
    const jpegDoc = (await upload(jpeg, `${unique('foto')}.jpg`, 'image/jpeg')).json.doc
    expect(fromStartOfScan(stored(jpegDoc.filename)).equals(fromStartOfScan(jpeg))).toBe(true)

    const png = await photo('png')
    const pngDoc = (await upload(png, `${unique('grafik')}.png`, 'image/png')).json.doc
    const idat = (bytes: Buffer) => bytes.subarray(bytes.indexOf('IDAT') - 4, bytes.indexOf('IEND') - 4)
    expect(idat(stored(pngDoc.filename)).equals(idat(png))).toBe(true)
  })

  it.each(['jpeg', 'png', 'webp'] as const)(
    '%s with EXIF orientation 6 is stored upright: sides swapped, pixels turned clockwise',
    async (format) => {
      // 1200×800, red left and blue right; viewed turned clockwise: 800×1200, red top, blue bottom.
      const original = await photo(format, { width: 1200, height: 800, orientation: 6 })
      const response = await upload(original, `${unique('hochkant')}.${EXTENSION[format]}`, MIME[format])
      expect(response.status).toBe(201)
      const doc = response.json.doc
      const file = stored(doc.filename)
      const after = await sharp(file).metadata()

      expect({ width: after.width, height: after.height, orientation: after.orientation }).toEqual({
        width: 800,
        height: 1200,
        orientation: undefined,
      })
      expect({ width: doc.width, height: doc.height, filesize: doc.filesize }).toEqual({
        width: 800,
        height: 1200,
        filesize: file.length,
      })
      expect(near(await colourAt(file, 795, 5), RED)).toBe(true)
      expect(near(await colourAt(file, 5, 1195), BLUE)).toBe(true)
      expect(plantedIn(file)).toEqual([])
      if (format !== 'webp') expect(after.icc?.equals((await sharp(original).metadata()).icc!)).toBe(true)
      // The sizes come from the upright original: portrait, like it.
      expect(doc.sizes.card.height).toBeGreaterThan(doc.sizes.card.width)
    },
  )

  it('an image is recognised by its content, whatever type and name the upload claims', async () => {
    const response = await upload(await photo('jpeg'), `${unique('getarnt')}.pdf`, 'application/pdf')
    expect(response.status).toBe(201)
    expect(response.json.doc.mimeType).toBe('image/jpeg')
    expect(plantedIn(stored(response.json.doc.filename))).toEqual([])
  })

  it('a replaced file is cleaned too, and its record follows the new file', async () => {
    const first = await upload(await photo('png'), `${unique('erst')}.png`, 'image/png')
    expect(first.status).toBe(201)
    const original = await photo('jpeg', { width: 80, height: 50 })
    const response = await rest('PATCH', `media/${first.json.doc.id}`, {
      token: adminToken,
      body: uploadForm(original, `${unique('ersatz')}.jpg`, 'image/jpeg', {}),
    })
    expect(response.status).toBe(200)
    const doc = response.json.doc
    const file = stored(doc.filename)
    expect(doc.filename).toMatch(/^ersatz-.*\.jpg$/)
    expect(plantedIn(file)).toEqual([])
    expect((await sharp(file).metadata()).exif).toBeUndefined()
    expect({ filesize: doc.filesize, width: doc.width, height: doc.height }).toEqual({
      filesize: file.length,
      width: 80,
      height: 50,
    })
  })

  it('duplicating a document copies its (clean) file', async () => {
    const first = await upload(await photo('jpeg'), `${unique('vorlage')}.jpg`, 'image/jpeg')
    const copy = await rest('POST', `media/${first.json.doc.id}/duplicate`, { token: adminToken, body: {} })
    expect(copy.status).toBe(200)
    expect(copy.json.doc.filename).not.toBe(first.json.doc.filename)
    expect(plantedIn(stored(copy.json.doc.filename))).toEqual([])
  })

  it('uploads through the Local API (seeds, scripts) are cleaned as well', async () => {
    const data = await photo('jpeg')
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Bild', district: districtId },
      file: { name: `${unique('lokal')}.jpg`, data, mimetype: 'image/jpeg', size: data.length },
    })
    expect(plantedIn(stored(doc.filename!))).toEqual([])
  })

  it('PDFs are stored unchanged', async () => {
    const pdf = minimalPdf()
    const response = await upload(pdf, `${unique('flyer')}.pdf`, 'application/pdf')
    expect(response.status).toBe(201)
    expect(stored(response.json.doc.filename).equals(pdf)).toBe(true)
  })

  it('a file that claims to be an image but cannot be decoded is refused with 400, and nothing is kept', async () => {
    const jpeg = await photo('jpeg', { width: 400, height: 300 })
    const cases = [
      { name: 'text.png', type: 'image/png', body: Buffer.from('kein Bild, nur Text') },
      { name: 'text.png', type: 'application/octet-stream', body: Buffer.from('<html><script>1</script>') },
      { name: 'flyer.png', type: 'image/png', body: minimalPdf() },
      { name: 'abgeschnitten.jpg', type: 'image/jpeg', body: jpeg.subarray(0, jpeg.length - 600) },
      {
        name: 'kaputt.jpg',
        type: 'image/jpeg',
        body: Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(400, 7)]),
      },
    ]
    for (const { name, type, body } of cases) {
      const base = unique('kaputt')
      const response = await upload(body, `${base}-${name}`, type)
      expectInputError(response, 'file')
      expect(filesNamed(base)).toEqual([])
    }
  })

  it('undecodable uploads without the right to create get 403, before any decoding', async () => {
    const garbage = Buffer.from('kein Bild')
    expect((await upload(garbage, `${unique('anonym')}.png`, 'image/png', {}, null)).status).toBe(403)
    const viewer = await createMember(districtId, 'viewer')
    expect((await upload(garbage, `${unique('leser')}.png`, 'image/png', {}, viewer.token)).status).toBe(403)
  })

  it('an upload by URL, which Payload would fetch unchecked, is refused naming the field', async () => {
    const response = await rest('POST', 'media', {
      token: adminToken,
      body: { alt: 'Bild', district: districtId, filename: 'fern.jpg', url: 'https://example.org/fern.jpg' },
    })
    expectInputError(response, 'url')
  })
})

describe('upload file names', () => {
  it.each([
    ['a NUL byte', 'bild\u0000.png'],
    ['another C0 control character', 'bild\u0001name.png'],
    ['a tab', 'bild\tname.png'],
    ['DEL', 'bild\u007fname.png'],
    ['a C1 control character', 'bild\u0085name.png'],
    ['a right-to-left override', 'rechnung\u202egnp.exe.png'],
  ])('with %s: 400 naming the file, no 500', async (_, name) => {
    const response = await upload(await plainPng(), `${unique('x')}-${name}`, 'image/png')
    expectInputError(response, 'file')
  })

  it('of a replacement file with a NUL byte: 400 naming the file', async () => {
    const first = await upload(await plainPng(), `${unique('erst')}.png`, 'image/png')
    const response = await rest('PATCH', `media/${first.json.doc.id}`, {
      token: adminToken,
      body: uploadForm(await plainPng(), `${unique('ersatz')}\u0000.png`, 'image/png', {}),
    })
    expectInputError(response, 'file')
  })

  it.each([
    ['300 ASCII characters', `${'x'.repeat(296)}.png`],
    ['201 bytes', `${'y'.repeat(197)}.png`],
    ['110 umlauts (220 bytes)', `${'ä'.repeat(110)}.png`],
  ])('of %s: 400 naming the file (derived names must fit the file system)', async (_, name) => {
    const response = await upload(await plainPng(), name, 'image/png')
    expectInputError(response, 'file')
  })

  it('of 200 bytes, umlauts included, are fine', async () => {
    const name = `${unique('ü')}-${'ö'.repeat(70)}`.slice(0, 80)
    const filename = `${name}${'z'.repeat(200 - Buffer.byteLength(name) - 4)}.png`
    expect(Buffer.byteLength(filename)).toBe(200)
    const response = await upload(await plainPng(), filename, 'image/png')
    expect(response.status).toBe(201)
    expect(response.json.doc.filename).toBe(filename)
  })

  it('with a path: multipart names are cut to their last part, nothing lands outside the directory', async () => {
    const base = unique('ausbruch')
    for (const name of [`../../${base}.png`, `..\\..\\${base}-win.png`, `a/b/${base}-tief.png`]) {
      const response = await upload(await plainPng(), name, 'image/png')
      expect(response.status).toBe(201)
      expect(response.json.doc.filename).not.toMatch(/[/\\]/)
    }
    expect(filesNamed(base).length).toBeGreaterThanOrEqual(3)
    const mediaDir = inject('mediaDir')
    expect(fs.existsSync(path.join(mediaDir, 'a'))).toBe(false)
    for (const dir of [path.dirname(mediaDir), path.dirname(path.dirname(mediaDir))]) {
      expect(fs.readdirSync(dir).filter((name) => name.includes(base))).toEqual([])
    }
  })

  it('with a path or ".." from the Local API: refused with 400 naming the file', async () => {
    const data = await plainPng()
    for (const name of ['a/../b.png', '..\\b.png', '..', '.']) {
      await expect(
        payload.create({
          collection: 'media',
          data: { alt: 'Bild', district: districtId },
          file: { name, data, mimetype: 'image/png', size: data.length },
        }),
      ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^file: /) })
    }
  })
})

describe('serving files', () => {
  const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
  let pdf: { filename: string; id: string; bytes: Buffer }
  let image: { filename: string; thumbnail: string }

  beforeAll(async () => {
    const bytes = pdfWithOpenAction()
    const id = unique('entwurf')
    const filename = `Flyer Übersicht (${id}).pdf`
    const pdfUpload = await upload(bytes, filename, 'application/pdf', { public: true })
    expect(pdfUpload.status).toBe(201)
    expect(pdfUpload.json.doc.filename).toBe(filename)
    pdf = { filename, id, bytes }
    const logo = await photo('png', { width: 400, height: 400 })
    const imageUpload = await upload(logo, `${unique('logo')}.png`, 'image/png', { public: true })
    expect(imageUpload.status).toBe(201)
    image = {
      filename: imageUpload.json.doc.filename,
      thumbnail: imageUpload.json.doc.sizes.thumbnail.filename,
    }
  })

  /**
   * GET /api/media/file/<filename> as Next calls the app's route: with the path segments decoded
   * (tests/helpers/routes.ts passes them percent-encoded, which breaks names with spaces).
   */
  const get = async (filename: string, headers?: Record<string, string>) => {
    const request = new Request(`http://localhost:3000/api/media/file/${encodeURIComponent(filename)}`, {
      headers,
    })
    const response = await GET(request, { params: Promise.resolve({ slug: ['media', 'file', filename] }) })
    await response.arrayBuffer()
    return { status: response.status, headers: response.headers }
  }

  const expectProtected = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-security-policy')).toBe(CSP)
  }

  it('a PDF with JavaScript is downloaded, never shown inline, under its (non-ASCII) name', async () => {
    const response = await get(pdf.filename)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expectProtected(response.headers)
    const disposition = response.headers.get('content-disposition')!
    expect(disposition).toBe(
      `attachment; filename="Flyer Ubersicht (${pdf.id}).pdf"; ` +
        `filename*=UTF-8''Flyer%20%C3%9Cbersicht%20%28${pdf.id}%29.pdf`,
    )
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(pdf.filename)
  })

  it('an ASCII name needs no filename*', async () => {
    const filename = `${unique('flyer')}.pdf`
    expect((await upload(minimalPdf(), filename, 'application/pdf', { public: true })).status).toBe(201)
    expect((await get(filename)).headers.get('content-disposition')).toBe(
      `attachment; filename="${filename}"`,
    )
  })

  it('range requests get the same headers; unsatisfiable ranges the protective ones', async () => {
    const partial = await get(pdf.filename, { Range: 'bytes=0-9' })
    expect(partial.status).toBe(206)
    expectProtected(partial.headers)
    expect(partial.headers.get('content-disposition')).toMatch(/^attachment; filename="/)

    const unsatisfiable = await get(pdf.filename, { Range: `bytes=${pdf.bytes.length + 100}-` })
    expect(unsatisfiable.status).toBe(416)
    expectProtected(unsatisfiable.headers)
  })

  it('conditional requests are answered in full with the headers (there is no 304 for files)', async () => {
    const conditions: Array<Record<string, string>> = [
      { 'If-None-Match': '*' },
      { 'If-Modified-Since': new Date().toUTCString() },
    ]
    for (const headers of conditions) {
      const response = await get(pdf.filename, headers)
      expect(response.status).toBe(200)
      expectProtected(response.headers)
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; /)
    }
  })

  it('images are shown inline, with the protective headers', async () => {
    for (const filename of [image.filename, image.thumbnail]) {
      const response = await get(filename)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expectProtected(response.headers)
      expect(response.headers.get('content-disposition')).toBeNull()
    }
  })

  it('files stay behind the read access', async () => {
    const response = await upload(minimalPdf(), `${unique('intern')}.pdf`, 'application/pdf')
    expect((await get(response.json.doc.filename)).status).toBe(403)
  })
})

describe('who may make a file public', () => {
  const anonymousStatus = async (filename: string) => (await rest('GET', `media/file/${filename}`)).status

  it("an author's public: true is dropped; an editor's holds", async () => {
    const author = await createMember(districtId, 'author')
    const byAuthor = await upload(
      await photo('png'),
      `${unique('autor')}.png`,
      'image/png',
      { public: true },
      author.token,
    )
    expect(byAuthor.status).toBe(201)
    expect(byAuthor.json.doc.public).toBe(false)
    expect(await anonymousStatus(byAuthor.json.doc.filename)).toBe(403)

    const editor = await createMember(districtId, 'editor')
    const byEditor = await upload(
      await photo('png'),
      `${unique('redaktion')}.png`,
      'image/png',
      { public: true },
      editor.token,
    )
    expect(byEditor.status).toBe(201)
    expect(byEditor.json.doc.public).toBe(true)
    expect(await anonymousStatus(byEditor.json.doc.filename)).toBe(200)

    // Editors may publish what an author uploaded.
    const patched = await rest('PATCH', `media/${byAuthor.json.doc.id}`, {
      token: editor.token,
      body: { public: true },
    })
    expect(patched.status).toBe(200)
    expect(await anonymousStatus(byAuthor.json.doc.filename)).toBe(200)
  })

  it('counts the role in the district of the file, not elsewhere', async () => {
    const other = (await createDistrict(payload)).id
    const user = await createUser(payload, {
      districts: [
        { district: other, roles: ['editor'] },
        { district: districtId, roles: ['author'] },
      ],
    })
    const token = await loginAs(user.email)
    const here = await upload(
      await photo('png'),
      `${unique('hier')}.png`,
      'image/png',
      { public: true },
      token,
    )
    expect(here.status).toBe(201)
    expect(here.json.doc.public).toBe(false)
    const there = await upload(
      await photo('png'),
      `${unique('dort')}.png`,
      'image/png',
      { public: true, district: other },
      token,
    )
    expect(there.status).toBe(201)
    expect(there.json.doc.public).toBe(true)
  })
})
