import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * An account made by a district admin or the state admin needs no password from them: the
 * person chooses their own through the invitation (sendInvitation). Until then the account has
 * a long random password that nobody knows. Registering the first user (no one signed in) and
 * the seed (Local API, no user) still give a password.
 */
export const inviteWithoutPassword: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'create' || !req.user) return args
  const data = (args as { data?: Record<string, unknown> }).data
  // Only a missing one: a password of the wrong type stays, for Payload's validation to refuse.
  if (!data || (data.password !== undefined && data.password !== null && data.password !== '')) return args
  data.password = crypto.randomBytes(32).toString('base64url')
  return args
}
