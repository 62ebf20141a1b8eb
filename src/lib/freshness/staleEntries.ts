import type { CollectionSlug, Payload, SanitizedCollectionConfig, TypedUser, Where } from 'payload'

import { factsOf } from '../collectionFacts'
import { idOf } from '../idOf'

/** A district and how long a check holds there (`districts.staleAfterMonths`). */
export type DistrictThreshold = { id: number | string; staleAfterMonths?: number | null }

export type StaleEntry = {
  collection: string
  id: number | string
  title: string
  district: number | string | null
  /** When it was last confirmed as right; null: never. */
  verifiedAt: string | null
  /** Where to open it in the admin (relative to the admin's host). */
  adminUrl: string
}

export type StaleEntries = { total: number; docs: StaleEntry[] }

type Doc = Record<string, unknown> & { id: number | string }

/**
 * The moment before which a check no longer holds: `months` calendar months before `now`, on the
 * same day of the month or, where that month is shorter, on its last day (31 March − 1 → 28/29 Feb).
 */
export const staleAfter = (months: number, now: Date = new Date()): Date => {
  const date = new Date(now)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date
}

/** The collections whose facts say `verifiable` (src/lib/collectionFacts.ts). */
export const verifiableCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((collection) => factsOf(collection)?.verifiable)

/** The districts field's default: a district that cleared its own setting counts as unset. */
const defaultMonths = (payload: Payload): number => {
  const field = payload.collections.districts?.config.flattenedFields.find(
    (candidate) => candidate.name === 'staleAfterMonths',
  )
  const value = field && 'defaultValue' in field ? field.defaultValue : undefined
  return typeof value === 'number' ? value : 12
}

/** What counts as an entry to keep current: published (the main document), not in the trash. */
export const PUBLISHED_ENTRIES: Where[] = [
  { _status: { equals: 'published' } },
  { deletedAt: { exists: false } },
]

/**
 * Published entries outside the trash whose last check is older than their district's
 * `staleAfterMonths`, or that were never checked, over every verifiable collection: never checked
 * first (longest-standing first), then the oldest check first; `total` counts them all. Read with
 * the user's access when one is given (the dashboard: nothing of other districts), else as the
 * server (the weekly digest). Published means the main document: a pending draft does not make
 * an entry current, and a never-published draft is not listed.
 */
export const findStaleEntries = async (
  payload: Payload,
  {
    districts,
    now = new Date(),
    limit,
    user,
  }: { districts: DistrictThreshold[]; now?: Date; limit: number; user?: TypedUser | null },
): Promise<StaleEntries> => {
  if (!districts.length) return { total: 0, docs: [] }
  const fallback = defaultMonths(payload)
  // One condition per threshold, not per district: districts mostly keep the default.
  const byThreshold = new Map<string, Array<number | string>>()
  for (const { id, staleAfterMonths } of districts) {
    const threshold = staleAfter(staleAfterMonths ?? fallback, now).toISOString()
    byThreshold.set(threshold, [...(byThreshold.get(threshold) ?? []), id])
  }
  const neverChecked: Where = {
    and: [
      ...PUBLISHED_ENTRIES,
      { district: { in: districts.map(({ id }) => id) } },
      { verifiedAt: { exists: false } },
    ],
  }
  const checkedLongAgo: Where = {
    and: [
      ...PUBLISHED_ENTRIES,
      {
        or: [...byThreshold].map(([threshold, ids]): Where => ({
          and: [{ district: { in: ids } }, { verifiedAt: { less_than: threshold } }],
        })),
      },
    ],
  }
  const as = user ? { overrideAccess: false, user } : { overrideAccess: true }
  const admin = `${payload.config.routes.admin}/collections`

  const lists = await Promise.all(
    verifiableCollections(payload).flatMap((collection) => {
      const slug = collection.slug as CollectionSlug
      const titleField = String(collection.admin.useAsTitle ?? 'id')
      // PostgreSQL sorts empty dates last: the never checked are a query of their own.
      return [
        { where: neverChecked, sort: 'createdAt' },
        { where: checkedLongAgo, sort: 'verifiedAt' },
      ].map(async ({ where, sort }) => {
        const found = await payload.find({
          ...as,
          collection: slug as 'contacts',
          where,
          sort,
          limit,
          depth: 0,
          draft: false,
          select: { [titleField]: true, district: true, verifiedAt: true, createdAt: true } as never,
        })
        return {
          total: found.totalDocs,
          docs: (found.docs as unknown as Doc[]).map((doc) => ({
            entry: {
              collection: slug,
              id: doc.id,
              title: String(doc[titleField] ?? doc.id),
              district: (idOf(doc.district) as number | string | undefined) ?? null,
              verifiedAt: (doc.verifiedAt as string | null | undefined) ?? null,
              adminUrl: `${admin}/${slug}/${doc.id}`,
            },
            since: String(doc.verifiedAt ?? doc.createdAt ?? ''),
          })),
        }
      })
    }),
  )
  const rank = (item: { entry: StaleEntry; since: string }) => `${item.entry.verifiedAt ? 1 : 0}${item.since}`
  const docs = lists
    .flatMap((list) => list.docs)
    .sort((a, b) => rank(a).localeCompare(rank(b)))
    .slice(0, limit)
    .map(({ entry }) => entry)
  return { total: lists.reduce((sum, list) => sum + list.total, 0), docs }
}
