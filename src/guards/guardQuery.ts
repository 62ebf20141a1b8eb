import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { InputError } from '../lib/inputError'
import { checkSort } from './checkSort'
import { checkId, checkWholeNumber, isPlainObject } from './checkValues'
import { checkWhere } from './checkWhere'

/**
 * When a document was created and last changed is Payload's to record: a client's value (Payload
 * 3.90.2 stores it) would back-date a document. The admin's form sends them along; they are dropped.
 */
const SERVER_TIMESTAMPS = ['createdAt', 'updatedAt']

/** Page sizes beyond this are refused (`limit=0` keeps Payload's meaning: everything). */
export const MAX_LIMIT = 1000
const MAX_PAGE = 100_000
const MAX_DEPTH = 100

/** The path of the first string holding a NUL character (PostgreSQL text cannot store one). */
const nulAt = (value: unknown, path: string, depth = 0): string | undefined => {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (depth > 64 || typeof value !== 'object' || value === null) return undefined
  for (const [key, item] of Object.entries(value)) {
    const found = key.includes('\u0000') ? path : nulAt(item, path ? `${path}.${key}` : key, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

const checkPaging = (args: Record<string, unknown>, prefix?: string) => {
  checkWholeNumber(args.limit, prefix ? `${prefix}[limit]` : 'limit', 0, MAX_LIMIT)
  checkWholeNumber(args.page, prefix ? `${prefix}[page]` : 'page', 1, MAX_PAGE)
}

/** `joins[<path>][sort|where|limit|page]` apply to the joined collection. */
const checkJoins = async (req: PayloadRequest, collection: SanitizedCollectionConfig, joins: unknown) => {
  if (joins === undefined || joins === false) return
  if (!isPlainObject(joins)) throw new InputError('joins', 'must be an object keyed by join field.')
  const known = Object.values(collection.joins ?? {}).flat()
  for (const [path, query] of Object.entries(joins)) {
    if (query === false || query === undefined) continue
    const join = known.find(({ joinPath }) => joinPath === path)
    if (!join)
      throw new InputError(
        `joins[${path.slice(0, 80)}]`,
        `${collection.slug} has no join field of that name.`,
      )
    if (!isPlainObject(query))
      throw new InputError(`joins[${path}]`, 'must be false or an object (sort, where, limit, page).')
    checkPaging(query, `joins[${path}]`)
    for (const slug of [join.field.collection].flat()) {
      const target = req.payload.collections[slug as CollectionSlug].config
      if (query.where !== undefined) checkWhere(req, target, query.where, `joins[${path}][where]`)
      if (query.sort !== undefined) {
        await checkSort(req, target, query.sort, `joins[${path}][sort]`, { joined: true })
      }
    }
  }
}

/**
 * The first thing every collection operation does for a caller (REST, GraphQL, the admin, the
 * Local API with `overrideAccess: false`): refuse what Payload would otherwise hand to
 * PostgreSQL unchecked (answered 500) or evaluate without the caller's access (sort paths),
 * with a 400 that names the parameter. Calls the server makes for itself are trusted.
 */
export const guardQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const given = args as Record<string, unknown>
  if (given.overrideAccess === true) return args
  const byId = given.id !== undefined && given.id !== null
  if (byId) checkId(given.id, 'id', `an id of ${collection.slug}`)
  if (
    (operation === 'update' || operation === 'delete') &&
    !byId &&
    (given.where === undefined || given.where === null)
  ) {
    throw new InputError(
      'where',
      `chooses the ${collection.slug} to ${operation}; without it nothing is changed.`,
    )
  }
  // A create or update without a document (an empty body) failed inside Payload with 500.
  if ((operation === 'create' || operation === 'update') && !isPlainObject(given.data)) {
    throw new InputError('data', 'send the document as a JSON object of fields.')
  }
  // Payload (3.90.2) failed with 500 on a file sent to a collection that stores none. (The
  // request's own collection only: an upload's operations look up other collections with it.)
  if (req.file && !collection.upload && req.routeParams?.collection === collection.slug) {
    throw new InputError('file', `${collection.slug} take no files.`)
  }
  checkPaging(given)
  checkWholeNumber(given.depth, 'depth', 0, MAX_DEPTH)
  if (given.where !== undefined && given.where !== null) checkWhere(req, collection, given.where)
  if (given.sort !== undefined) await checkSort(req, collection, given.sort)
  await checkJoins(req, collection, given.joins)
  const nul = nulAt(given.data, '')
  if (nul !== undefined) throw new InputError(nul || 'data', 'contains a NUL character (\\u0000).')
  if (isPlainObject(given.data) && SERVER_TIMESTAMPS.some((key) => key in (given.data as object))) {
    const data = { ...given.data }
    for (const key of SERVER_TIMESTAMPS) delete data[key]
    return { ...args, data }
  }
  return args
}
