import { type CollectionBeforeChangeHook, Forbidden, ValidationError } from 'payload'

import { grantsIn } from '../../access/districtsGranting'
import { isAdmin } from '../../access/isAdmin'
import { cellOf } from '../../access/matrix'

export type Review = {
  requested?: boolean | null
  note?: string | null
  requestedAt?: string | null
  requestedBy?: unknown
  changesRequested?: boolean | null
  comment?: string | null
  changesRequestedAt?: string | null
  changesRequestedBy?: unknown
}

const SETTLED = {
  requested: false,
  requestedAt: null,
  requestedBy: null,
  changesRequested: false,
  comment: null,
  changesRequestedAt: null,
  changesRequestedBy: null,
}

/**
 * The review of a draft, as the server keeps it:
 * - an author submits (`requested: true`): who and when are stamped, and a request for changes
 *   still open is settled by it;
 * - an editor sends the draft back (`changesRequested: true` with a `comment`): only who may
 *   request changes in the document's district (access/matrix.ts), and only with a comment;
 *   the submission is settled by it, and who submitted stays recorded (the author it goes to);
 * - publishing settles everything (the author's note stays).
 * Who and when are the server's to say: whatever a client sends for them is replaced (an author
 * could otherwise submit in a colleague's name or back-date a request).
 */
export const trackReview: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const before = (originalDoc?.review ?? {}) as Review
  const incoming = (data.review ?? {}) as Review
  const given = <K extends keyof Review>(key: K): Review[K] => (key in incoming ? incoming[key] : before[key])
  const note = given('note') ?? null
  if (data._status === 'published') return { ...data, review: { ...SETTLED, note } }

  const district = data.district ?? originalDoc?.district
  const mayRequestChanges = () =>
    isAdmin(req.user) || grantsIn(req.user, cellOf('content', 'requestChanges'), district)
  const submitted = {
    requestedAt: before.requestedAt ?? null,
    requestedBy: before.requestedBy ?? null,
  }
  const comment = given('comment')?.trim() || null

  if (incoming.changesRequested === true && !before.changesRequested) {
    if (!mayRequestChanges()) throw new Forbidden(req.t)
    if (!comment) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'review.comment',
            message:
              req.i18n?.language === 'en'
                ? 'Tell the author what to change: a request for changes needs a comment.'
                : 'Bitte sagen Sie der Autorin oder dem Autor im Kommentar, was zu ändern ist.',
          },
        ],
      })
    }
    const sentBack = {
      changesRequested: true,
      comment,
      changesRequestedAt: new Date().toISOString(),
      changesRequestedBy: req.user?.id ?? null,
    }
    return { ...data, review: { requested: false, note, ...submitted, ...sentBack } }
  }

  const requested = Boolean(given('requested'))
  const submits = requested && !before.requested
  // Withdrawing a request for changes is the editors' (an author settles it by submitting).
  const withdraws = incoming.changesRequested === false && before.changesRequested && mayRequestChanges()
  const sentBack =
    before.changesRequested && !submits && !withdraws
      ? {
          changesRequested: true,
          changesRequestedAt: before.changesRequestedAt ?? null,
          changesRequestedBy: before.changesRequestedBy ?? null,
        }
      : { changesRequested: false, changesRequestedAt: null, changesRequestedBy: null }
  const stamp = submits
    ? { requestedAt: new Date().toISOString(), requestedBy: req.user?.id ?? null }
    : submitted
  return { ...data, review: { requested, note, comment, ...stamp, ...sentBack } }
}
