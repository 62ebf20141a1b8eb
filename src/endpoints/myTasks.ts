import type { CollectionSlug, Endpoint, Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { districtsGranting } from '../../access/districtsGranting'
import { isAdmin } from '../../access/isAdmin'
import { cellOf } from '../../access/matrix'
import { declaredCollections } from '../lib/collectionFacts'
import { idOf } from '../lib/idOf'

/** Published entries unchanged for longer than this are listed as due for a check. */
export const STALE_AFTER_MONTHS = 12
/** Entries per list; the totals say how many there are. */
const LIMIT = 20

export type Task = {
  collection: string
  id: number | string
  title: string
  district: number | string | null
  /** When it was submitted, sent back or last changed (depending on the list). */
  at: string | null
  /** The editors' comment (drafts sent back). */
  comment?: string | null
  /** Where to open it in the admin. */
  adminUrl: string
}

export type TaskList = { total: number; docs: Task[] }

export type MyTasks = {
  /** Drafts submitted for review in the districts where the user may publish. */
  awaitingReview: TaskList
  /** The user's own submissions that editors sent back with a comment. */
  changesRequested: TaskList
  /** The user's own submissions still waiting for an editor. */
  submitted: TaskList
  /** Published entries of the user's districts unchanged for STALE_AFTER_MONTHS. */
  stale: TaskList
  /** Per content locale other than German: published entries without a translation. */
  missingTranslations: Array<{ locale: string; total: number }>
}

type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string }

const monthsAgo = (months: number, now = new Date()) => {
  const date = new Date(now)
  date.setMonth(date.getMonth() - months)
  return date.toISOString()
}

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
  const stale: Where = {
    and: [
      { _status: { equals: 'published' } },
      { updatedAt: { less_than: monthsAgo(STALE_AFTER_MONTHS, now) } },
    ],
  }
  const locales = (payload.config.localization ? payload.config.localization.localeCodes : []).filter(
    (code) => code !== (payload.config.localization ? payload.config.localization.defaultLocale : 'de'),
  )

  // A hasMany `not_in` matches a document by any of its other values: count what has the locale
  // and subtract it from all.
  const count = async (collection: string, where: Where) =>
    (
      await payload.count({
        collection: collection as 'networks',
        where: where as never,
        overrideAccess: false,
        user,
      })
    ).totalDocs
  const isPublished: Where = { _status: { equals: 'published' } }
  const missingByLocale = async () => {
    const slugs = collections.map((collection) => collection.slug)
    const totals = await Promise.all(slugs.map((slug) => count(slug, isPublished)))
    const all = totals.reduce((sum, total) => sum + total, 0)
    return Promise.all(
      locales.map(async (locale) => {
        const translated = await Promise.all(
          slugs.map((slug) => count(slug, { and: [isPublished, { translations: { in: [locale] } }] })),
        )
        return { locale, total: all - translated.reduce((sum, total) => sum + total, 0) }
      }),
    )
  }

  const [awaitingReview, changesRequested, submitted, staleEntries, missingTranslations] = await Promise.all([
    gather(waiting, 'review.requestedAt', (doc) => review(doc)?.requestedAt ?? null),
    gather(sentBack, '-review.changesRequestedAt', (doc) => review(doc)?.changesRequestedAt ?? null, {
      withComment: true,
    }),
    gather(mine, 'review.requestedAt', (doc) => review(doc)?.requestedAt ?? null),
    gather(stale, 'updatedAt', (doc) => doc.updatedAt ?? null, { draft: false }),
    missingByLocale(),
  ])
  return { awaitingReview, changesRequested, submitted, stale: staleEntries, missingTranslations }
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
