import {
  type CollectionSlug,
  executeAccess,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { InputError } from '../lib/inputError'
import { refuseNul } from './checkValues'
import { resolvePath } from './resolvePath'

/** How each collection's read access answers for this request (`true` = every document). */
const readAccess = new WeakMap<PayloadRequest, Map<string, Promise<unknown>>>()

const readsEverything = async (req: PayloadRequest, slug: string): Promise<boolean> => {
  let cache = readAccess.get(req)
  if (!cache) readAccess.set(req, (cache = new Map()))
  let result = cache.get(slug)
  if (!result) {
    const read = req.payload.collections[slug as CollectionSlug]?.config.access.read
    result = read ? executeAccess({ disableErrors: true, req }, read) : Promise.resolve(false)
    cache.set(slug, result)
  }
  return (await result) === true
}

export const sortPaths = (sort: unknown, at: string): string[] => {
  if (sort === undefined || sort === null || sort === '') return []
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : undefined
  if (!list || list.some((item) => typeof item !== 'string')) {
    throw new InputError(at, 'must be a field name or a comma-separated list of them, e.g. sort=-updatedAt.')
  }
  if (list.length > 10) throw new InputError(at, `sorts by at most 10 fields, got ${list.length}.`)
  return (list as string[]).map((item) => item.trim()).filter(Boolean)
}

/**
 * Sorting runs in SQL before any access check sees a document. Payload (3.90.2) scopes `where`
 * paths that cross a relationship to what the caller may read of the related collection, but
 * not `sort` paths: `working-groups?sort=chair.name` ordered public working groups by the names
 * of persons nobody outside their district may see, and a few hundred requests rebuilt a hidden
 * name. So a sort may cross into another collection only where the caller reads every document
 * of it (state-wide taxonomies, districts; everything for the state admin); field-level read
 * access is Payload's own check (validateSortQuery).
 */
export const checkSort = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  sort: unknown,
  at = 'sort',
  { joined = false }: { joined?: boolean } = {},
): Promise<void> => {
  for (const item of sortPaths(sort, at)) {
    refuseNul(item, at)
    const path = item.replace(/^-/, '').replace(/__/g, '.')
    const resolved = resolvePath(req, collection, path)
    if (!resolved.valid)
      throw new InputError(at, `${collection.slug} has no field "${path.slice(0, 80)}" to sort by.`)
    // Payload (3.90.2) builds broken SQL for joined documents sorted by a translated field.
    if (joined && (resolved.field as { localized?: boolean } | undefined)?.localized) {
      throw new InputError(
        at,
        `joined ${collection.slug} cannot be sorted by the translated field "${path}".`,
      )
    }
    for (const slug of resolved.entered) {
      if (!(await readsEverything(req, slug))) {
        throw new InputError(
          at,
          `"${path}" sorts by a field of ${slug}, of which you may not read every document; sort by a field of ${collection.slug}.`,
        )
      }
    }
  }
}
