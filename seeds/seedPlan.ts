import type { CollectionSlug, Field } from 'payload'

import { camelCase, declaredCollections } from '../src/lib/collectionFacts'
import { relationsOf, walkFields } from '../src/lib/walkFields'

/**
 * The field the multi-tenant plugin adds to every district collection (src/plugin/index.ts,
 * `tenantField`). The runner sets it from the district being seeded: it is no reference of the
 * seed data and no reason to write one collection before another. The collection it points at
 * (the districts) is the tenant collection: state-wide, but seeded from the plugin's `state`
 * option, not as a taxonomy.
 */
export const TENANT_FIELD = 'district'

/** How a seed value names other documents: by their slugs. */
export type Reference =
  /** A relationship field with one target: the value is a slug, or a list of slugs, of `collection`. */
  | { collection: CollectionSlug }
  /** An array whose rows hold such relationship fields: per sub-field, its target collection. */
  | { rows: Record<string, CollectionSlug> }
  /** A group holding such relationship fields: per sub-field, its target collection. */
  | { group: Record<string, CollectionSlug> }

/** What the plan reads of a collection: a built config's collections or plain collection configs. */
export type PlanCollection = { slug: string; fields: readonly Field[]; custom?: Record<string, unknown> }

/**
 * How the seed writes district content and the state-wide taxonomies, derived from the config so
 * that a new collection or field needs no edit in the runner. Records are keyed by collection slug.
 */
export type SeedPlan = {
  /** The content collections (resource 'content'), in the order their references allow writing them. */
  order: CollectionSlug[]
  /**
   * The state-wide taxonomies (resource 'stateWide', except the tenant collection), in config
   * order: written before any district, keyed by slug; district content names their terms by slug.
   */
  taxonomies: CollectionSlug[]
  /**
   * Key of each collection's entries in the seed data, content (`DistrictContent`) and
   * taxonomies (`StateWideContent`) alike: the slug in camelCase.
   */
  entries: Record<string, string>
  /** Per content collection: the fields whose seed values are slugs of other documents. */
  references: Record<string, Record<string, Reference>>
  /** Per content collection: the top-level rich-text fields (their seed value is prose). */
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
 * The references a seed entry can hold: relationship fields with one target that the seed itself
 * writes (`seeded`: the content collections and the state-wide taxonomies), at the top level, in
 * the rows of a top-level array (`offers.places[].place`) or in a top-level group
 * (`offers.eligibility.residenceSituations`). Not: uploads (files have no slug to name them by),
 * relationships to several collections (the value would have to name the collection), the tenant
 * field, relationships to what the seed does not write by slug (`review.requestedBy` → users: the
 * editors' bookkeeping), and anything nested deeper.
 */
const referencesOf = (fields: readonly Field[], seeded: ReadonlySet<string>): Record<string, Reference> => {
  const topLevel = topLevelFields(fields)
  const references: Record<string, Reference> = {}
  for (const { path, relationTo, upload } of relationsOf(fields)) {
    const [target] = relationTo
    if (upload || relationTo.length !== 1 || !target || !seeded.has(target) || path === TENANT_FIELD) continue
    const [key, sub, ...deeper] = path.split('.') as [string, ...string[]]
    if (sub === undefined) references[key] = { collection: target as CollectionSlug }
    else if (deeper.length === 0 && topLevel.get(key) === 'array') {
      const known = references[key]
      const rows = known && 'rows' in known ? known.rows : {}
      references[key] = { rows: { ...rows, [sub]: target as CollectionSlug } }
    } else if (deeper.length === 0 && topLevel.get(key) === 'group') {
      const known = references[key]
      const group = known && 'group' in known ? known.group : {}
      references[key] = { group: { ...group, [sub]: target as CollectionSlug } }
    }
  }
  return references
}

/** The collections a reference points to. */
export const targetsOf = (reference: Reference): CollectionSlug[] =>
  'collection' in reference
    ? [reference.collection]
    : Object.values('rows' in reference ? reference.rows : reference.group)

/** The sub-field paths of a reference (`memberships.network`), or its own key for a plain one. */
export const pathsOf = (key: string, reference: Reference): string[] =>
  'collection' in reference
    ? [key]
    : Object.keys('rows' in reference ? reference.rows : reference.group).map((sub) => `${key}.${sub}`)

/**
 * Derives the seed plan from a config's collections. The order is topological over the
 * references between content collections (references to the taxonomies are written before any
 * content): each step takes the first collection, in config order, whose references are all
 * written. Where none is left, cycles remain (networks → coordinating contacts → networks, actors
 * → places → owner): the first remaining collection, in config order, that lies on one of them is
 * taken anyway, and its references to collections not yet written are deferred to the second
 * pass. Collections that merely wait for a cycle are not taken early: their references are
 * written in the first pass, once the cycle is broken.
 */
export const seedPlan = (config: { collections: readonly PlanCollection[] }): SeedPlan => {
  const content = declaredCollections(config.collections, 'content')
  const contentSlugs = new Set(content.map(({ slug }) => slug))
  const tenants = new Set(
    content.flatMap(({ fields }) =>
      relationsOf(fields)
        .filter(({ path }) => path === TENANT_FIELD)
        .flatMap(({ relationTo }) => relationTo),
    ),
  )
  const taxonomies = declaredCollections(config.collections, 'stateWide')
    .map(({ slug }) => slug as CollectionSlug)
    .filter((slug) => !tenants.has(slug))
  const seeded = new Set<string>([...contentSlugs, ...taxonomies])
  const references = Object.fromEntries(
    content.map(({ slug, fields }) => [slug, referencesOf(fields, seeded)]),
  )
  const topLevel = new Map(content.map(({ slug, fields }) => [slug, topLevelFields(fields)]))

  const order: CollectionSlug[] = []
  const deferred: Record<string, string[]> = {}
  const written = new Set<string>()
  /** The content collections not written yet that a collection's references point at. */
  const awaited = (slug: string) =>
    Object.values(references[slug] ?? {})
      .flatMap(targetsOf)
      .filter((target) => contentSlugs.has(target) && !written.has(target))
  /** The reference fields of a collection that point at content not written yet. */
  const waiting = (slug: string) =>
    Object.entries(references[slug] ?? {})
      .filter(([, reference]) =>
        targetsOf(reference).some((target) => contentSlugs.has(target) && !written.has(target)),
      )
      .map(([key]) => key)
  /** Whether a collection waits, through other unwritten collections, for itself. */
  const onCycle = (slug: string) => {
    const seen = new Set<string>()
    const next = [...awaited(slug)]
    while (next.length > 0) {
      const target = next.pop()!
      if (target === slug) return true
      if (seen.has(target)) continue
      seen.add(target)
      next.push(...awaited(target))
    }
    return false
  }

  const remaining = [...content]
  while (remaining.length > 0) {
    let index = remaining.findIndex(
      ({ slug }) => !waiting(slug).some((key) => !deferred[slug]?.includes(key)),
    )
    if (index === -1) {
      // Every collection left waits for one that waits itself: at least one lies on a cycle.
      index = Math.max(
        0,
        remaining.findIndex(({ slug }) => onCycle(slug)),
      )
      const { slug } = remaining[index]!
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
    taxonomies,
    entries: Object.fromEntries([...order, ...taxonomies].map((slug) => [slug, camelCase(slug)])),
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
