import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { isAdmin } from '../../access/isAdmin'
import { DISTRICT_ROLE_LABELS, DISTRICT_ROLES } from '../../access/roles'
import { managedDistricts } from '../../access/usersAccess'
import { InviteUserForm } from './InviteUserForm'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

/**
 * "Person einladen" above the users list: an account without a password, whose owner chooses
 * one through the invitation mail (collections/Users/hooks/sendInvitation.ts). Payload's own
 * create form insists on a password the inviting admin would have to make up and keep to
 * themself. Offers the districts the user may create accounts in; the server checks again.
 */
export const InviteUser = async ({ payload, user, i18n }: Props) => {
  if (!user) return null
  const language = i18n?.language === 'en' ? 'en' : 'de'
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
  return (
    <InviteUserForm
      api={`${payload.config.serverURL}${payload.config.routes.api}`}
      districts={docs.map(({ id, name }) => ({ value: String(id), label: name }))}
      roles={DISTRICT_ROLES.map((role) => ({ value: role, label: DISTRICT_ROLE_LABELS[role][language] }))}
      language={language}
    />
  )
}
