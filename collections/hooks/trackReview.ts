import type { CollectionBeforeChangeHook } from 'payload'

type Review = {
  requested?: boolean | null
  note?: string | null
  requestedAt?: string | null
  requestedBy?: unknown
}

/**
 * Stamps who submitted a draft for review and when; publishing settles the request, so the
 * list of submissions holds only what still waits for an editor.
 */
export const trackReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = (originalDoc?.review ?? {}) as Review
  const review = { ...before, ...((data.review ?? {}) as Review) }
  if (data._status === 'published') {
    return { ...data, review: { requested: false, note: null, requestedAt: null, requestedBy: null } }
  }
  if (review.requested && !before.requested) {
    return {
      ...data,
      review: { ...review, requestedAt: new Date().toISOString(), requestedBy: req.user?.id ?? null },
    }
  }
  if (!review.requested && before.requested) {
    return { ...data, review: { ...review, requestedAt: null, requestedBy: null } }
  }
  return data
}
