import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '../../src/lib/slugify'
import { loginAsNewAdmin } from '../helpers/auth'
import {
  createActor,
  createContact,
  createDistrict,
  createNetwork,
  createWorkingGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

let payload: Payload
let token: string
let district: number
let otherDistrict: number
let network: number

beforeAll(async () => {
  payload = await testPayload()
  token = (await loginAsNewAdmin()).token
  district = (await createDistrict(payload)).id
  otherDistrict = (await createDistrict(payload)).id
  network = (await createNetwork(payload, { district })).id
})

type Slug = 'actors' | 'networks' | 'goals' | 'contacts'

/** Posts `data` and expects 400 naming `path`, and that no document with `name` exists afterwards. */
const expectRejected = async (
  collection: Slug,
  data: Record<string, unknown>,
  path: string,
  message: RegExp,
) => {
  const response = await rest('POST', collection, { token, body: { district, ...data } })
  expect(response.status).toBe(400)
  const errors = response.json.errors[0].data.errors as Array<{ path: string; message: string }>
  expect(errors).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }))
  const titleField = collection === 'goals' ? 'title' : 'name'
  const written = await payload.count({
    collection,
    where: { [titleField]: { equals: data[titleField] } },
    trash: true,
  })
  expect(written.totalDocs).toBe(0)
}

describe('validation over REST: 400, the field named, nothing written', () => {
  it('phone numbers must parse as German or international numbers', async () => {
    await expectRejected(
      'actors',
      { name: unique('Akteur'), kind: 'association', phones: [{ number: 'ruf mich an' }] },
      'phones.0.number',
      /Telefonnummer/,
    )
  })

  it('e-mail addresses must be valid', async () => {
    await expectRejected(
      'actors',
      { name: unique('Akteur'), kind: 'association', emails: [{ address: 'kein-at-zeichen' }] },
      'emails.0.address',
      /.+/,
    )
  })

  it('websites must be http(s) URLs', async () => {
    await expectRejected(
      'actors',
      { name: unique('Akteur'), kind: 'association', website: 'javascript:alert(1)' },
      'website',
      /http/,
    )
  })

  it('postal codes must be German five-digit codes', async () => {
    await expectRejected(
      'actors',
      {
        name: unique('Akteur'),
        kind: 'association',
        address: { street: 'Geusaer Straße 81e', postalCode: '6217', city: 'Merseburg' },
      },
      'address.postalCode',
      /fünf Ziffern/,
    )
  })

  it('founding years must lie between 1950 and this year', async () => {
    await expectRejected('networks', { name: unique('Netzwerk'), foundedYear: 1850 }, 'foundedYear', /1950/)
    await expectRejected(
      'networks',
      { name: unique('Netzwerk'), foundedYear: new Date().getFullYear() + 1 },
      'foundedYear',
      /1950/,
    )
  })

  it('office hours end after they begin, written as HH:MM', async () => {
    await expectRejected(
      'contacts',
      {
        name: unique('Stelle'),
        kind: 'office',
        officeHours: { slots: [{ day: 'mo', opens: '14:00', closes: '09:00' }] },
      },
      'officeHours.slots.0.closes',
      /nach dem Beginn/,
    )
    await expectRejected(
      'contacts',
      {
        name: unique('Stelle'),
        kind: 'office',
        officeHours: { slots: [{ day: 'mo', opens: '9 Uhr', closes: '12:00' }] },
      },
      'officeHours.slots.0.opens',
      /HH:MM/,
    )
  })

  it('a goal belongs to exactly one of network and working group', async () => {
    const group = await createWorkingGroup(payload, { district, network })
    await expectRejected('goals', { title: unique('Ziel'), kind: 'goal' }, 'network', /genau eins/)
    await expectRejected(
      'goals',
      { title: unique('Ziel'), kind: 'goal', network, workingGroup: group.id },
      'network',
      /genau eins/,
    )
  })

  it('relationships may not point into another district', async () => {
    const foreignActor = await createActor(payload, {
      district: otherDistrict,
      name: unique('Fremder Akteur'),
    })
    await expectRejected(
      'contacts',
      { name: unique('Stelle'), kind: 'office', actor: foreignActor.id },
      'actor',
      /.+/,
    )
  })

  it('slugs are unique within a district but may repeat across districts', async () => {
    const name = unique('Gleicher Name')
    const first = await rest('POST', 'networks', { token, body: { district, name } })
    expect(first.status).toBe(201)
    const elsewhere = await rest('POST', 'networks', { token, body: { district: otherDistrict, name } })
    expect(elsewhere.status).toBe(201)
    expect(elsewhere.json.doc.slug).toBe(first.json.doc.slug)

    const twin = await rest('POST', 'networks', {
      token,
      body: { district, name: `${name} `, slug: first.json.doc.slug },
    })
    expect(twin.status).toBe(400)
    expect(twin.json.errors[0].data.errors).toContainEqual(
      expect.objectContaining({ path: 'slug', message: expect.stringMatching(/schon vergeben/) }),
    )
    const count = await payload.count({
      collection: 'networks',
      where: { slug: { equals: first.json.doc.slug } },
    })
    expect(count.totalDocs).toBe(2)
  })

  it('numbers a generated slug that is taken, and cuts long titles at a word boundary', async () => {
    const title = `${unique('Fachliche Weiterbildung')} für die Mitglieder der Fachgruppe und alle Interessierten im Landkreis`
    const first = await rest('POST', 'goals', { token, body: { district, network, title } })
    const second = await rest('POST', 'goals', { token, body: { district, network, title } })
    expect([first.status, second.status]).toEqual([201, 201])
    const slug = first.json.doc.slug as string
    expect(slug.length).toBeLessThanOrEqual(60)
    // A prefix of the full slug that ends where a word ends.
    expect(`${slugify(title)}-`.startsWith(`${slug}-`)).toBe(true)
    expect(second.json.doc.slug).toBe(`${slug}-2`)
  })

  it('keeps the slug when a partial update renames the document', async () => {
    const created = await rest('POST', 'networks', {
      token,
      body: { district, name: unique('Altes Netzwerk') },
    })
    const renamed = await rest('PATCH', `networks/${created.json.doc.id}`, {
      token,
      body: { name: unique('Neues Netzwerk') },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.json.doc.slug).toBe(created.json.doc.slug)
  })

  it('does not find a person without consent by the slug, since it is made from the name', async () => {
    const name = unique('Erika Mustermann')
    const person = await createContact(payload, { district, kind: 'person', name, ...published })
    expect(person.slug).toMatch(/^erika-mustermann-/)
    const anonymous = await rest('GET', `contacts?where[slug][equals]=${person.slug}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.docs).toEqual([])
    expect((await rest('GET', `contacts/${person.id}`)).status).toBe(404)
  })
})
