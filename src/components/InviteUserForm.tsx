'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { InviteOption as Option } from './inviteOptions'

const TEXT = {
  de: {
    open: 'Person einladen',
    intro: (valid: string) =>
      `Die Person erhält eine E-Mail mit einem Link, über den sie ihr Passwort selbst festlegt (gültig ${valid}).`,
    days: (n: number) => (n === 1 ? 'einen Tag' : `${n} Tage`),
    hours: (n: number) => (n === 1 ? 'eine Stunde' : `${n} Stunden`),
    email: 'E-Mail',
    name: 'Name',
    mailLanguage: 'Sprache der E-Mails',
    german: 'Deutsch',
    english: 'Englisch',
    district: 'Landkreis / Stadt',
    role: 'Rolle',
    submit: 'Einladung senden',
    cancel: 'Abbrechen',
    sent: (email: string) => `Einladung an ${email} gesendet.`,
    failed: 'Die Einladung konnte nicht gesendet werden.',
  },
  en: {
    open: 'Invite a person',
    intro: (valid: string) =>
      `They receive an e-mail with a link to choose their own password (valid for ${valid}).`,
    days: (n: number) => (n === 1 ? 'one day' : `${n} days`),
    hours: (n: number) => (n === 1 ? 'one hour' : `${n} hours`),
    email: 'E-mail',
    name: 'Name',
    mailLanguage: 'E-mail language',
    german: 'German',
    english: 'English',
    district: 'District',
    role: 'Role',
    submit: 'Send invitation',
    cancel: 'Cancel',
    sent: (email: string) => `Invitation sent to ${email}.`,
    failed: 'The invitation could not be sent.',
  },
}

type ErrorBody = {
  errors?: Array<{ message?: string; data?: { errors?: Array<{ path?: string; message?: string }> } }>
}

/** The server's reasons: each field it names with what is wrong there, else its message. */
const reasonsOf = (body: unknown): string[] =>
  ((body as ErrorBody | null)?.errors ?? []).flatMap((error) =>
    error.data?.errors?.length
      ? error.data.errors.map(({ path, message }) => (path ? `${path}: ${message}` : String(message)))
      : error.message
        ? [error.message]
        : [],
  )

const field: React.CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: 4,
  minWidth: 200,
  flex: '1 1 200px',
}

/** A labelled select; an empty first choice until one is made when there is more than one. */
const Choice = ({
  label,
  name,
  options,
  defaultValue,
}: {
  label: string
  name: string
  options: Option[]
  defaultValue: string
}) => (
  <label style={field}>
    {label}
    <select name={name} required defaultValue={defaultValue}>
      {defaultValue === '' ? <option value="" disabled /> : null}
      {options.map(({ value, label: text }) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  </label>
)

export const InviteUserForm = ({
  api,
  districts,
  roles,
  expiryHours,
  language,
}: {
  api: string
  districts: Option[]
  roles: Option[]
  expiryHours: number
  language: 'de' | 'en'
}) => {
  const text = TEXT[language]
  const valid = expiryHours % 24 === 0 ? text.days(expiryHours / 24) : text.hours(expiryHours)
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '').trim()
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${api}/users`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify({
          email,
          name: String(form.get('name') ?? '').trim() || undefined,
          language: form.get('language'),
          districts: [{ district: Number(form.get('district')), roles: [form.get('role')] }],
        }),
      })
      const body = await response.json().catch(() => null)
      if (response.ok) {
        setMessage({ ok: true, lines: [text.sent(email)] })
        setOpen(false)
        router.refresh()
      } else {
        setMessage({ ok: false, lines: [text.failed, ...reasonsOf(body)] })
      }
    } catch {
      setMessage({ ok: false, lines: [text.failed] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="invite-user" style={{ marginBottom: 'var(--base)' }}>
      {message ? (
        <div
          role={message.ok ? 'status' : 'alert'}
          className={`invite-user__message invite-user__message--${message.ok ? 'ok' : 'error'}`}
        >
          {message.lines.map((line) => (
            <p key={line} style={{ margin: 0, color: message.ok ? undefined : 'var(--theme-error-500)' }}>
              {line}
            </p>
          ))}
        </div>
      ) : null}
      {open ? (
        <form
          onSubmit={submit}
          aria-label={text.open}
          style={{ display: 'flex', flexDirection: 'column', gap: 'var(--base)' }}
        >
          <p style={{ margin: 0 }}>{text.intro(valid)}</p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
            <label style={field}>
              {text.email}
              <input name="email" type="email" required autoComplete="off" />
            </label>
            <label style={field}>
              {text.name}
              <input name="name" type="text" autoComplete="off" />
            </label>
            <Choice
              label={text.district}
              name="district"
              options={districts}
              defaultValue={districts.length === 1 ? districts[0]!.value : ''}
            />
            <Choice label={text.role} name="role" options={roles} defaultValue="author" />
            <Choice
              label={text.mailLanguage}
              name="language"
              options={[
                { value: 'de', label: text.german },
                { value: 'en', label: text.english },
              ]}
              defaultValue="de"
            />
          </div>
          <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
            <Button type="submit" disabled={busy} buttonStyle="primary" margin={false}>
              {text.submit}
            </Button>
            <Button type="button" buttonStyle="secondary" margin={false} onClick={() => setOpen(false)}>
              {text.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <Button buttonStyle="secondary" margin={false} onClick={() => setOpen(true)}>
          {text.open}
        </Button>
      )}
    </div>
  )
}
