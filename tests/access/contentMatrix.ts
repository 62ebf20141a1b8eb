import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { allows, allowsWithoutRole, type Operation } from '../../access/matrix'
import type { DistrictRole } from '../../access/roles'
import { declaredCollections, factsOf } from '../../src/lib/collectionFacts'
import { type Api, graphqlApi, localApi, restApi, signInPersona } from '../helpers/apis'
import { exampleDocument } from '../helpers/exampleDocument'
import { createDistrict, createNetwork, published, unique } from '../helpers/factories'
import { config, testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * The access suite for district content, generated from the role matrix: every role × every
 * content collection × every operation × own / other district, through the Local API, the
 * REST handlers and GraphQL. The expected outcome of each case is read from access/matrix.ts;
 * the collections are those the built config declares as district content, their documents
 * the smallest valid ones their fields allow (tests/helpers/exampleDocument.ts).
 *
 * Two test files run it, each for some of the personas (contentMatrix.*.test.ts), so that the
 * two test workers share its thousands of cases instead of one worker running them all.
 */

/** Every district content collection of the built config, by slug. */
const COLLECTIONS = new Map(
  declaredCollections((await config).collections, 'content').map((collection) => [
    collection.slug as ContentCollection,
    collection,
  ]),
)
type ContentCollection = CollectionSlug & 'networks'

/** The field that names a document of the collection. */
const titleOf = (collection: ContentCollection) => String(COLLECTIONS.get(collection)!.admin.useAsTitle)

type DistrictKey = 'A' | 'B' | 'C'
type Persona = {
  name: string
  /** Roles per district; `admin` for the state admin, null for anonymous. */
  memberships: Partial<Record<DistrictKey, DistrictRole>> | 'admin' | null
  /** Districts to try: where a role is held, and one where none is. */
  districts: DistrictKey[]
}

export const PERSONAS: Persona[] = [
  { name: 'anonymous', memberships: null, districts: ['A'] },
  { name: 'viewer', memberships: { A: 'viewer' }, districts: ['A', 'C'] },
  { name: 'author', memberships: { A: 'author' }, districts: ['A', 'C'] },
  { name: 'editor', memberships: { A: 'editor' }, districts: ['A', 'C'] },
  { name: 'district-admin', memberships: { A: 'district-admin' }, districts: ['A', 'C'] },
  { name: 'author in A, editor in B', memberships: { A: 'author', B: 'editor' }, districts: ['A', 'B', 'C'] },
  { name: 'admin', memberships: 'admin', districts: ['A', 'C'] },
]

/** The operations a case performs, each governed by one cell of the matrix. */
const CASES: Array<{ name: string; operation: Operation }> = [
  { name: 'find a published document', operation: 'read' },
  { name: 'list a published document', operation: 'read' },
  { name: 'count a published document', operation: 'read' },
  { name: 'find a draft', operation: 'readDrafts' },
  { name: 'list a draft', operation: 'readDrafts' },
  { name: 'count a draft', operation: 'readDrafts' },
  { name: 'list versions', operation: 'readVersions' },
  { name: 'create a draft', operation: 'create' },
  { name: 'create published', operation: 'publish' },
  { name: 'save a draft of a published document', operation: 'update' },
  { name: 'save a draft from the full form (deletedAt: null)', operation: 'update' },
  { name: 'change a published document in place', operation: 'publish' },
  { name: 'publish a draft', operation: 'publish' },
  { name: 'unpublish', operation: 'unpublish' },
  { name: 'request changes on a submitted draft', operation: 'requestChanges' },
  // Only where the collection's facts say `verifiable`, only over REST (src/endpoints/verify.ts).
  { name: 'mark as verified', operation: 'verify' },
  { name: 'restore a published version', operation: 'publish' },
  { name: 'move to the trash', operation: 'trash' },
  { name: 'restore from the trash', operation: 'restore' },
  { name: 'delete permanently', operation: 'delete' },
]

const expected = (persona: Persona, district: DistrictKey, operation: Operation): boolean => {
  if (persona.memberships === null) return allows('content', operation, 'anonymous')
  if (persona.memberships === 'admin') return true
  const role = persona.memberships[district]
  // Signed in but without a role here: district content is closed to them.
  return role ? allows('content', operation, role) : allowsWithoutRole('content', operation)
}

let payload: Payload
const districts = {} as Record<DistrictKey, number>
const parents = {} as Record<DistrictKey, number>
const apis = new Map<string, Api[]>()
/** Each persona's REST token (none for anonymous): the verify action is an endpoint of its own. */
const tokens = new Map<string, string | undefined>()

/** Which cases a collection has, and through which APIs: the verify action is REST only. */
const applies = (collection: ContentCollection, operation: Operation) =>
  operation !== 'verify' || Boolean(factsOf(COLLECTIONS.get(collection)!)?.verifiable)
const apiNamesFor = (operation: Operation) =>
  operation === 'verify' ? ['REST'] : ['Local API', 'REST', 'GraphQL']

/** POST /api/<collection>/:id/verify on a published document: true on 200, false when refused. */
const verify = async (token: string | undefined, collection: ContentCollection, district: DistrictKey) => {
  const id = await fixture(collection, district, 'published')
  const response = await rest('POST', `${collection}/${id}/verify`, { token })
  if (response.status === 200) return true
  if ([401, 403, 404].includes(response.status)) return false
  throw new Error(`unexpected ${response.status}: ${JSON.stringify(response.json)}`)
}

const data = (collection: ContentCollection, district: DistrictKey, status: 'draft' | 'published') =>
  exampleDocument(COLLECTIONS.get(collection)!, {
    district: districts[district],
    network: parents[district],
    status,
  })

/** A document made without access control, as the case needs it. */
const fixture = async (collection: ContentCollection, district: DistrictKey, status: 'draft' | 'published') =>
  (await payload.create({ collection, data: data(collection, district, status) as never, depth: 0 })).id

const run = async (api: Api, collection: ContentCollection, district: DistrictKey, name: string) => {
  switch (name) {
    case 'find a published document':
      return api.readById(collection, await fixture(collection, district, 'published'))
    case 'find a draft':
      return api.readById(collection, await fixture(collection, district, 'draft'))
    case 'list a published document':
      return api.findInList(collection, await fixture(collection, district, 'published'))
    case 'count a published document':
      return api.count(collection, await fixture(collection, district, 'published'))
    case 'list a draft':
      return api.findInList(collection, await fixture(collection, district, 'draft'))
    case 'count a draft':
      return api.count(collection, await fixture(collection, district, 'draft'))
    case 'list versions':
      return api.readVersions(collection, await fixture(collection, district, 'published'))
    case 'create a draft':
      return api.create(collection, data(collection, district, 'draft'))
    case 'create published':
      return api.create(collection, data(collection, district, 'published'))
    case 'save a draft of a published document': {
      const id = await fixture(collection, district, 'published')
      return api.update(collection, id, { _status: 'draft' }, { draft: true })
    }
    case 'save a draft from the full form (deletedAt: null)': {
      const id = await fixture(collection, district, 'published')
      const titleField = titleOf(collection)
      return api.update(
        collection,
        id,
        { [titleField]: unique('Entwurf'), deletedAt: null, _status: 'draft' },
        { draft: true },
      )
    }
    case 'change a published document in place': {
      const id = await fixture(collection, district, 'published')
      const titleField = titleOf(collection)
      return api.update(collection, id, { [titleField]: unique('Geändert') })
    }
    case 'publish a draft': {
      const id = await fixture(collection, district, 'draft')
      return api.update(collection, id, { _status: 'published' })
    }
    case 'unpublish': {
      const id = await fixture(collection, district, 'published')
      return api.update(collection, id, { _status: 'draft' })
    }
    case 'request changes on a submitted draft': {
      const id = await fixture(collection, district, 'published')
      await payload.update({
        collection,
        id,
        data: { review: { requested: true } } as never,
        draft: true,
        depth: 0,
      })
      return api.update(
        collection,
        id,
        { review: { changesRequested: true, comment: 'Bitte die Öffnungszeiten ergänzen.' } },
        { draft: true },
      )
    }
    case 'restore a published version': {
      const id = await fixture(collection, district, 'published')
      await payload.update({ collection, id, data: { _status: 'published' } as never, depth: 0 })
      const { docs } = await payload.findVersions({
        collection,
        where: { parent: { equals: id } },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
      })
      return api.restoreVersion(collection, Number(docs[0]!.id))
    }
    case 'move to the trash': {
      const id = await fixture(collection, district, 'published')
      return api.update(collection, id, { deletedAt: new Date().toISOString() })
    }
    case 'restore from the trash': {
      const id = await fixture(collection, district, 'published')
      await payload.update({
        collection,
        id,
        data: { deletedAt: new Date().toISOString() } as never,
        depth: 0,
      })
      return api.update(collection, id, { deletedAt: null }, { trash: true })
    }
    case 'delete permanently':
      return api.delete(collection, await fixture(collection, district, 'published'))
    default:
      throw new Error(`unknown case ${name}`)
  }
}

const setUp = async () => {
  payload = await testPayload()
  for (const key of ['A', 'B', 'C'] as const) {
    districts[key] = (await createDistrict(payload)).id
    parents[key] = (
      await createNetwork(payload, { district: districts[key], name: unique('Elternnetzwerk'), ...published })
    ).id
  }
  for (const persona of PERSONAS) {
    if (persona.memberships === null) {
      apis.set(persona.name, [localApi(payload, null), restApi(undefined), graphqlApi(undefined)])
      tokens.set(persona.name, undefined)
      continue
    }
    const { user, token } = await signInPersona(payload, persona.memberships, districts)
    apis.set(persona.name, [localApi(payload, user), restApi(token), graphqlApi(token)])
    tokens.set(persona.name, token)
  }
}

/** Which test file runs which personas: together all of them (checked in the first file). */
export const SPLIT = {
  members: ['anonymous', 'viewer', 'author', 'editor'],
  admins: ['district-admin', 'author in A, editor in B', 'admin'],
} as const

/** The suite for the personas named (all of PERSONAS between the test files). */
export const contentMatrixSuite = (names: readonly string[]) => {
  beforeAll(setUp, 120_000)
  describe.each(PERSONAS.filter((persona) => names.includes(persona.name)))('$name', (persona) => {
    describe.each([...COLLECTIONS.keys()])('%s', (collection) => {
      for (const { name, operation } of CASES.filter((item) => applies(collection, item.operation))) {
        for (const district of persona.districts) {
          const where =
            persona.memberships === null || persona.memberships === 'admin'
              ? district
              : district === 'C'
                ? 'other district'
                : `district ${district}`
          const outcome = expected(persona, district, operation)
          for (const apiName of apiNamesFor(operation)) {
            it(`${name} · ${where} · ${apiName} → ${outcome ? 'allowed' : 'refused'}`, async () => {
              if (operation === 'verify') {
                return expect(await verify(tokens.get(persona.name), collection, district)).toBe(outcome)
              }
              const api = apis.get(persona.name)!.find((candidate) => candidate.name === apiName)!
              expect(await run(api, collection, district, name)).toBe(outcome)
            })
          }
        }
      }
    })
  })
}
