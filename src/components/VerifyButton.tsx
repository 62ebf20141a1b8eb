'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { type AdminLanguage, VERIFICATION_TEXT, verifiedLine, verifierName } from './verificationText'

type Person = { id: number | string; name?: string | null; email?: string | null }

/**
 * "Zuletzt geprüft: … von …" and "Als geprüft markieren" in the sidebar of verifiable entries
 * (VerificationStatus.tsx renders it). The button posts to the entry's verify action
 * (src/endpoints/verify.ts) and puts the answer into the form as its value and initial value:
 * the form shows the check without counting as changed, and the editor's unsaved changes stay.
 */
export const VerifyButton = ({
  verifier,
  canVerify,
  language,
}: {
  /** Whoever the stored `verifiedBy` names, looked up by the server (editors cannot read accounts). */
  verifier: Person | null
  canVerify: boolean
  language: AdminLanguage
}) => {
  const text = VERIFICATION_TEXT[language]
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth()
  const { dispatchFields } = useForm()
  const verifiedAt = useFormFields(([fields]) => fields.verifiedAt?.value as string | null | undefined)
  const verifiedBy = useFormFields(([fields]) => fields.verifiedBy?.value)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const verify = async () => {
    setBusy(true)
    setProblem(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/verify`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': language },
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        const reason = (body as { errors?: Array<{ message?: string }> } | null)?.errors?.[0]?.message
        setProblem(reason ? `${text.failed} ${reason}` : text.failed)
        return
      }
      for (const path of ['verifiedAt', 'verifiedBy'] as const) {
        dispatchFields({ type: 'UPDATE', path, value: body[path], initialValue: body[path] })
      }
    } catch {
      setProblem(text.failed)
    } finally {
      setBusy(false)
    }
  }

  if (!id) return null
  return (
    <div className="verify-button" style={{ marginBottom: 'var(--base)' }}>
      <p className="verify-button__last" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {verifiedLine(language, verifiedAt, verifierName(verifiedBy, verifier, user as Person | null))}
      </p>
      {canVerify ? (
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={verify}>
          {text.button}
        </Button>
      ) : null}
      {problem ? (
        <p role="alert" style={{ margin: 'calc(var(--base) / 2) 0 0', color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      ) : null}
    </div>
  )
}
