import { type CollectionSlug, formatNames, type Payload } from 'payload'
import { expect } from 'vitest'

import type { DistrictRole } from '../../access/roles'
import type { User } from '../../payload-types'
import { createUser, PASSWORD } from './factories'
import { gql, rest } from './routes'

/**
 * One way of talking to the CMS (Local API with overrideAccess: false, REST handlers,
 * GraphQL), reduced to "did it work": true when the operation succeeded (and, for reads,
 * returned the document), false when it was refused (403) or the document was not found
 * for this caller (404). Anything else (a 400 or 500) throws: a refusal must never be
 * mistaken for bad test data.
 */
export type Api = {
  name: string
  readById: (collection: CollectionSlug, id: number) => Promise<boolean>
  /** Whether a list (find with where id) returns the document. */
  findInList: (collection: CollectionSlug, id: number) => Promise<boolean>
  /** Whether count (where id) counts the document. */
  count: (collection: CollectionSlug, id: number) => Promise<boolean>
  readVersions: (collection: CollectionSlug, id: number) => Promise<boolean>
  create: (collection: CollectionSlug, data: Record<string, unknown>) => Promise<boolean>
  update: (
    collection: CollectionSlug,
    id: number,
    data: Record<string, unknown>,
    options?: { draft?: boolean; trash?: boolean },
  ) => Promise<boolean>
  restoreVersion: (collection: CollectionSlug, versionId: number) => Promise<boolean>
  delete: (collection: CollectionSlug, id: number) => Promise<boolean>
}

/**
 * The user behind a persona of the access suites, signed in over REST: the state admin, or
 * roles in districts named by key (`{ A: 'author', B: 'editor' }` with `districts` giving the ids).
 */
export const signInPersona = async (
  payload: Payload,
  memberships: Partial<Record<string, DistrictRole>> | 'admin',
  districts: Record<string, number>,
): Promise<{ user: User; token: string }> => {
  const user = (await createUser(payload, {
    roles: memberships === 'admin' ? ['admin'] : [],
    districts:
      memberships === 'admin'
        ? []
        : Object.entries(memberships).map(([key, role]) => ({ district: districts[key], roles: [role] })),
  })) as User
  const login = await rest('POST', 'users/login', { body: { email: user.email, password: PASSWORD } })
  expect(login.status).toBe(200)
  return { user, token: login.json.token as string }
}

const REFUSED = new Set([401, 403, 404])

const refusedOrThrow = (status: number, detail: unknown): false => {
  if (REFUSED.has(status)) return false
  throw new Error(`unexpected ${status}: ${JSON.stringify(detail)}`)
}

export const localApi = (payload: Payload, user: User | null): Api => {
  const as = { overrideAccess: false, ...(user ? { user: { ...user, collection: 'users' as const } } : {}) }
  /** What `run` answers; a refusal reads as false, anything else thrown is thrown again. */
  const unlessRefused = async (run: () => Promise<boolean>): Promise<boolean> => {
    try {
      return await run()
    } catch (error) {
      return refusedOrThrow((error as { status?: number }).status ?? 500, (error as Error).message)
    }
  }
  /** Whether `run` returns a result. */
  const attempt = (run: () => Promise<unknown>) =>
    unlessRefused(async () => {
      const result = await run()
      return result !== null && result !== undefined
    })
  const c = (collection: CollectionSlug) => collection as 'networks'
  return {
    name: 'Local API',
    readById: (collection, id) =>
      attempt(() => payload.findByID({ ...as, collection: c(collection), id, draft: true, depth: 0 })),
    findInList: (collection, id) =>
      unlessRefused(async () => {
        const where = { id: { equals: id } }
        const { docs } = await payload.find({
          ...as,
          collection: c(collection),
          where,
          draft: true,
          depth: 0,
        })
        return docs.length > 0
      }),
    count: (collection, id) =>
      unlessRefused(async () => {
        const { totalDocs } = await payload.count({
          ...as,
          collection: c(collection),
          where: { id: { equals: id } },
        })
        return totalDocs > 0
      }),
    readVersions: (collection, id) =>
      unlessRefused(async () => {
        const where = { parent: { equals: id } }
        const { docs } = await payload.findVersions({ ...as, collection: c(collection), where, depth: 0 })
        return docs.length > 0
      }),
    create: (collection, data) =>
      attempt(() => payload.create({ ...as, collection: c(collection), data: data as never, depth: 0 })),
    update: (collection, id, data, options = {}) =>
      attempt(() =>
        payload.update({ ...as, collection: c(collection), id, data: data as never, depth: 0, ...options }),
      ),
    restoreVersion: (collection, versionId) =>
      attempt(() =>
        payload.restoreVersion({
          ...as,
          collection: c(collection),
          id: String(versionId) as never,
          depth: 0,
        }),
      ),
    delete: (collection, id) => attempt(() => payload.delete({ ...as, collection: c(collection), id })),
  }
}

export const restApi = (token: string | undefined): Api => {
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) => {
    const response = await rest(method, path, { token, body })
    return response.status < 300 ? true : refusedOrThrow(response.status, response.json)
  }
  return {
    name: 'REST',
    readById: (collection, id) => call('GET', `${collection}/${id}?draft=true&depth=0`),
    findInList: async (collection, id) => {
      const response = await rest('GET', `${collection}?where[id][equals]=${id}&draft=true&depth=0`, {
        token,
      })
      if (response.status === 200) return response.json.docs.length > 0
      return refusedOrThrow(response.status, response.json)
    },
    count: async (collection, id) => {
      const response = await rest('GET', `${collection}/count?where[id][equals]=${id}`, { token })
      if (response.status === 200) return response.json.totalDocs > 0
      return refusedOrThrow(response.status, response.json)
    },
    readVersions: async (collection, id) => {
      const response = await rest('GET', `${collection}/versions?where[parent][equals]=${id}&depth=0`, {
        token,
      })
      if (response.status === 200) return response.json.docs.length > 0
      return refusedOrThrow(response.status, response.json)
    },
    create: (collection, data) => call('POST', `${collection}?depth=0`, data),
    update: (collection, id, data, { draft = false, trash = false } = {}) =>
      call('PATCH', `${collection}/${id}?depth=0&draft=${draft}&trash=${trash}`, data),
    restoreVersion: (collection, versionId) => call('POST', `${collection}/versions/${versionId}?depth=0`),
    delete: (collection, id) => call('DELETE', `${collection}/${id}`),
  }
}

/**
 * GraphQL names of a collection as Payload derives them from its slug (networks → Network /
 * Networks, media → Media / allMedia): no list to keep in step with the collections.
 */
const graphqlNames = (collection: CollectionSlug) => {
  const { singular, plural } = formatNames(collection)
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}
type GraphqlError = { message: string; extensions?: { statusCode?: number } }

const refusedGraphql = (status: number, errors: GraphqlError[]): false => {
  const error = errors[0]!
  const code =
    error.extensions?.statusCode ??
    (/not allowed|forbidden/i.test(error.message) ? 403 : /not found/i.test(error.message) ? 404 : status)
  return refusedOrThrow(code, errors)
}

export const graphqlApi = (token: string | undefined): Api => {
  const run = async (query: string, variables: Record<string, unknown>, field: string) => {
    const { status, json } = await gql(query, variables, token)
    const errors = json.errors as GraphqlError[] | undefined
    if (errors?.length) return refusedGraphql(status, errors)
    return json.data?.[field] !== null && json.data?.[field] !== undefined
  }
  const name = (collection: CollectionSlug) => graphqlNames(collection).singular
  return {
    name: 'GraphQL',
    readById: (collection, id) =>
      run(`query ($id: Int!) { ${name(collection)}(id: $id, draft: true) { id } }`, { id }, name(collection)),
    findInList: async (collection, id) => {
      const field = graphqlNames(collection).plural
      const { status, json } = await gql(
        `query ($id: Int) { ${field}(where: { id: { equals: $id } }, draft: true) { docs { id } } }`,
        { id },
        token,
      )
      if (json.errors?.length) return refusedGraphql(status, json.errors)
      return json.data[field].docs.length > 0
    },
    count: async (collection, id) => {
      const field = `count${graphqlNames(collection).plural}`
      const { status, json } = await gql(
        `query ($id: Int) { ${field}(where: { id: { equals: $id } }) { totalDocs } }`,
        { id },
        token,
      )
      if (json.errors?.length) return refusedGraphql(status, json.errors)
      return json.data[field].totalDocs > 0
    },
    readVersions: async (collection, id) => {
      const field = `versions${graphqlNames(collection).plural}`
      const { status, json } = await gql(
        `query ($id: JSON) { ${field}(where: { parent: { equals: $id } }) { docs { id } } }`,
        { id },
        token,
      )
      if (json.errors?.length) return refusedGraphql(status, json.errors)
      return json.data[field].docs.length > 0
    },
    create: (collection, data) =>
      run(
        `mutation ($data: mutation${name(collection)}Input!) { create${name(collection)}(data: $data) { id } }`,
        { data },
        `create${name(collection)}`,
      ),
    update: (collection, id, data, { draft = false, trash = false } = {}) =>
      run(
        `mutation ($id: Int!, $data: mutation${name(collection)}UpdateInput!, $draft: Boolean, $trash: Boolean) {
          update${name(collection)}(id: $id, data: $data, draft: $draft, trash: $trash) { id } }`,
        { id, data, draft, trash },
        `update${name(collection)}`,
      ),
    restoreVersion: (collection, versionId) =>
      run(
        `mutation ($id: Int) { restoreVersion${name(collection)}(id: $id) { id } }`,
        { id: versionId },
        `restoreVersion${name(collection)}`,
      ),
    delete: (collection, id) =>
      run(
        `mutation ($id: Int!) { delete${name(collection)}(id: $id) { id } }`,
        { id },
        `delete${name(collection)}`,
      ),
  }
}
