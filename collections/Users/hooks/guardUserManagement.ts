import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  Forbidden,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { isAdmin } from '../../../access/isAdmin'
import { managedDistricts, managesUser } from '../../../access/usersAccess'
import { idOf } from '../../../src/lib/idOf'
import { message } from '../../../src/lib/message'

type Membership = { district?: unknown; roles?: string[] | null }

const key = ({ district, roles }: Membership) =>
  `${String(idOf(district))}:${[...(roles ?? [])].sort().join(',')}`
const districtOf = (membership: Membership) => String(idOf(membership.district))

const refuse = (req: PayloadRequest, de: string, en: string): never => {
  throw new ValidationError({
    collection: 'users',
    errors: [{ path: 'districts', message: message(req, de, en) }],
  })
}

/** A district admin manages a user only when every one of the user's districts is theirs. */
const assertManaged = (
  req: PayloadRequest,
  target: { roles?: string[] | null; districts?: Membership[] | null },
) => {
  if (!managesUser(req.user, target)) throw new Forbidden(req.t)
}

/**
 * What a district admin may do to users, beyond what the access functions can express:
 * memberships only in their own districts (so no role above their own, which is the highest
 * district role), never their own memberships, and only users who belong to their districts
 * alone (no taking over an account that works in another district too).
 */
export const guardUserManagement: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const user = req.user
  if (!user || isAdmin(user)) return data
  const isSelf = operation === 'update' && String(originalDoc?.id) === String(user.id)
  const before: Membership[] = originalDoc?.districts ?? []
  const after: Membership[] = 'districts' in data ? (data.districts ?? []) : before

  const beforeKeys = new Set(before.map(key))
  const afterKeys = new Set(after.map(key))
  const changed = [
    ...before.filter((m) => !afterKeys.has(key(m))),
    ...after.filter((m) => !beforeKeys.has(key(m))),
  ]
  if (isSelf) {
    if (changed.length) {
      refuse(req, 'Eigene Rollen kann niemand selbst ändern.', 'Nobody changes their own roles.')
    }
    return data
  }
  const managed = new Set(managedDistricts(user).map(String))
  if (changed.some((m) => !managed.has(districtOf(m)))) {
    refuse(
      req,
      'Rollen dürfen nur in Landkreisen vergeben werden, die Sie verwalten.',
      'Roles can only be granted in districts you administer.',
    )
  }
  if (operation === 'update') assertManaged(req, originalDoc)
  if (operation === 'create' && after.length === 0) {
    refuse(
      req,
      'Neue Benutzer brauchen eine Rolle in Ihrem Landkreis.',
      'New users need a role in your district.',
    )
  }
  return data
}

export const guardUserDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = req.user
  if (!user || isAdmin(user)) return
  const target = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
  assertManaged(req, target)
}
