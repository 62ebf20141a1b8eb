import type { CollectionSlug, Endpoint, Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { districtsGranting } from '../../access/districtsGranting'
import { isAdmin } from '../../access/isAdmin'
import { cellOf } from '../../access/matrix'
import { declaredCollections, tableOf } from '../lib/collectionFacts'
import { findStaleEntries } from '../lib/freshness/staleEntries'
import { idOf } from '../lib/idOf'
import { postgresDbOf } from '../lib/postgresDb'

/** Entries per list; the totals say how many there are. */
const LIMIT = 20

export type Task = {
  collection: string
  id: number | string
  title: string
  district: number | string | null
  /** When it was submitted, sent back, last verified (null: never) or began to fail (depending on the list). */
  at: string | null
  /** The editors' comment (drafts sent back). */
  comment?: string | null
  /** Where to open it in the admin. */
  adminUrl: string
  /** The web address that fails (broken links). */
  url?: string
  /** Why it fails, e.g. `404` or `timeout` (broken links). */
  problem?: string
}

export type TaskList = { total: number; docs: Task[] }

export type MyTasks = {
  /** Drafts submitted for review in the districts where the user may publish. */
  awaitingReview: TaskList
  /** The user's own submissions that editors sent back with a comment. */
  changesRequested: TaskList
  /** The user's own submissions still waiting for an editor. */
  submitted: TaskList
  /**
   * Published entries of the user's districts not verified for their district's
   * `staleAfterMonths` (src/lib/freshness/staleEntries.ts), never verified first.
   */
  stale: TaskList
  /** Per content locale other than German: published entries with a field not translated. */
  missingTranslations: Array<{ locale: string; total: number }>
  /** Per content locale other than German: published entries whose German changed since translated. */
  outdatedTranslations: Array<{ locale: string; total: number }>
  /** Web addresses of published entries that failed the last link check, failing longest first. */
  brokenLinks: TaskList
}

type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string }

/**
 * What a signed-in user has to do, from every district content collection of the config, read
 * with the user's own access (nothing of other districts): the editor's dashboard ("Meine
 * Aufgaben") and `GET /api/my-tasks` show the same.
 */
export const myTasks = async (payload: Payload, user: TypedUser, now = new Date()): Promise<MyTasks> => {
  const collections = declaredCollections(payload.config.collections, 'content')
  const admin = `${payload.config.routes.admin}/collections`
  const reviewable = districtsGranting(user as never, cellOf('content', 'requestChanges'))
  // Nothing to review where the user may not publish (authors, viewers).
  const reviewing: Where | undefined = isAdmin(user)
    ? {}
    : reviewable.length
      ? { district: { in: reviewable } }
      : undefined

  const gather = async (
    where: Where | undefined,
    sort: string,
    at: (doc: Doc) => string | null,
    { draft = true, withComment = false } = {},
  ): Promise<TaskList> => {
    if (!where) return { total: 0, docs: [] }
    const results = await Promise.all(
      collections.map(async (collection) => {
        const slug = collection.slug as CollectionSlug
        const titleField = String(collection.admin.useAsTitle ?? 'id')
        const found = await payload.find({
          collection: slug as 'networks',
          where: where as never,
          sort,
          limit: LIMIT,
          depth: 0,
          draft,
          overrideAccess: false,
          user,
          select: { [titleField]: true, district: true, review: true, updatedAt: true } as never,
        })
        return {
          total: found.totalDocs,
          docs: (found.docs as unknown as Doc[]).map((doc): Task => ({
            collection: slug,
            id: doc.id,
            title: String(doc[titleField] ?? doc.id),
            district: (idOf(doc.district) as number | string | undefined) ?? null,
            at: at(doc),
            ...(withComment ? { comment: (doc.review as { comment?: string })?.comment ?? null } : {}),
            adminUrl: `${admin}/${slug}/${doc.id}`,
          })),
        }
      }),
    )
    const docs = results
      .flatMap((result) => result.docs)
      .sort((a, b) => (sort.startsWith('-') ? -1 : 1) * String(a.at).localeCompare(String(b.at)))
      .slice(0, LIMIT)
    return { total: results.reduce((sum, result) => sum + result.total, 0), docs }
  }

  const review = (doc: Doc) => doc.review as Record<string, string | null> | undefined
  const waiting = reviewing && { and: [{ 'review.requested': { equals: true } }, reviewing] }
  const sentBack: Where = {
    and: [{ 'review.changesRequested': { equals: true } }, { 'review.requestedBy': { equals: user.id } }],
  }
  const mine: Where = {
    and: [{ 'review.requested': { equals: true } }, { 'review.requestedBy': { equals: user.id } }],
  }
  const locales = (payload.config.localization ? payload.config.localization.localeCodes : []).filter(
    (code) => code !== (payload.config.localization ? payload.config.localization.defaultLocale : 'de'),
  )

  // Published entries of the user's districts per locale whose translation is missing or
  // outdated (src/fields/translationStatusFields.ts): one grouped count over every collection.
  const readable = isAdmin(user) ? null : districtsGranting(user as never, cellOf('content', 'read'))
  const translationCounts = async () => {
    const zero = () => locales.map((locale) => ({ locale, total: 0 }))
    const result = { missing: zero(), outdated: zero() }
    if (readable && !readable.length) return result
    // Table names come from the config, never from the request; the districts are a parameter.
    const counts = collections.flatMap((collection) => {
      const table = tableOf(collection)
      return (['missing', 'outdated'] as const).map(
        (kind) => `
          select '${kind}' as kind, s.value::text as locale, count(*)::int as total
          from "${table}_translations_${kind}" s join "${table}" d on d.id = s.parent_id
          where d._status = 'published' and d.deleted_at is null
          ${readable ? 'and d.district_id = any($1::int[])' : ''}
          group by s.value`,
      )
    })
    const { rows } = await postgresDbOf(payload).pool.query<{
      kind: 'missing' | 'outdated'
      locale: string
      total: number
    }>(counts.join(' union all '), readable ? [readable.map(Number)] : [])
    for (const row of rows) {
      const entry = result[row.kind].find(({ locale }) => locale === row.locale)
      if (entry) entry.total += row.total
    }
    return result
  }

  const staleList = async (): Promise<TaskList> => {
    const districts = await payload.find({
      collection: 'districts',
      where: isAdmin(user) ? {} : { id: { in: readable ?? [] } },
      pagination: false,
      depth: 0,
      select: { staleAfterMonths: true },
      overrideAccess: false,
      user,
    })
    const found = await findStaleEntries(payload, { districts: districts.docs, now, limit: LIMIT, user })
    return {
      total: found.total,
      docs: found.docs.map(({ verifiedAt, ...entry }) => ({ ...entry, at: verifiedAt })),
    }
  }

  const brokenLinks = async (): Promise<TaskList> => {
    const found = await payload.find({
      collection: 'link-checks',
      where: { outcome: { not_equals: 'ok' } },
      sort: 'failingSince',
      limit: LIMIT,
      depth: 0,
      overrideAccess: false,
      user,
    })
    return {
      total: found.totalDocs,
      docs: found.docs.map((check) => ({
        collection: check.collection,
        id: check.documentId,
        title: check.title || check.url,
        district: (idOf(check.district) as number | string | undefined) ?? null,
        at: check.failingSince ?? check.checkedAt,
        adminUrl: `${admin}/${check.collection}/${check.documentId}`,
        url: check.url,
        // A 404 or 500 says it best; a redirect loop or a timeout by its reason.
        problem:
          check.outcome === 'broken' && check.status ? String(check.status) : (check.reason ?? check.outcome),
      })),
    }
  }

  const [awaitingReview, changesRequested, submitted, stale, translations, broken] = await Promise.all([
    gather(waiting, 'review.requestedAt', (doc) => review(doc)?.requestedAt ?? null),
    gather(sentBack, '-review.changesRequestedAt', (doc) => review(doc)?.changesRequestedAt ?? null, {
      withComment: true,
    }),
    gather(mine, 'review.requestedAt', (doc) => review(doc)?.requestedAt ?? null),
    staleList(),
    translationCounts(),
    brokenLinks(),
  ])
  return {
    awaitingReview,
    changesRequested,
    submitted,
    stale,
    missingTranslations: translations.missing,
    outdatedTranslations: translations.outdated,
    brokenLinks: broken,
  }
}

/** `GET /api/my-tasks`: the signed-in user's tasks (401 without a user). */
export const myTasksEndpoint: Endpoint = {
  path: '/my-tasks',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) {
      return Response.json({ errors: [{ message: 'Sign in to see your tasks.' }] }, { status: 401 })
    }
    return Response.json(await myTasks(req.payload, req.user))
  },
}
