import type { FieldAccess } from 'payload'

import { grantsIn } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { cellOf } from './matrix'

/**
 * Personal data of a person stays out of responses to anyone outside the contact's district
 * (anonymous clients included) until their consent to a public listing is recorded.
 * Offices are public by nature.
 */
export const personalDataVisible: FieldAccess = ({ req, doc }) => {
  if (doc?.kind === 'office') return true
  if ((doc?.publicListing as { consent?: boolean } | undefined)?.consent === true) return true
  if (isAdmin(req.user)) return true
  // Without a document (a where or sort on the field): the read access (readContacts) already
  // keeps unlisted persons of other districts out of every result.
  if (!doc) return true
  return grantsIn(req.user, cellOf('content', 'readDrafts'), doc.district)
}
