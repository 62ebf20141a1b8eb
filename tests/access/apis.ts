import type { CollectionSlug, Payload } from 'payload'

import type { User } from '../../payload-types'
import { gql, rest } from '../helpers/routes'

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

const REFUSED = new Set([401, 403, 404])

const refusedOrThrow = (status: number, detail: unknown): false => {
  if (REFUSED.has(status)) return false
  throw new Error(`unexpected ${status}: ${JSON.stringify(detail)}`)
}

export const localApi = (payload: Payload, user: User | null): Api => {
  const as = { overrideAccess: false, ...(user ? { user: { ...user, collection: 'users' as const } } : {}) }
  const attempt = async (run: () => Promise<unknown>): Promise<boolean> => {
    try {
      const result = await run()
      return result !== null && result !== undefined
    } catch (error) {
      return refusedOrThrow((error as { status?: number }).status ?? 500, (error as Error).message)
    }
  }
  const c = (collection: CollectionSlug) => collection as 'networks'
  return {
    name: 'Local API',
    readById: (collection, id) =>
      attempt(() => payload.findByID({ ...as, collection: c(collection), id, draft: true, depth: 0 })),
    findInList: async (collection, id) => {
      try {
        const { docs } = await payload.find({
          ...as,
          collection: c(collection),
          where: { id: { equals: id } },
          draft: true,
          depth: 0,
        })
        return docs.length > 0
      } catch (error) {
        return refusedOrThrow((error as { status?: number }).status ?? 500, (error as Error).message)
      }
    },
    count: async (collection, id) => {
      try {
        const { totalDocs } = await payload.count({
          ...as,
          collection: c(collection),
          where: { id: { equals: id } },
        })
        return totalDocs > 0
      } catch (error) {
        return refusedOrThrow((error as { status?: number }).status ?? 500, (error as Error).message)
      }
    },
    readVersions: async (collection, id) => {
      try {
        const { docs } = await payload.findVersions({
          ...as,
          collection: c(collection),
          where: { parent: { equals: id } },
          depth: 0,
        })
        return docs.length > 0
      } catch (error) {
        return refusedOrThrow((error as { status?: number }).status ?? 500, (error as Error).message)
      }
    },
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

/** GraphQL names of a collection: networks → Network / Networks. */
const SINGULAR: Partial<Record<CollectionSlug, string>> = {
  networks: 'Network',
  principles: 'Principle',
  goals: 'Goal',
  'working-groups': 'WorkingGroup',
  actors: 'Actor',
  contacts: 'Contact',
  'target-groups': 'TargetGroup',
  districts: 'District',
  'fields-of-action': 'FieldsOfAction',
}
const PLURAL: Partial<Record<CollectionSlug, string>> = {
  networks: 'Networks',
  principles: 'Principles',
  goals: 'Goals',
  'working-groups': 'WorkingGroups',
  actors: 'Actors',
  contacts: 'Contacts',
  'target-groups': 'TargetGroups',
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
  const name = (collection: CollectionSlug) => SINGULAR[collection]!
  return {
    name: 'GraphQL',
    readById: (collection, id) =>
      run(`query ($id: Int!) { ${name(collection)}(id: $id, draft: true) { id } }`, { id }, name(collection)),
    findInList: async (collection, id) => {
      const field = PLURAL[collection]!
      const { status, json } = await gql(
        `query ($id: Int) { ${field}(where: { id: { equals: $id } }, draft: true) { docs { id } } }`,
        { id },
        token,
      )
      if (json.errors?.length) return refusedGraphql(status, json.errors)
      return json.data[field].docs.length > 0
    },
    count: async (collection, id) => {
      const field = `count${PLURAL[collection]}`
      const { status, json } = await gql(
        `query ($id: Int) { ${field}(where: { id: { equals: $id } }) { totalDocs } }`,
        { id },
        token,
      )
      if (json.errors?.length) return refusedGraphql(status, json.errors)
      return json.data[field].totalDocs > 0
    },
    readVersions: async (collection, id) => {
      const field = `versions${PLURAL[collection]}`
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
