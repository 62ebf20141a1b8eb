import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { mayVerify } from '../../access/mayVerify'
import { idOf } from '../lib/idOf'
import { VerifyButton } from './VerifyButton'

type Props = {
  payload: Payload
  id?: number | string
  data?: { verifiedBy?: unknown; district?: unknown } | null
  user?: TypedUser | null
  i18n?: { language?: string }
}

/**
 * The head of the "geprüft" fields (a server component): looks up the name of who last verified
 * the entry (only the name: editors may not read accounts, access/matrix.ts) and whether the user
 * may verify it (access/mayVerify.ts), and hands both to the button. Nothing on a new entry:
 * creating it is its first check.
 */
export const VerificationStatus = async ({ payload, id, data, user, i18n }: Props) => {
  if (!id || !user) return null
  const verifiedBy = idOf(data?.verifiedBy) as number | string | null | undefined
  const verifier = verifiedBy
    ? await payload.findByID({
        collection: 'users',
        id: verifiedBy,
        depth: 0,
        select: { name: true },
        disableErrors: true,
      })
    : null
  return (
    <VerifyButton
      verifier={verifier ? { id: verifier.id, name: verifier.name } : null}
      canVerify={mayVerify(user as never, data?.district)}
      language={i18n?.language === 'en' ? 'en' : 'de'}
    />
  )
}
