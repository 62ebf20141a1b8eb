import { type CollectionBeforeChangeHook, Forbidden, type SanitizedCollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { ownDistrictsLocks } from '../../access/lockedDocumentsAccess'
import { authenticated } from '../../access/predicates'
import { idOf } from '../lib/idOf'
import { mayUpdate } from './documentAccess'

type Reference = { relationTo?: string; value?: unknown } | null | undefined

/**
 * A lock says "this user is editing this document": only the user themselves may say so, and
 * only for a document they may change. Payload (3.90.2) accepted any lock from any signed-in
 * user, in anyone's name: a viewer of one district locked another district's documents and
 * its editors got 423 on a lock they could neither see nor lift.
 */
const guardLock: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = req.user
  // Without a user it is the server's own call: the access rules let no anonymous request here.
  if (!user || isAdmin(user)) return data
  const holder = (data.user ?? originalDoc?.user) as Reference
  const document = (data.document ?? originalDoc?.document) as Reference
  const holdsItself = holder?.relationTo === user.collection && String(idOf(holder.value)) === String(user.id)
  if (!holdsItself || !document || !(await mayUpdate(req, document.relationTo, idOf(document.value)))) {
    throw new Forbidden(req.t)
  }
  return data
}

/** Payload creates `payload-locked-documents` itself: its rules are set on the built config. */
export const secureLockedDocuments = (collection: SanitizedCollectionConfig): void => {
  collection.access = {
    ...collection.access,
    create: authenticated,
    read: ownDistrictsLocks,
    update: ownDistrictsLocks,
    delete: ownDistrictsLocks,
  }
  collection.hooks.beforeChange = [guardLock, ...(collection.hooks.beforeChange ?? [])]
}
