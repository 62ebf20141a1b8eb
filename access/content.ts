import type { Access, FieldAccess } from 'payload'

/**
 * Interim content access until the role matrix lands: anonymous clients read published
 * documents only; signed-in users read and write (the multi-tenant plugin narrows both to
 * the user's districts).
 */
export const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

export const signedIn: Access = ({ req }) => Boolean(req.user)

/**
 * Personal data of a person stays out of anonymous responses until their consent to a
 * public listing is recorded. Offices are public by nature.
 */
export const personalDataVisible: FieldAccess = ({ req, doc }) =>
  Boolean(req.user) ||
  doc?.kind === 'office' ||
  (doc?.publicListing as { consent?: boolean } | undefined)?.consent === true
