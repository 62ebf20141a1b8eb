import type { GraphQLSchema } from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'

import { createGenerator, type Generator } from './generate'
import { loadSchema } from './graphqlQueries'
import { loadModel } from './loadModel'
import type { FuzzContext, FuzzModel } from './model'
import { MUTATION_KINDS } from './mutations'
import { type FuzzRequest, viewerMaySend } from './request'

// No server: the generator works on the model of the built config and a fixed context.
const CONTEXT: FuzzContext = {
  ids: { networks: [1, 2], principles: [1, 2, 3], districts: [1, 2, 3], media: [1, 2], users: [5] },
  versionIds: { networks: [1, 2], principles: [4] },
  districtSlugs: ['halle-saale', 'stendal'],
  filenames: ['fuzz-public.png'],
}
const COUNT = 2000

let model: FuzzModel
let schema: GraphQLSchema
let generator: Generator
let requests: FuzzRequest[]

const generate = (seed: string) => createGenerator({ seed, model, context: CONTEXT, schema })

beforeAll(() => {
  model = loadModel()
  schema = loadSchema()
  generator = generate('generator-test')
  requests = Array.from({ length: COUNT }, (_, index) => generator.requestAt(index))
})

describe('fuzz generator', () => {
  it('gives the same requests for the same seed, and other ones for another seed', () => {
    const again = generate('generator-test')
    expect(JSON.stringify(Array.from({ length: COUNT }, (_, index) => again.requestAt(index)))).toBe(
      JSON.stringify(requests),
    )
    // Any request can be rebuilt alone, as `--only` does.
    expect(generate('generator-test').requestAt(1234)).toEqual(requests[1234])
    const other = generate('another-seed')
    const sample = requests.slice(0, 200)
    const differing = sample.filter(
      (request, index) => JSON.stringify(other.requestAt(index)) !== JSON.stringify(request),
    )
    expect(differing.length).toBeGreaterThan(sample.length * 0.9)
  }, 60_000)

  it(`covers every route kind and every mutation kind within ${COUNT} requests`, () => {
    const routeKinds = new Set(requests.map((request) => request.route))
    expect(
      [...new Set(generator.routes.map((route) => route.kind))].filter((kind) => !routeKinds.has(kind)),
    ).toEqual([])
    const mutationKinds = new Set(requests.flatMap((request) => request.mutations))
    expect(MUTATION_KINDS.filter((kind) => !mutationKinds.has(kind))).toEqual([])
    const warmUp = generator.warmUp()
    expect(warmUp.map((request) => request.route)).toEqual(generator.routes.map((route) => route.kind))
    expect(warmUp.every((request) => request.mutations.length === 0)).toBe(true)
    const collections = new Set(requests.map((request) => request.collection))
    const served = model.collections.filter((collection) => collection.endpoints.length > 0)
    expect(served.map((collection) => collection.slug).filter((slug) => !collections.has(slug))).toEqual([])
  })

  it('derives the routes the brief names from the config, and the mutations the review found', () => {
    const kinds = new Set(generator.routes.map((route) => route.kind))
    const collection = [
      'GET /api/{collection}',
      'GET /api/{collection}/:id',
      'GET /api/{collection}/count',
      'GET /api/{collection}/versions',
      'GET /api/{collection}/versions/:id',
      'POST /api/{collection}',
      'PATCH /api/{collection}/:id',
      'DELETE /api/{collection}/:id',
      'PATCH /api/{collection}',
      'DELETE /api/{collection}',
      'POST /api/{collection}/:id/duplicate',
      'POST /api/{collection}/versions/:id',
      'POST /api/{collection}/access/:id',
    ]
    const auth = [
      'login',
      'logout',
      'refresh-token',
      'forgot-password',
      'reset-password',
      'unlock',
      'first-register',
    ]
    const others = [
      'GET /api/access',
      'GET /api/users/me',
      'GET /api/users/init',
      'POST /api/users/verify/:id',
      'GET /api/media/file/:filename',
      'GET /api/payload-preferences/:key',
      'POST /api/payload-preferences/:key',
      'GET /api/payload-jobs/run',
      'GET /api/search',
      'GET /api/districts/:slug/directory',
      'GET /api/districts/:slug/places.geojson',
      'GET /api/offers/find',
      'GET /api/openapi.json',
      'GET /api/docs',
      'POST /api/graphql',
      'GET /healthz',
      'GET /readyz',
      'GET /admin',
    ]
    const expected = [...collection, ...auth.map((route) => `POST /api/users/${route}`), ...others]
    expect(expected.filter((kind) => !kinds.has(kind))).toEqual([])
    expect(requests.some((request) => request.collection === 'payload-locked-documents')).toBe(true)

    const review = [
      'param:word', // GET /api/networks/abc
      'where:in-scalar', // ?where[district][in]=x
      'page:negative', // ?page=-5
      'limit:huge', // ?limit=99999999999999999999
      'where:like-on-select', // ?where[_status][like]=p
      'where:nul', // a NUL byte in a filter value
      'path:invalid-percent', // an invalid UTF-8 escape in the path
      'graphql:deep-json', // GraphQL JSON nested 5,000 levels deep
      'multipart:odd-filename', // an upload file name with a NUL byte
    ]
    expect(review.filter((kind) => !MUTATION_KINDS.includes(kind))).toEqual([])
    expect(requests.some((request) => /^\/api\/users\/verify\//.test(request.target))).toBe(true)
    expect(requests.some((request) => request.body?.includes('{"a":'.repeat(5000)))).toBe(true)
  })

  it('never lets the viewer write to its own account or session, and logs in with unknown e-mails only', () => {
    for (const request of requests.filter((candidate) => candidate.persona === 'viewer')) {
      expect(viewerMaySend(request), `#${request.index} ${request.method} ${request.target}`).toBe(true)
    }
    const writes = (method: string, target: string, body?: string) => viewerMaySend({ method, target, body })
    expect(writes('PATCH', '/api/users/5')).toBe(false)
    expect(writes('PATCH', '/api/USERS?where[id][equals]=5')).toBe(false)
    expect(writes('POST', '/api/%75sers/logout')).toBe(false)
    expect(writes('POST', '/api/networks/../users/refresh-token')).toBe(false)
    expect(
      writes('POST', '/api/graphql', '{"query":"mutation { updateUser(id: 5, data: {}) { id } }"}'),
    ).toBe(false)
    expect(writes('GET', '/api/users/me')).toBe(true)
    expect(writes('POST', '/api/networks')).toBe(true)
    expect(requests.some((request) => request.body?.includes('@demo.example.org'))).toBe(false)
  })
})
