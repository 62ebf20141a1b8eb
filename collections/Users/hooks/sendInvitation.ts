import type { CollectionAfterChangeHook } from 'payload'

import { invite } from '../../../src/lib/mail/invite'

/**
 * When a district admin or the state admin creates an account, its owner gets an invitation
 * with a link to choose their password (src/lib/mail/invite.ts). Not for the first user (who
 * registers themself) nor the seed (no user signed in).
 */
export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.user || String(req.user.id) === String(doc.id)) return doc
  await invite(req, doc)
  return doc
}
