import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { cloneDocuments, resetSequences } from '../../bench/lib/cloneDocuments'
import { readSchema } from '../../bench/lib/schema'
import { differences, verifyClone } from '../../bench/lib/verifyClones'
import { createActor, createDistrict, createNetwork, published, unique } from '../helpers/factories'
import { testPayload } from '../helpers/payload'

/**
 * The benchmark's bulk path: clones written row by row in SQL must read back through the Local
 * API exactly like the document the CMS wrote, and the check must notice when they do not.
 */
let payload: Payload
let client: pg.Client
let template: number
let clones: number[]

const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

beforeAll(async () => {
  payload = await testPayload()
  const district = (await createDistrict(payload)).id
  const network = await createNetwork(payload, { district, ...published })
  const actor = await createActor(payload, {
    district,
    name: unique('Beratungsstelle'),
    shortName: 'BS',
    kind: 'advice-centre',
    description: richText('Beratung für Geflüchtete und Zugewanderte in allen Lebenslagen.'),
    memberships: [{ network: network.id, role: 'partner' }],
    address: { street: 'Marktplatz 1', postalCode: '06108', city: 'Halle (Saale)' },
    emails: [{ address: 'beratung@example.org' }],
    phones: [{ number: '0345 1234567' }, { number: '0345 7654321' }],
    languages: ['de', 'ar', 'uk'],
    ...published,
  })
  await payload.update({
    collection: 'actors',
    id: actor.id,
    locale: 'en',
    data: { name: 'Advice centre', description: richText('Advice for refugees.'), _status: 'published' },
  })
  template = actor.id

  client = new pg.Client({
    connectionString: inject('databaseUrl'),
    types: { getTypeParser: () => (value: string) => value },
  })
  await client.connect()
  const schema = await readSchema(client)
  // Other test files write actors meanwhile: hold them off while ids are taken by hand.
  await client.query('BEGIN')
  await client.query('LOCK TABLE actors IN EXCLUSIVE MODE')
  const base = Number((await client.query<{ max: string }>('SELECT max(id) AS max FROM actors')).rows[0]!.max)
  await cloneDocuments(
    client,
    schema,
    {
      base: 'actors',
      templateIds: [template],
      count: 3,
      mainBase: base,
      column: ({ field, value }) => (field === 'slug' ? `${value} || '-' || g` : undefined),
      reference: () => null,
    },
    () => {},
  )
  await resetSequences(client, schema, ['actors'])
  await client.query('COMMIT')
  clones = [base + 1, base + 2, base + 3]
})

afterAll(async () => {
  await client?.end()
})

describe('bulk clones (bench/generate.ts)', () => {
  it('read back through the Local API like the document the CMS wrote, versions included', async () => {
    for (const clone of clones) {
      expect(await verifyClone(payload, 'actors', template, clone)).toEqual([])
    }
    const found = await payload.find({
      collection: 'actors',
      where: { id: { in: clones }, 'memberships.role': { equals: 'partner' }, languages: { contains: 'uk' } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(3)
  })

  it('leave the database writable: the CMS creates and updates after them', async () => {
    const created = await createActor(payload, {
      district: (await payload.findByID({ collection: 'actors', id: template })).district as number,
      name: unique('Danach'),
      kind: 'other',
    })
    expect(created.id).toBeGreaterThan(clones[2]!)
    const updated = await payload.update({ collection: 'actors', id: clones[0]!, data: { shortName: 'NEU' } })
    expect(updated.shortName).toBe('NEU')
  })

  it('the check reports a clone that differs from its template', async () => {
    const clone = clones[1]!
    await client.query(
      `UPDATE actors_locales SET description = NULL WHERE _parent_id = $1 AND _locale = 'en'`,
      [clone],
    )
    await client.query(`DELETE FROM actors_phones WHERE _parent_id = $1 AND _order = 2`, [clone])
    const problems = await verifyClone(payload, 'actors', template, clone)
    expect(problems.join('\n')).toMatch(/description/)
    expect(problems.join('\n')).toMatch(/phones: 2 vs 1 items/)
  })

  it('compares values strictly, and only types for the fields a clone varies', () => {
    expect(differences({ name: 'A', kind: 'x', district: 1 }, { name: 'B', kind: 'x', district: 2 })).toEqual(
      [],
    )
    expect(differences({ kind: 'x' }, { kind: 'y' })).toEqual(['.kind: "x" vs "y"'])
    expect(differences({ district: 1 }, { district: null })).toEqual(['.district: 1 vs null'])
    expect(differences({ a: 1 }, {})).toEqual(['.a: missing on one side'])
  })
})
