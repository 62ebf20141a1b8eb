import crypto from 'node:crypto'

import type { CollectionAfterChangeHook } from 'payload'

import { resetPasswordUrl } from '../../../src/lib/mail/links'
import { invitation, languageOf } from '../../../src/lib/mail/templates'
import { optionsOf } from '../../../src/plugin'

/**
 * When a district admin or the state admin creates an account, its owner gets an invitation:
 * a link to the admin's set-password page (Payload's reset flow, /admin/reset/<token>), valid
 * longer than a forgotten-password link (INVITATION_EXPIRY_HOURS, a week by default). The
 * token is Payload's own reset token, written in the create's transaction; the mail goes
 * through deliverOrQueue, so a down SMTP server delays it but never fails the create.
 * Not for the first user (who registers themself) nor the seed (no user signed in).
 */
export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const inviter = req.user
  if (operation !== 'create' || !inviter || String(inviter.id) === String(doc.id) || !doc.email) return doc
  const hours = optionsOf(req.payload.config)?.invitationExpiryHours ?? 7 * 24
  const expiresAt = new Date(Date.now() + hours * 60 * 60 * 1000)
  // As Payload's forgotPassword makes its tokens (auth/operations/forgotPassword.js).
  const token = crypto.randomBytes(20).toString('hex')
  await req.payload.db.updateOne({
    collection: 'users',
    id: doc.id,
    data: { resetPasswordToken: token, resetPasswordExpiration: expiresAt.toISOString() },
    req,
  })
  const mail = invitation({
    language: languageOf(doc),
    inviter: (inviter as { name?: string | null }).name || String((inviter as { email?: string }).email),
    link: resetPasswordUrl(req.payload, token),
    expiresAt,
  })
  await req.payload.sendEmail({ to: doc.email, ...mail })
  return doc
}
