import type { Payload, TypedUser } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { DISTRICT_ROLE_LABELS, DISTRICT_ROLES } from '../../access/roles'
import { managedDistricts } from '../../access/usersAccess'
import { invitationExpiryHoursOf } from '../lib/mail/invitationExpiry'

export type InviteOption = { value: string; label: string }

/**
 * What "Person einladen" offers a user: the districts they may create accounts in (all for the
 * state admin), the district roles, labelled in the admin's language, and how long the link
 * works; null for those who may create none. Only an offer: the server checks every invitation again (guardUserManagement).
 */
export const inviteOptions = async (
  payload: Payload,
  user: TypedUser | null | undefined,
  language: 'de' | 'en',
): Promise<{ districts: InviteOption[]; roles: InviteOption[]; expiryHours: number } | null> => {
  if (!user) return null
  const allowed = isAdmin(user) ? null : managedDistricts(user, 'create')
  if (allowed && allowed.length === 0) return null
  const { docs } = await payload.find({
    collection: 'districts',
    where: allowed ? { id: { in: allowed } } : {},
    sort: 'name',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: false,
    user,
  })
  if (docs.length === 0) return null
  return {
    districts: docs.map(({ id, name }) => ({ value: String(id), label: name })),
    roles: DISTRICT_ROLES.map((role) => ({ value: role, label: DISTRICT_ROLE_LABELS[role][language] })),
    // How long the link works, as the invitation itself says (INVITATION_EXPIRY_HOURS).
    expiryHours: invitationExpiryHoursOf(payload.config),
  }
}
