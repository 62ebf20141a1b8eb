import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../src/lib/idOf'

/**
 * A Local API call that sets this in its `context` stores the `verifiedAt` and `verifiedBy` its
 * data gives (an import of dates checked elsewhere, a test back-dating a check). No client can
 * set a request's context.
 */
export const GIVEN_VERIFICATION = 'verificationGiven'

/**
 * When an entry was last confirmed as right, and by whom (src/fields/verifiedFields.ts), are the
 * server's: whoever enters an entry has checked it, so a create by a signed-in user stamps them
 * (one without a user, the seed, leaves both empty); every later write keeps what is stored,
 * whatever a form or client sends. Only the "geprüft" action changes them
 * (src/endpoints/verify.ts), which writes the document and its latest version: the latter is
 * `originalDoc` here, so a form loaded before the check cannot bring the old date back.
 */
export const keepVerification: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (context[GIVEN_VERIFICATION] === true) return data
  if (operation === 'create') {
    return {
      ...data,
      verifiedAt: req.user ? new Date().toISOString() : null,
      verifiedBy: req.user?.id ?? null,
    }
  }
  return {
    ...data,
    verifiedAt: originalDoc?.verifiedAt ?? null,
    verifiedBy: idOf(originalDoc?.verifiedBy) ?? null,
  }
}
