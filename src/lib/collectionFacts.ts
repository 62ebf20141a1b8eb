import type { CollectionConfig, SanitizedCollectionConfig } from 'payload'

/**
 * Which row of the role matrix (access/matrix.ts) governs a collection: district content with
 * drafts, a district's files, state-wide data, accounts, the audit log, or the link check's results.
 */
export const RESOURCES = ['content', 'media', 'stateWide', 'users', 'auditLog', 'linkChecks'] as const
export type Resource = (typeof RESOURCES)[number]

/**
 * How a collection takes part in the public search (src/lib/searchQuery.ts): the localized
 * column that titles a hit and the one that explains it. The table needs a `search_vector`
 * column (migration `search_index`).
 */
export type SearchSource = {
  /** Localized field (column) that titles a hit. */
  title: string
  /** Localized field, or a field of the main table, that explains a hit. */
  excerpt?: { localized: string } | { main: string }
  /** Whether the main table keeps a search vector of its own (actors: their short name). */
  mainVector?: boolean
  /** SQL over the main table `d` that a hit must also satisfy (what the public may see). */
  where?: string
}

/**
 * The facts about a collection that the rest of the code needs, declared once on the
 * collection (Payload's `custom`) and read from the built config by everything that lists
 * collections: the access code and its generated tests, the multi-tenant setup, the directory,
 * the search, the OpenAPI document, the seed. Referrers, media uses and seed references are not
 * declared: they are found by walking the fields.
 */
export type CollectionFacts = {
  resource: Resource
  /**
   * Part of a district's directory (src/endpoints/districtDirectory.ts), listed under the slug in
   * camelCase (`working-groups` → `workingGroups`) in the collection's `defaultSort` or by slug.
   */
  directory?: boolean
  search?: SearchSource
  /**
   * Editors confirm that its entries are still right ("geprüft": `verifiedAt`, `verifiedBy`);
   * what has not been checked for the district's `staleAfterMonths` is listed as stale.
   */
  verifiable?: boolean
}

/** Where the facts live in a collection's `custom`. */
const KEY = 'integrationNetworks'

/** Declares a collection's facts: `custom: declare({ resource: 'content', … })`. */
export const declare = (facts: CollectionFacts): Record<string, unknown> => ({ [KEY]: facts })

/** A collection's declared facts, or undefined for collections of Payload or of the host. */
export const factsOf = (collection: Pick<CollectionConfig | SanitizedCollectionConfig, 'custom'>) =>
  (collection.custom as Record<string, CollectionFacts | undefined> | undefined)?.[KEY]

/** The collections of a config that declare facts, optionally only those of one resource. */
export const declaredCollections = <C extends Pick<CollectionConfig, 'custom' | 'slug'>>(
  collections: readonly C[],
  resource?: Resource,
): C[] =>
  collections.filter((collection) => {
    const facts = factsOf(collection)
    return facts !== undefined && (resource === undefined || facts.resource === resource)
  })

/** `working-groups` → `workingGroups`: how a collection is named in JSON keys (directory, seed data). */
export const camelCase = (slug: string) =>
  slug.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())

/** The collection's main table, as Payload's PostgreSQL adapter names it. */
export const tableOf = (collection: { slug: string; dbName?: unknown }) =>
  typeof collection.dbName === 'string' ? collection.dbName : collection.slug.replaceAll('-', '_')
