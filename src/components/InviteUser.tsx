import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { inviteOptions } from './inviteOptions'
import { InviteUserForm } from './InviteUserForm'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

/**
 * "Person einladen" above the users list: an account without a password, whose owner chooses
 * one through the invitation mail (collections/Users/hooks/sendInvitation.ts). Payload's own
 * create form insists on a password the inviting admin would have to make up and keep to
 * themself. Shown to those who may create accounts somewhere (inviteOptions).
 */
export const InviteUser = async ({ payload, user, i18n }: Props) => {
  const language = i18n?.language === 'en' ? 'en' : 'de'
  const options = await inviteOptions(payload, user, language)
  if (!options) return null
  return (
    <InviteUserForm
      api={`${payload.config.serverURL}${payload.config.routes.api}`}
      districts={options.districts}
      roles={options.roles}
      expiryHours={options.expiryHours}
      language={language}
    />
  )
}
