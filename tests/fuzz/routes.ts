import type { CollectionModel, EndpointModel, FuzzModel } from './model'

/** Which query parameters a route reads. */
export type QueryKind =
  | 'list' // where, sort, limit, page, depth, select, populate, joins, locale, draft, trash, pagination
  | 'count' // where, locale, draft, trash
  | 'doc' // depth, select, populate, joins, locale, fallback-locale, draft, trash
  | 'search' // q, district, locale, limit, page
  | 'find' // the search's parameters and near, radius, language, targetGroup, offerType, field, free, openAt
  | 'directory' // locale
  | 'file' // (none; a file name in the path)
  | 'paste' // src
  | 'jobs' // queue, limit, allQueues
  | 'none'

/** What a route expects as body. */
export type BodyKind =
  | 'none'
  | 'document' // JSON data of the collection
  | 'upload' // multipart: a file plus `_payload` JSON
  | 'login' // { email, password }
  | 'email' // { email } (forgot-password, unlock)
  | 'reset' // { token, password }
  | 'register' // first-register: a user document with password
  | 'preference' // { value }
  | 'graphql' // { query, variables, operationName }

export type RouteTemplate = {
  /** The route kind failures are grouped by: method plus path, collections folded to {collection} where shared. */
  kind: string
  method: string
  /** Concrete path with its parameters, e.g. /api/networks/:id */
  path: string
  collection?: string
  params: string[]
  query: QueryKind
  body: BodyKind
}

const paramsOf = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!)

/** `/access/:id?` is two routes: with and without the id. */
const expandOptional = (path: string): string[] =>
  /\/:[A-Za-z]+\?$/.test(path) ? [path.replace(/\/:[A-Za-z]+\?$/, ''), path.replace(/\?$/, '')] : [path]

/** Query and body of one of Payload's collection endpoints, by its method and path. */
const shapeOf = (
  collection: CollectionModel,
  method: string,
  path: string,
): Pick<RouteTemplate, 'query' | 'body'> => {
  const document = collection.upload ? 'upload' : 'document'
  switch (`${method} ${path}`) {
    case 'GET /':
    case 'GET /versions':
      return { query: 'list', body: 'none' }
    case 'GET /count':
      return { query: 'count', body: 'none' }
    case 'GET /:id':
    case 'GET /versions/:id':
    case 'POST /versions/:id':
    case 'DELETE /:id':
      return { query: 'doc', body: 'none' }
    case 'POST /':
    case 'PATCH /:id':
      return { query: 'doc', body: document }
    case 'PATCH /':
      return { query: 'list', body: document }
    case 'DELETE /':
      return { query: 'list', body: 'none' }
    case 'POST /:id/duplicate':
    case 'POST /access':
    case 'POST /access/:id':
      return { query: 'doc', body: 'document' }
    case 'POST /login':
      return { query: 'doc', body: 'login' }
    case 'POST /forgot-password':
    case 'POST /unlock':
      return { query: 'none', body: 'email' }
    case 'POST /reset-password':
      return { query: 'none', body: 'reset' }
    case 'POST /first-register':
      return { query: 'doc', body: 'register' }
    case 'GET /me':
      return { query: 'doc', body: 'none' }
    case 'GET /file/:filename':
      return { query: 'file', body: 'none' }
    case 'GET /paste-url':
    case 'GET /paste-url/:id':
      return { query: 'paste', body: 'none' }
    case 'GET /run':
    case 'GET /handle-schedules':
      return { query: 'jobs', body: 'none' }
    case 'GET /:slug/directory':
    case 'GET /:slug/places.geojson':
      return { query: 'directory', body: 'none' }
    case 'GET /find':
      return { query: 'find', body: 'none' }
    case 'POST /:key':
      return { query: 'none', body: 'preference' }
    default:
      // Endpoints this table does not know yet (a new plugin's) still get fuzzed, generically.
      return { query: method === 'GET' ? 'doc' : 'none', body: method === 'GET' ? 'none' : 'document' }
  }
}

const ROOT_SHAPES: Record<string, Pick<RouteTemplate, 'query' | 'body'>> = {
  'GET /search': { query: 'search', body: 'none' },
}

/**
 * Every route the server answers, derived from the model of the built config: each collection's
 * endpoints as Payload registered them (CRUD, versions, auth, upload, preferences, jobs, custom
 * ones), the root endpoints, GraphQL, and the routes of the Next app and the express server
 * (health probes, admin).
 */
export const deriveRoutes = (model: FuzzModel): RouteTemplate[] => {
  const api = model.routes.api
  // A collection may register the same method and path twice (a custom endpoint replacing
  // Payload's own, e.g. media's /file/:filename): the first one answers, one route is enough.
  const endpointsOf = (collection: CollectionModel) =>
    collection.endpoints.filter(
      (endpoint, index, all) =>
        all.findIndex((other) => other.method === endpoint.method && other.path === endpoint.path) === index,
    )
  const shared = new Map<string, number>()
  for (const collection of model.collections) {
    for (const { method, path } of endpointsOf(collection)) {
      const key = `${method} ${path}`
      shared.set(key, (shared.get(key) ?? 0) + 1)
    }
  }
  const routes: RouteTemplate[] = []
  const add = (route: Omit<RouteTemplate, 'params'>) =>
    routes.push({ ...route, params: paramsOf(route.path) })

  for (const collection of model.collections) {
    for (const endpoint of endpointsOf(collection)) {
      for (const path of expandOptional(endpoint.path)) {
        const generic = (shared.get(`${endpoint.method} ${endpoint.path}`) ?? 0) > 1
        const suffix = path === '/' ? '' : path
        add({
          kind: `${endpoint.method} ${api}/${generic ? '{collection}' : collection.slug}${suffix}`,
          method: endpoint.method,
          path: `${api}/${collection.slug}${suffix}`,
          collection: collection.slug,
          ...shapeOf(collection, endpoint.method, path),
        })
      }
    }
  }
  // Routes Payload registers on other configurations (versions, e-mail verification), which this
  // config leaves out where they do not apply: asked for anyway, they must not answer 500.
  for (const collection of model.collections) {
    const present = new Set(collection.endpoints.map(({ method, path }) => `${method} ${path}`))
    const absent: Array<[string, string]> = [
      ['GET', '/versions'],
      ['GET', '/versions/:id'],
      ['POST', '/versions/:id'],
      ...(collection.auth ? [['POST', '/verify/:id'] as [string, string]] : []),
    ]
    for (const [method, path] of absent.filter(([method, path]) => !present.has(`${method} ${path}`))) {
      add({
        // Versions routes are shared by many collections; verification is the auth collection's.
        kind: `${method} ${api}/${path.startsWith('/versions') ? '{collection}' : collection.slug}${path}`,
        method,
        path: `${api}/${collection.slug}${path}`,
        collection: collection.slug,
        ...shapeOf(collection, method, path),
      })
    }
  }
  for (const endpoint of model.rootEndpoints as EndpointModel[]) {
    add({
      kind: `${endpoint.method} ${api}${endpoint.path}`,
      method: endpoint.method,
      path: `${api}${endpoint.path}`,
      ...(ROOT_SHAPES[`${endpoint.method} ${endpoint.path}`] ?? { query: 'none', body: 'none' }),
    })
  }
  const graphql = `${api}${model.routes.graphQL}`
  const admin = model.routes.admin
  const app: Array<Omit<RouteTemplate, 'params'>> = [
    { kind: `POST ${graphql}`, method: 'POST', path: graphql, query: 'none', body: 'graphql' },
    { kind: `GET ${graphql}`, method: 'GET', path: graphql, query: 'none', body: 'none' },
    {
      kind: `GET ${graphql}-playground`,
      method: 'GET',
      path: `${graphql}-playground`,
      query: 'none',
      body: 'none',
    },
    { kind: 'GET /healthz', method: 'GET', path: '/healthz', query: 'none', body: 'none' },
    { kind: 'GET /readyz', method: 'GET', path: '/readyz', query: 'none', body: 'none' },
    { kind: `GET ${admin}`, method: 'GET', path: admin, query: 'none', body: 'none' },
    { kind: `GET ${admin}/login`, method: 'GET', path: `${admin}/login`, query: 'none', body: 'none' },
    {
      kind: `GET ${admin}/collections/:collection`,
      method: 'GET',
      path: `${admin}/collections/:collection`,
      query: 'none',
      body: 'none',
    },
    {
      kind: `GET ${admin}/collections/:collection/:id`,
      method: 'GET',
      path: `${admin}/collections/:collection/:id`,
      query: 'none',
      body: 'none',
    },
    { kind: 'GET /', method: 'GET', path: '/', query: 'none', body: 'none' },
  ]
  for (const route of app) add(route)
  return routes
}
