import type { Payload } from 'payload'

import { ownDistrictsLocks } from '../access/lockedDocumentsAccess'

/**
 * payload-locked-documents is created by Payload itself and takes no configuration: its
 * access is replaced once Payload has started (see ownDistrictsLocks for why).
 */
export const scopeLockedDocuments = (payload: Payload): void => {
  const locks = payload.collections['payload-locked-documents']
  if (!locks) return
  Object.assign(locks.config.access, {
    read: ownDistrictsLocks,
    update: ownDistrictsLocks,
    delete: ownDistrictsLocks,
  })
}
