import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { invitationExpiryHoursOf } from './invitationExpiry'
import { resetPasswordUrl } from './links'
import { invitation, languageOf } from './templates'

type Invitee = { id: number | string; email?: string | null; language?: unknown }

/**
 * Invites `user` in the name of `req.user`: a new reset token (Payload's own, as its
 * forgotPassword makes them, so that /admin/reset/<token> and POST /api/users/reset-password take
 * it), valid INVITATION_EXPIRY_HOURS, written in the request's transaction, and the invitation
 * mail in the user's language through deliverOrQueue (a down SMTP server delays the mail, it does
 * not fail the request). A new invitation replaces the link of an earlier one. Callers check that
 * `req.user` may invite this user.
 */
export const invite = async (req: PayloadRequest, user: Invitee): Promise<void> => {
  if (!user.email) return
  const inviter = req.user as { name?: string | null; email?: string } | null
  const expiresAt = new Date(Date.now() + invitationExpiryHoursOf(req.payload.config) * 60 * 60 * 1000)
  const token = crypto.randomBytes(20).toString('hex')
  await req.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { resetPasswordToken: token, resetPasswordExpiration: expiresAt.toISOString() },
    req,
  })
  const mail = invitation({
    language: languageOf(user),
    inviter: inviter?.name || inviter?.email || 'Landesadministration',
    link: resetPasswordUrl(req.payload, token),
    expiresAt,
  })
  await req.payload.sendEmail({ to: user.email, ...mail })
}
