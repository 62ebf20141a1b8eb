import {
  buildVersionCollectionFields,
  type FlattenedField,
  getLocalizedPaths,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

/** What a `where` or `sort` path names: the field at its end and the collections it enters. */
export type ResolvedPath = {
  /** False when the path names no field of the collection (or its versions). */
  valid: boolean
  /** The field at the end of the path (`id` is reported as a number field). */
  field?: FlattenedField | { name: string; type: string }
  /** The path's last segment, e.g. `value` for a polymorphic `document.value`. */
  last: string
  /** Collections the path crosses into through relationship, upload or join fields, in order. */
  entered: string[]
}

const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/** The fields of a collection's versions (`version.name`, `parent`, `latest` …), built once. */
const fieldsOfVersions = (req: PayloadRequest, collection: SanitizedCollectionConfig): FlattenedField[] => {
  let fields = versionFields.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(req.payload.config, collection, true)
    versionFields.set(collection, fields)
  }
  return fields
}

const isRelation = (field: unknown): field is { type: 'relationship' | 'upload'; relationTo: unknown } =>
  typeof field === 'object' &&
  field !== null &&
  ['relationship', 'upload'].includes((field as { type?: string }).type ?? '')

/**
 * Resolves a query path the way Payload's query builder does (getLocalizedPaths), first on the
 * collection's fields, then on its versions' fields (`findVersions` queries `version.*`).
 */
export const resolvePath = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  path: string,
): ResolvedPath => {
  const attempt = (fields: FlattenedField[]) => {
    try {
      return getLocalizedPaths({
        collectionSlug: collection.slug,
        fields,
        incomingPath: path,
        locale: req.locale ?? undefined,
        overrideAccess: false,
        payload: req.payload,
      })
    } catch {
      // Payload throws for shapes it does not support (polymorphic joins): not a usable path.
      return undefined
    }
  }
  const usable = (paths: ReturnType<typeof attempt>) =>
    paths && paths.length > 0 && paths.every(({ invalid }) => !invalid) ? paths : undefined
  let paths = usable(attempt(collection.flattenedFields))
  if (!paths && collection.versions) paths = usable(attempt(fieldsOfVersions(req, collection)))
  const last = path.split('.').at(-1) ?? path
  if (!paths) return { valid: false, last, entered: [] }
  // `network.id` is the stored reference itself, as Payload treats it: no hop into networks.
  if (paths.length > 1 && paths.at(-1)?.path === 'id') {
    const previous = paths.at(-2)?.field
    if (isRelation(previous) && typeof previous.relationTo === 'string') paths = paths.slice(0, -1)
  }
  return {
    valid: true,
    field: paths.at(-1)?.field,
    last,
    entered: paths.slice(1).map(({ collectionSlug }) => collectionSlug as string),
  }
}
