import type { CollectionSlug, Payload, TypedUser } from 'payload'
import React from 'react'

type Review = { requested?: boolean | null; changesRequested?: boolean | null; comment?: string | null }

type Props = {
  payload: Payload
  collectionSlug?: string
  id?: number | string
  data?: { review?: Review | null } | null
  user?: TypedUser | null
  i18n?: { language?: string }
}

const TEXT = {
  de: {
    submitted: 'Zur Prüfung eingereicht: wartet auf die Redaktion.',
    sentBack: 'Änderungen erbeten: bitte überarbeiten und erneut einreichen.',
    compare: 'Unterschied zur veröffentlichten Fassung ansehen',
    versions: 'Versionen ansehen (noch nie veröffentlicht)',
  },
  en: {
    submitted: 'Submitted for review: waiting for the editors.',
    sentBack: 'Changes requested: please revise and submit again.',
    compare: 'See the difference from the published version',
    versions: 'See the versions (never published yet)',
  },
}

/**
 * The head of the review panel (a server component): where the draft stands, and a link to
 * Payload's comparison of the latest draft with the published version, so that an editor
 * reviews the difference, not the whole document. Versions are read with the user's access.
 */
export const ReviewStatus = async ({ payload, collectionSlug, id, data, user, i18n }: Props) => {
  if (!id || !collectionSlug || !user) return null
  const text = TEXT[i18n?.language === 'en' ? 'en' : 'de']
  const review = data?.review ?? {}
  const collection = collectionSlug as CollectionSlug
  const latestOf = async (where: Record<string, unknown>) =>
    (
      await payload.findVersions({
        collection: collection as 'networks',
        where: { and: [{ parent: { equals: id } }, where] } as never,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user,
      })
    ).docs[0]
  const [latest, published] = await Promise.all([
    latestOf({ latest: { equals: true } }),
    latestOf({ 'version._status': { equals: 'published' } }),
  ]).catch(() => [undefined, undefined])
  const base = `${payload.config.routes.admin}/collections/${collectionSlug}/${id}/versions`
  const state = review.changesRequested ? text.sentBack : review.requested ? text.submitted : undefined
  const showCompare = latest && published && latest.id !== published.id
  return (
    <div className="review-status" style={{ marginBottom: 'var(--base)' }}>
      {state && (
        <p
          className="review-status__state"
          data-state={review.changesRequested ? 'changes-requested' : 'submitted'}
          style={{ fontWeight: 600, margin: '0 0 calc(var(--base) / 2)' }}
        >
          {state}
        </p>
      )}
      {showCompare ? (
        <a className="review-status__compare" href={`${base}/${latest.id}?versionFrom=${published.id}`}>
          {text.compare}
        </a>
      ) : latest && !published ? (
        <a className="review-status__versions" href={base}>
          {text.versions}
        </a>
      ) : null}
    </div>
  )
}
