import type { CollectionBeforeChangeHook } from 'payload'

type Review = {
  requested?: boolean | null
  note?: string | null
  requestedAt?: string | null
  requestedBy?: unknown
}

const CLEARED: Review = { requested: false, note: null, requestedAt: null, requestedBy: null }

/**
 * Stamps who submitted a draft for review and when; publishing settles the request, so the
 * list of submissions holds only what still waits for an editor. Who and when are the
 * server's to say: whatever a client sends for them is replaced (an author could otherwise
 * submit in a colleague's name or back-date a request).
 */
export const trackReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data._status === 'published') return { ...data, review: CLEARED }
  const before = (originalDoc?.review ?? {}) as Review
  const incoming = (data.review ?? {}) as Review
  const requested = 'requested' in incoming ? Boolean(incoming.requested) : Boolean(before.requested)
  const note = 'note' in incoming ? (incoming.note ?? null) : (before.note ?? null)
  if (!requested) return { ...data, review: { ...CLEARED, note } }
  const stamp = before.requested
    ? { requestedAt: before.requestedAt ?? null, requestedBy: before.requestedBy ?? null }
    : { requestedAt: new Date().toISOString(), requestedBy: req.user?.id ?? null }
  return { ...data, review: { requested: true, note, ...stamp } }
}
