import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { allows, allowsWithoutRole, type Operation, type Resource } from '../../access/matrix'
import type { DistrictRole } from '../../access/roles'
import { declaredCollections } from '../../src/lib/collectionFacts'
import { type Api, localApi, restApi, signInPersona } from '../helpers/apis'
import {
  createDistrict,
  createFieldOfAction,
  createMedia,
  createUser,
  PASSWORD,
  unique,
} from '../helpers/factories'
import { config, testPayload } from '../helpers/payload'

/**
 * The rest of the matrix, generated like contentMatrix.ts: districts and the taxonomies
 * (state-wide, from the built config), media, users, audit entries and link-check results of a
 * district, for every persona, own and other district, through the Local API and REST. (Uploads are tested in tests/api/media.test.ts:
 * they write into the shared media directory.)
 */
type DistrictKey = 'A' | 'C'
type Persona = { name: string; memberships: Partial<Record<'A' | 'B', DistrictRole>> | 'admin' | null }

const PERSONAS: Persona[] = [
  { name: 'anonymous', memberships: null },
  { name: 'viewer', memberships: { A: 'viewer' } },
  { name: 'author', memberships: { A: 'author' } },
  { name: 'editor', memberships: { A: 'editor' } },
  { name: 'district-admin', memberships: { A: 'district-admin' } },
  { name: 'author in A, editor in B', memberships: { A: 'author', B: 'editor' } },
  { name: 'admin', memberships: 'admin' },
]

const expected = (persona: Persona, resource: Resource, operation: Operation, district: DistrictKey) => {
  if (persona.memberships === null) return allows(resource, operation, 'anonymous')
  if (persona.memberships === 'admin') return allows(resource, operation, 'admin')
  const role = district === 'A' ? persona.memberships.A : undefined
  return role ? allows(resource, operation, role) : allowsWithoutRole(resource, operation)
}

let payload: Payload
const districts = {} as Record<'A' | 'B' | 'C', number>
const apis = new Map<string, Api[]>()

type Case = {
  resource: Resource
  collection: CollectionSlug
  name: string
  operation: Operation
  /** State-wide resources have no district. */
  districts: DistrictKey[]
  run: (api: Api, district: DistrictKey) => Promise<boolean>
}

const mediaRecord = async (district: DistrictKey, extra: { public?: boolean } = {}) =>
  (await createMedia(payload, { district: districts[district], ...extra })).id

const userIn = async (district: DistrictKey) =>
  (await createUser(payload, { districts: [{ district: districts[district], roles: ['viewer'] }] })).id

/** A term of a state-wide taxonomy (fields of action, offer types, …): a name is all it needs. */
const term = async (collection: CollectionSlug) =>
  collection === 'fields-of-action'
    ? (await createFieldOfAction(payload)).id
    : (await payload.create({ collection: collection as 'offer-types', data: { name: unique('Begriff') } }))
        .id

/** The state-wide collections of the built config: the districts and every taxonomy. */
const STATE_WIDE = declaredCollections((await config).collections, 'stateWide').map(
  ({ slug }) => slug as CollectionSlug,
)

/** The audit log of the built config (entries are the server's: written here as the server does). */
const AUDIT_LOGS = declaredCollections((await config).collections, 'auditLog').map(
  ({ slug }) => slug as CollectionSlug,
)
const auditEntryIn = async (collection: CollectionSlug, district: DistrictKey) =>
  (
    await payload.create({
      collection: collection as 'audit-log',
      data: { action: 'update', collection: 'networks', documentId: '1', districts: [districts[district]] },
    })
  ).id

/** The link check's results of the built config (rows are the job's: written here as the job does). */
const LINK_CHECKS = declaredCollections((await config).collections, 'linkChecks').map(
  ({ slug }) => slug as CollectionSlug,
)
const linkCheckRow = (district: DistrictKey) => ({
  url: `https://example.org/${unique('seite')}`,
  outcome: 'broken',
  status: 404,
  collection: 'networks',
  documentId: '1',
  field: 'website',
  checkedAt: new Date().toISOString(),
  district: districts[district],
})
const linkCheckIn = async (collection: CollectionSlug, district: DistrictKey) =>
  (await payload.db.create({ collection, data: linkCheckRow(district) })).id as number

const CASES: Case[] = [
  ...LINK_CHECKS.flatMap((collection): Case[] => [
    {
      resource: 'linkChecks',
      collection,
      name: 'read a result of the district',
      operation: 'read',
      districts: ['A', 'C'],
      run: async (api, d) => api.readById(collection, await linkCheckIn(collection, d)),
    },
    {
      resource: 'linkChecks',
      collection,
      name: 'create a result',
      operation: 'create',
      districts: ['A', 'C'],
      run: (api, d) => api.create(collection, linkCheckRow(d)),
    },
    {
      resource: 'linkChecks',
      collection,
      name: 'edit a result',
      operation: 'update',
      districts: ['A', 'C'],
      run: async (api, d) =>
        api.update(collection, await linkCheckIn(collection, d), { outcome: 'ok', failingSince: null }),
    },
    {
      resource: 'linkChecks',
      collection,
      name: 'delete a result',
      operation: 'delete',
      districts: ['A', 'C'],
      run: async (api, d) => api.delete(collection, await linkCheckIn(collection, d)),
    },
  ]),
  ...AUDIT_LOGS.flatMap((collection): Case[] => [
    {
      resource: 'auditLog',
      collection,
      name: 'read an entry about the district',
      operation: 'read',
      districts: ['A', 'C'],
      run: async (api, d) => api.readById(collection, await auditEntryIn(collection, d)),
    },
    {
      resource: 'auditLog',
      collection,
      name: 'create an entry',
      operation: 'create',
      districts: ['A', 'C'],
      run: (api, d) => api.create(collection, { action: 'login', districts: [districts[d]] }),
    },
    {
      resource: 'auditLog',
      collection,
      name: 'edit an entry',
      operation: 'update',
      districts: ['A', 'C'],
      run: async (api, d) =>
        api.update(collection, await auditEntryIn(collection, d), { title: 'gefälscht' }),
    },
    {
      resource: 'auditLog',
      collection,
      name: 'delete an entry',
      operation: 'delete',
      districts: ['A', 'C'],
      run: async (api, d) => api.delete(collection, await auditEntryIn(collection, d)),
    },
  ]),
  ...STATE_WIDE.flatMap((collection): Case[] => {
    const make = () =>
      collection === 'districts' ? createDistrict(payload).then(({ id }) => id) : term(collection)
    const data = () =>
      collection === 'districts'
        ? { name: unique('Kreis'), officialKey: String(80000 + Math.floor(Math.random() * 9999)) }
        : { name: unique('Begriff') }
    return [
      {
        resource: 'stateWide',
        collection,
        name: 'read',
        operation: 'read',
        districts: ['A'],
        run: async (api) => api.readById(collection, await make()),
      },
      {
        resource: 'stateWide',
        collection,
        name: 'create',
        operation: 'create',
        districts: ['A'],
        run: (api) => api.create(collection, data()),
      },
      {
        resource: 'stateWide',
        collection,
        name: 'edit',
        operation: 'update',
        districts: ['A'],
        run: async (api) => api.update(collection, await make(), { name: unique('Neu') }),
      },
      {
        resource: 'stateWide',
        collection,
        name: 'delete',
        operation: 'delete',
        districts: ['A'],
        run: async (api) => api.delete(collection, await make()),
      },
    ]
  }),
  {
    resource: 'media',
    collection: 'media',
    name: 'read a file marked public',
    operation: 'read',
    districts: ['A', 'C'],
    run: async (api, d) => api.readById('media', await mediaRecord(d, { public: true })),
  },
  {
    resource: 'media',
    collection: 'media',
    name: 'read an unused private file',
    operation: 'readDrafts',
    districts: ['A', 'C'],
    run: async (api, d) => api.readById('media', await mediaRecord(d)),
  },
  {
    resource: 'media',
    collection: 'media',
    name: 'edit',
    operation: 'update',
    districts: ['A', 'C'],
    run: async (api, d) => api.update('media', await mediaRecord(d), { caption: unique('Quelle') }),
  },
  {
    resource: 'media',
    collection: 'media',
    name: 'delete',
    operation: 'delete',
    districts: ['A', 'C'],
    run: async (api, d) => api.delete('media', await mediaRecord(d)),
  },
  {
    resource: 'users',
    collection: 'users',
    name: 'read an account of the district',
    operation: 'read',
    districts: ['A', 'C'],
    run: async (api, d) => api.readById('users', await userIn(d)),
  },
  {
    resource: 'users',
    collection: 'users',
    name: 'create an account with a role in the district',
    operation: 'create',
    districts: ['A', 'C'],
    run: (api, d) =>
      api.create('users', {
        email: `${unique('neu')}@example.org`,
        password: PASSWORD,
        districts: [{ district: districts[d], roles: ['viewer'] }],
      }),
  },
  {
    resource: 'users',
    collection: 'users',
    name: 'edit an account of the district',
    operation: 'update',
    districts: ['A', 'C'],
    run: async (api, d) => api.update('users', await userIn(d), { name: unique('Name') }),
  },
  {
    resource: 'users',
    collection: 'users',
    name: 'delete an account of the district',
    operation: 'delete',
    districts: ['A', 'C'],
    run: async (api, d) => api.delete('users', await userIn(d)),
  },
]

/** A refused user creation in another district answers 400 naming `districts`: that is a refusal too. */
const refusedAsInvalid = async (run: () => Promise<boolean>) => {
  try {
    return await run()
  } catch (error) {
    if (/unexpected 400: .*"path":"districts"/.test(String((error as Error).message))) return false
    if (/ValidationError|districts/.test(String((error as Error).message))) return false
    throw error
  }
}

beforeAll(async () => {
  payload = await testPayload()
  for (const key of ['A', 'B', 'C'] as const) districts[key] = (await createDistrict(payload)).id
  for (const persona of PERSONAS) {
    if (persona.memberships === null) {
      apis.set(persona.name, [localApi(payload, null), restApi(undefined)])
      continue
    }
    const { user, token } = await signInPersona(payload, persona.memberships, districts)
    apis.set(persona.name, [localApi(payload, user), restApi(token)])
  }
}, 120_000)

describe.each(PERSONAS)('$name', (persona) => {
  for (const testCase of CASES) {
    for (const district of testCase.districts) {
      const outcome = expected(persona, testCase.resource, testCase.operation, district)
      const where =
        testCase.resource === 'stateWide' ? '' : district === 'A' ? ' · district A' : ' · other district'
      for (const apiName of ['Local API', 'REST']) {
        it(`${testCase.collection} · ${testCase.name}${where} · ${apiName} → ${outcome ? 'allowed' : 'refused'}`, async () => {
          const api = apis.get(persona.name)!.find((candidate) => candidate.name === apiName)!
          expect(await refusedAsInvalid(() => testCase.run(api, district))).toBe(outcome)
        })
      }
    }
  }
})

describe('the audit-log part of the matrix', () => {
  it('is generated for the audit log of the config', () => {
    expect(AUDIT_LOGS).toEqual(['audit-log'])
  })
})

describe('the link-check part of the matrix', () => {
  it('is generated for the link-check results of the config', () => {
    expect(LINK_CHECKS).toEqual(['link-checks'])
  })
})

describe('the state-wide part of the matrix', () => {
  it('is generated for every state-wide collection of the config', () => {
    expect(STATE_WIDE).toEqual(
      expect.arrayContaining(['districts', 'fields-of-action', 'offer-types', 'residence-situations']),
    )
  })
})
