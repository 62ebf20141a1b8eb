import type { CollectionAfterReadHook } from 'payload'

import { isAdmin } from '../../../access/isAdmin'

/**
 * An API key acts with its user's roles: only that user and the state admin may see it,
 * never a district admin who can read the account (it may hold roles elsewhere).
 */
export const hideApiKey: CollectionAfterReadHook = ({ doc, req }) => {
  if (!('apiKey' in doc)) return doc
  if (req.user && (isAdmin(req.user) || String(req.user.id) === String(doc.id))) return doc
  const { apiKey: _hidden, ...rest } = doc
  return rest
}
