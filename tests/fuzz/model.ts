/**
 * What the fuzzer knows about the CMS: taken from the built Payload config (describeConfig.ts),
 * never listed by hand, so that a new collection or endpoint is fuzzed without touching this folder.
 */

export type FieldModel = {
  /** Dotted path as `where`, `sort` and `select` name it, e.g. `address.city`, `memberships.network`. */
  path: string
  /** Payload's field type: text, number, relationship, select, date, join … */
  type: string
  localized: boolean
  hasMany: boolean
  relationTo?: string[]
  /** Values of select and radio fields. */
  options?: string[]
  /** Join fields: the collection joined and the field it joins on. */
  join?: { collection: string; on: string }
}

export type EndpointModel = { method: string; path: string }

export type CollectionModel = {
  slug: string
  auth: boolean
  upload: boolean
  versions: boolean
  drafts: boolean
  trash: boolean
  /** As Payload serves them under /api/<slug>; empty when the collection has no REST API. */
  endpoints: EndpointModel[]
  fields: FieldModel[]
}

export type FuzzModel = {
  collections: CollectionModel[]
  /** Endpoints directly under /api (custom ones such as /search, and Payload's /access). */
  rootEndpoints: EndpointModel[]
  locales: string[]
  defaultLocale: string
  routes: { api: string; graphQL: string; admin: string }
}

/**
 * Values that exist in the database under attack, found at start (discover.ts): requests on
 * real documents reach deeper code than requests on ids that do not exist. The generator is
 * deterministic for a seed and a context; a fresh seeded database always gives the same context.
 */
export type FuzzContext = {
  ids: Record<string, number[]>
  versionIds: Record<string, number[]>
  districtSlugs: string[]
  filenames: string[]
}
