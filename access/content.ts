import type { Access, FieldAccess, Where } from 'payload'

/**
 * Interim content access until the role matrix lands: anonymous clients read published
 * documents outside the trash only (`?trash=true` must not reveal trashed ones); signed-in
 * users read and write (the multi-tenant plugin narrows both to the user's districts).
 */
const publishedAndNotTrashed: Where = {
  and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }],
}

export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : publishedAndNotTrashed)

export const signedIn: Access = ({ req }) => Boolean(req.user)

/**
 * Personal data of a person stays out of anonymous responses until their consent to a
 * public listing is recorded. Offices are public by nature.
 */
export const personalDataVisible: FieldAccess = ({ req, doc }) =>
  Boolean(req.user) ||
  doc?.kind === 'office' ||
  (doc?.publicListing as { consent?: boolean } | undefined)?.consent === true
