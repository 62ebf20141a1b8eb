import type { CollectionSlug, Field } from 'payload'

import { camelCase, declaredCollections } from '../src/lib/collectionFacts'
import { relationsOf, walkFields } from '../src/lib/walkFields'

/**
 * The field the multi-tenant plugin adds to every district collection (src/plugin/index.ts,
 * `tenantField`). The runner sets it from the district being seeded: it is no reference of the
 * seed data and no reason to write one collection before another.
 */
export const TENANT_FIELD = 'district'

/** How a seed value names other documents: by their slugs. */
export type Reference =
  /** A relationship field with one target: the value is a slug, or a list of slugs, of `collection`. */
  | { collection: CollectionSlug }
  /** An array whose rows hold such relationship fields: per sub-field, its target collection. */
  | { rows: Record<string, CollectionSlug> }

/** What the plan reads of a collection: a built config's collections or plain collection configs. */
export type PlanCollection = { slug: string; fields: readonly Field[]; custom?: Record<string, unknown> }

/**
 * How the seed writes district content, derived from the config so that a new collection or field
 * needs no edit in the runner. Records are keyed by collection slug.
 */
export type SeedPlan = {
  /** The content collections (resource 'content'), in the order their references allow writing them. */
  order: CollectionSlug[]
  /** Key of each collection's entries in the seed data (`DistrictContent`): the slug in camelCase. */
  entries: Record<string, string>
  /** Per collection: the top-level fields whose seed values are slugs of other documents. */
  references: Record<string, Record<string, Reference>>
  /** Per collection: the top-level rich-text fields (their seed value is prose). */
  richText: Record<string, string[]>
  /**
   * Per collection: the reference fields that close a cycle (they point at collections written
   * later, or at their own): written in a second pass, once every document exists.
   */
  deferred: Record<string, string[]>
  /** Collections with a top-level `order` field: numbered in the order of the seed data. */
  ordered: CollectionSlug[]
  /** Collections with a top-level `publicListing` group: the runner records the consent in it. */
  publicListing: CollectionSlug[]
}

/** The top-level fields that store data, by name (rows, collapsibles and unnamed tabs looked through). */
const topLevelFields = (fields: readonly Field[]) =>
  new Map(
    walkFields(fields)
      .filter(({ path }) => !path.includes('.'))
      .map(({ field, path }) => [path, field.type]),
  )

/**
 * The references a seed entry can hold: top-level relationship fields with one target, and
 * relationship fields directly in the rows of a top-level array (`actors.memberships[].network`).
 * Not: uploads (files have no slug to name them by), relationships to several collections (the
 * value would have to name the collection), the tenant field, and relationships inside groups (the
 * runner's or the editors' bookkeeping, such as `review.requestedBy`).
 */
const referencesOf = (fields: readonly Field[]): Record<string, Reference> => {
  const topLevel = topLevelFields(fields)
  const references: Record<string, Reference> = {}
  for (const { path, relationTo, upload } of relationsOf(fields)) {
    const [target] = relationTo
    if (upload || relationTo.length !== 1 || !target || path === TENANT_FIELD) continue
    const [key, sub, ...deeper] = path.split('.') as [string, ...string[]]
    if (sub === undefined) references[key] = { collection: target as CollectionSlug }
    else if (deeper.length === 0 && topLevel.get(key) === 'array') {
      const known = references[key]
      const rows = known && 'rows' in known ? known.rows : {}
      references[key] = { rows: { ...rows, [sub]: target as CollectionSlug } }
    }
  }
  return references
}

/** The collections a reference points to. */
export const targetsOf = (reference: Reference): CollectionSlug[] =>
  'collection' in reference ? [reference.collection] : Object.values(reference.rows)

/**
 * Derives the seed plan from a config's collections. The order is topological over the
 * references between content collections (references to other collections, such as the fields
 * of action, are written before any content): each step takes the first collection, in config
 * order, whose references are all written. Where none is left, a cycle remains (networks →
 * coordinating contacts → networks): the first remaining collection is taken anyway and its
 * references to collections not yet written are deferred to the second pass.
 */
export const seedPlan = (config: { collections: readonly PlanCollection[] }): SeedPlan => {
  const content = declaredCollections(config.collections, 'content')
  const contentSlugs = new Set(content.map(({ slug }) => slug))
  const references = Object.fromEntries(content.map(({ slug, fields }) => [slug, referencesOf(fields)]))
  const topLevel = new Map(content.map(({ slug, fields }) => [slug, topLevelFields(fields)]))

  const order: CollectionSlug[] = []
  const deferred: Record<string, string[]> = {}
  const written = new Set<string>()
  /** The reference fields of a collection that point at content not written yet. */
  const waiting = (slug: string) =>
    Object.entries(references[slug] ?? {})
      .filter(([, reference]) =>
        targetsOf(reference).some((target) => contentSlugs.has(target) && !written.has(target)),
      )
      .map(([key]) => key)

  const remaining = [...content]
  while (remaining.length > 0) {
    let index = remaining.findIndex(
      ({ slug }) => !waiting(slug).some((key) => !deferred[slug]?.includes(key)),
    )
    if (index === -1) {
      index = 0
      const { slug } = remaining[0]!
      deferred[slug] = waiting(slug)
    }
    const [next] = remaining.splice(index, 1)
    order.push(next!.slug as CollectionSlug)
    written.add(next!.slug)
  }

  const having = (name: string, type?: string) =>
    order.filter((slug) => {
      const fieldType = topLevel.get(slug)?.get(name)
      return fieldType !== undefined && (type === undefined || fieldType === type)
    })

  return {
    order,
    entries: Object.fromEntries(order.map((slug) => [slug, camelCase(slug)])),
    references,
    richText: Object.fromEntries(
      order.map((slug) => [
        slug,
        [...(topLevel.get(slug) ?? [])].filter(([, type]) => type === 'richText').map(([name]) => name),
      ]),
    ),
    deferred,
    ordered: having('order'),
    publicListing: having('publicListing', 'group'),
  }
}
