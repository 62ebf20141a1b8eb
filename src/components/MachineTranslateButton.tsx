'use client'
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import type { MachineTranslateOptions } from './machineTranslateOptions'

const TEXT = {
  de: {
    button: 'Maschinell übersetzen (Entwurf)',
    busy: 'Wird übersetzt …',
    about: (provider: string) =>
      `Füllt fehlende und veraltete Übersetzungen dieser Sprache mit ${provider} und speichert sie als Entwurf. Aktuelle Übersetzungen bleiben.`,
    saveFirst: 'Bitte erst speichern: ungespeicherte Änderungen gingen sonst verloren.',
    done: (count: number) =>
      count === 1
        ? 'Ein Feld maschinell übersetzt (Entwurf).'
        : `${count} Felder maschinell übersetzt (Entwurf).`,
    nothing: 'Nichts zu übersetzen: Diese Sprache ist aktuell.',
    failed: 'Die maschinelle Übersetzung ist fehlgeschlagen.',
  },
  en: {
    button: 'Machine-translate (draft)',
    busy: 'Translating …',
    about: (provider: string) =>
      `Fills missing and outdated translations of this language with ${provider} and saves them as a draft. Current translations stay.`,
    saveFirst: 'Please save first: unsaved changes would be lost.',
    done: (count: number) =>
      count === 1 ? 'One field machine-translated (draft).' : `${count} fields machine-translated (draft).`,
    nothing: 'Nothing to translate: this language is up to date.',
    failed: 'The machine translation failed.',
  },
}

type Answer = { translated?: string[]; doc?: Record<string, unknown> }
type ErrorAnswer = { errors?: Array<{ message?: string }> }

/**
 * Posts the document's id and the admin's content locale to the machine translation
 * (src/endpoints/machineTranslate.ts) and loads the draft it saved into the form; on failure it
 * shows the server's reason. Only for saved documents, in a locale the provider serves, and not
 * while the form holds unsaved changes (loading the draft would discard them).
 */
export const MachineTranslateButton = ({ locales, provider }: MachineTranslateOptions) => {
  const { i18n } = useTranslation()
  const locale = useLocale()
  const { id, collectionSlug, incrementVersionCount, setUnpublishedVersionCount } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { reset } = useForm()
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const text = TEXT[i18n.language === 'en' ? 'en' : 'de']
  if (!id || !collectionSlug || !locales.includes(locale.code)) return null

  const translate = async () => {
    setBusy(true)
    setProblem(null)
    try {
      const response = await fetch(
        formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/machine-translate` }),
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
          body: JSON.stringify({ locale: locale.code }),
        },
      )
      const body = (await response.json().catch(() => null)) as (Answer & ErrorAnswer) | null
      if (!response.ok) {
        const reason = body?.errors?.[0]?.message || text.failed
        setProblem(reason)
        toast.error(reason)
        return
      }
      const count = body?.translated?.length ?? 0
      if (body?.doc) await reset(body.doc)
      if (count) {
        incrementVersionCount()
        setUnpublishedVersionCount((versions) => versions + 1)
        toast.success(text.done(count))
      } else toast.info(text.nothing)
    } catch {
      setProblem(text.failed)
      toast.error(text.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="machine-translate" style={{ marginBottom: 'var(--base)' }}>
      <Button
        buttonStyle="secondary"
        disabled={busy || modified}
        onClick={() => void translate()}
        size="small"
      >
        {busy ? text.busy : text.button}
      </Button>
      <p className="machine-translate__about" style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>
        {modified ? text.saveFirst : text.about(provider)}
      </p>
      {problem ? (
        <p className="machine-translate__problem" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      ) : null}
    </div>
  )
}
