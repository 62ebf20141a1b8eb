import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../../src/lib/idOf'
import { adminDocumentUrl } from '../../src/lib/mail/links'
import {
  changesRequested,
  languageOf,
  type Mail,
  published,
  reviewRequested,
} from '../../src/lib/mail/templates'
import type { Review } from './trackReview'

type Account = {
  id: number | string
  email?: string | null
  name?: string | null
  language?: string | null
  districts?: Array<{ district?: unknown; roles?: string[] | null }> | null
}

const nameOf = (user: Account | null | undefined) => user?.name || user?.email || 'Jemand'

const account = async (req: PayloadRequest, id: unknown): Promise<Account | null> =>
  idOf(id) === undefined || idOf(id) === null
    ? null
    : ((await req.payload.db.findOne({
        collection: 'users',
        where: { id: { equals: idOf(id) } },
        req,
      })) as Account | null)

/** The editors of a district: who may publish there (access/matrix.ts' requestChanges cell). */
const editorsOf = async (req: PayloadRequest, district: unknown, roles: readonly string[]) => {
  const found = await req.payload.find({
    collection: 'users',
    where: { 'districts.district': { equals: idOf(district) } },
    depth: 0,
    pagination: false,
    req,
  })
  return (found.docs as unknown as Account[]).filter((user) =>
    user.districts?.some(
      (membership) =>
        String(idOf(membership.district)) === String(idOf(district)) &&
        membership.roles?.some((role) => roles.includes(role)),
    ),
  )
}

/**
 * Tells people about the review of a draft by e-mail, in their language: the district's editors
 * when an author submits, the author when an editor sends the draft back (with the comment) or
 * publishes it. Nobody is told about their own step. The mails go through deliverOrQueue
 * (src/lib/mail/): a down SMTP server delays them, it never fails the save.
 */
export const notifyReview =
  (titleField: string, editorRoles: readonly string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const before = (previousDoc?.review ?? {}) as Review
    const after = (doc.review ?? {}) as Review
    const actor = req.user as Account | undefined
    const title = String(doc[titleField] ?? doc.id)
    const link = adminDocumentUrl(req.payload, collection.slug, doc.id)
    const mails: Array<{ to: Account; mail: Mail }> = []

    if (after.requested && !before.requested) {
      for (const editor of await editorsOf(req, doc.district, editorRoles)) {
        if (String(editor.id) === String(actor?.id)) continue
        mails.push({
          to: editor,
          mail: reviewRequested({ language: languageOf(editor), author: nameOf(actor), title, link }),
        })
      }
    } else if (after.changesRequested && !before.changesRequested) {
      const author = await account(req, after.requestedBy)
      if (author && String(author.id) !== String(actor?.id)) {
        mails.push({
          to: author,
          mail: changesRequested({
            language: languageOf(author),
            editor: nameOf(actor),
            title,
            comment: after.comment ?? '',
            link,
          }),
        })
      }
    } else if (doc._status === 'published' && (before.requested || before.changesRequested)) {
      const author = await account(req, before.requestedBy)
      if (author && String(author.id) !== String(actor?.id)) {
        mails.push({ to: author, mail: published({ language: languageOf(author), title, link }) })
      }
    }
    for (const { to, mail } of mails) {
      if (to.email) await req.payload.sendEmail({ to: to.email, ...mail })
    }
    return doc
  }
