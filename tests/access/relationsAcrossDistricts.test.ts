import type { CollectionSlug, Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, unique } from '../helpers/factories'
import { plainPng } from '../helpers/images'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * Every relationship and upload field of every district collection, found by walking the
 * built config (not a list): an editor of district A cannot point it at a document of district
 * B, neither when creating nor when editing, and the 400 names the field. A reference into A
 * through the same request succeeds, so the refusal is about the district and nothing else.
 */
type Relation = { collection: CollectionSlug; path: string; target: CollectionSlug; hasMany: boolean }

/** A valid document of each district collection in `district`, given documents to point at. */
const FIXTURES: Record<string, (refs: Refs) => Record<string, unknown>> = {
  networks: () => ({ name: unique('Netzwerk') }),
  principles: (refs) => ({ network: refs.networks, title: unique('Grundsatz') }),
  goals: (refs) => ({ network: refs.networks, title: unique('Ziel') }),
  'working-groups': (refs) => ({ network: refs.networks, name: unique('Fachgruppe'), kind: 'fachgruppe' }),
  actors: (refs) => ({
    name: unique('Akteur'),
    kind: 'other',
    memberships: [{ network: refs.networks, role: 'member' }],
  }),
  contacts: () => ({ kind: 'office', name: unique('Stelle') }),
  'target-groups': () => ({ name: unique('Zielgruppe') }),
  places: () => ({ name: unique('Ort') }),
  offers: (refs) => ({ title: unique('Angebot'), places: [{ place: refs.places }] }),
  media: () => ({}),
  // Written by the link-check job only, and pointing at nothing but its district.
  'link-checks': () => ({
    url: 'https://example.org/',
    outcome: 'ok',
    collection: 'actors',
    documentId: '1',
    field: 'website',
    checkedAt: new Date().toISOString(),
  }),
}

/** What else a field needs set for the document to be valid (a goal has one owner, not two). */
const COMPANIONS: Record<string, Record<string, unknown>> = {
  'goals.workingGroup': { network: null },
}

type Refs = Partial<Record<CollectionSlug, number>>

const fieldsWithData = (fields: Field[], prefix = ''): Array<{ field: Field; path: string }> =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        fieldsWithData(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    }
    if (!('name' in field) && 'fields' in field) return fieldsWithData(field.fields, prefix)
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    if (field.type === 'array') return fieldsWithData(field.fields, `${path}.0.`)
    if (field.type === 'group') return fieldsWithData(field.fields, `${path}.`)
    return [{ field, path }]
  })

let payload: Payload
let A: number
let B: number
let editorA: string
const refsA: Refs = {}
const refsB: Refs = {}
let relations: Relation[] = []
const existingA: Partial<Record<CollectionSlug, number>> = {}

/** Collections whose documents belong to a district (they carry the tenant field `district`). */
const districtCollections = (payload: Payload) =>
  payload.config.collections
    .filter(({ flattenedFields }) =>
      flattenedFields.some((field) => field.name === 'district' && field.type === 'relationship'),
    )
    .map(({ slug }) => slug)

const setPath = (data: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let node: Record<string, unknown> = data
  keys.slice(0, -1).forEach((key, index) => {
    const next = node[key] ?? (/^\d+$/.test(keys[index + 1]!) ? [] : {})
    node[key] = Array.isArray(next) ? [...next] : { ...(next as object) }
    node = node[key] as Record<string, unknown>
  })
  node[keys.at(-1)!] = value
}

const createIn = async (district: number, collection: CollectionSlug, refs: Refs) => {
  if (collection === 'media') {
    const file = await plainPng(8, 8)
    const doc = await payload.create({
      collection: 'media',
      data: { district, alt: 'Bild' },
      file: { data: file, mimetype: 'image/png', name: `${unique('bild')}.png`, size: file.length },
    })
    return doc.id
  }
  const doc = await payload.create({
    collection: collection as 'networks',
    data: { ...FIXTURES[collection]!(refs), district, _status: 'published' } as never,
  })
  return doc.id as number
}

beforeAll(async () => {
  payload = await testPayload()
  A = (await createDistrict(payload)).id
  B = (await createDistrict(payload)).id
  editorA = (await createMember(A, 'editor')).token
  const scoped = new Set(districtCollections(payload))
  relations = payload.config.collections
    .filter(({ slug }) => scoped.has(slug))
    .flatMap(({ slug, fields }) =>
      fieldsWithData(fields)
        .filter(
          ({ field, path }) =>
            path !== 'district' && (field.type === 'relationship' || field.type === 'upload'),
        )
        .map(({ field, path }) => ({
          collection: slug,
          path,
          target: (field as { relationTo: CollectionSlug }).relationTo,
          hasMany: Boolean((field as { hasMany?: boolean }).hasMany),
        }))
        .filter(({ target }) => typeof target === 'string' && scoped.has(target)),
    )
  // Targets first (networks before what points at them), one in each district.
  for (const collection of [
    'networks',
    ...new Set(relations.map(({ target }) => target)),
  ] as CollectionSlug[]) {
    if (refsA[collection]) continue
    refsA[collection] = await createIn(A, collection, refsA)
    refsB[collection] = await createIn(B, collection, refsB)
  }
  for (const collection of new Set(relations.map(({ collection }) => collection))) {
    existingA[collection] = await createIn(A, collection, refsA)
  }
}, 120_000)

describe('relationships across districts', () => {
  it('finds the relationship fields to check, and a fixture for every district collection', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(districtCollections(payload).sort())
    // A floor, not a list: the content model has at least these many references between documents.
    expect(relations.length).toBeGreaterThanOrEqual(15)
    expect(relations.map(({ collection, path }) => `${collection}.${path}`)).toContain('goals.network')
  })

  it('refuses a reference into another district in every field, on create and on update', async () => {
    const outcomes: string[] = []
    for (const relation of relations) {
      const key = `${relation.collection}.${relation.path}`
      for (const [district, refs] of [
        ['B', refsB],
        ['A', refsA],
      ] as const) {
        const id = refs[relation.target]!
        const value = relation.hasMany ? [id] : id
        const update: Record<string, unknown> = { ...COMPANIONS[key] }
        const created: Record<string, unknown> = {
          ...FIXTURES[relation.collection]!(refsA),
          district: A,
          ...COMPANIONS[key],
        }
        if (relation.path.includes('.0.')) {
          // An array row: the whole row is sent, as the admin does.
          const [array] = relation.path.split('.0.')
          update[array!] = structuredClone(created[array!])
        }
        setPath(update, relation.path, value)
        setPath(created, relation.path, value)
        const responses = {
          update: await rest('PATCH', `${relation.collection}/${existingA[relation.collection]}`, {
            token: editorA,
            body: update,
          }),
          create: await rest('POST', relation.collection, { token: editorA, body: created }),
        }
        for (const [operation, response] of Object.entries(responses)) {
          const paths = (response.json?.errors?.[0]?.data?.errors ?? []).map(
            (error: { path: string }) => error.path,
          )
          const outcome =
            response.status === 400 && paths.includes(relation.path)
              ? 'refused, naming the field'
              : `${response.status} ${paths.join(',')}`
          outcomes.push(`${key} ${operation} → ${district}: ${outcome}`)
        }
      }
    }
    const expected = relations.flatMap(({ collection, path }) =>
      ['update', 'create'].flatMap((operation) => [
        `${collection}.${path} ${operation} → B: refused, naming the field`,
        `${collection}.${path} ${operation} → A: ${operation === 'create' ? 201 : 200} `,
      ]),
    )
    expect(outcomes.sort()).toEqual(expected.sort())
  }, 180_000)
})
