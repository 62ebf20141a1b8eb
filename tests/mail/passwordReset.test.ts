import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginAs } from '../helpers/auth'
import { createUser, unique } from '../helpers/factories'
import { resetTokenIn, sendMailVia, TEST_SERVER_URL } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'
import { type SmtpListener, startSmtpListener } from '../helpers/smtpListener'

/**
 * Payload's forgot-password flow with our mail (collections/Users/forgotPasswordMail.ts), over
 * the real REST handlers and a real SMTP listener: the user's language, an absolute link to the
 * admin's reset page that works once and for an hour, and the same answer for unknown addresses.
 */
let payload: Payload
let smtp: SmtpListener
let restore: () => Promise<void>

const NEW_PASSWORD = 'ein-neues-Passwort-2026'
const HOUR = 60 * 60 * 1000

beforeAll(async () => {
  payload = await testPayload()
  smtp = await startSmtpListener({ auth: { user: 'cms', pass: 'p@ss:wört/1' } })
  // The password percent-encoded in the URL, as an operator writes it.
  restore = await sendMailVia(
    payload,
    `smtp://cms:${encodeURIComponent('p@ss:wört/1')}@127.0.0.1:${smtp.port}`,
  )
})

afterAll(async () => {
  await restore?.()
  await smtp?.close()
})

const forgot = (email: string) => rest('POST', 'users/forgot-password', { body: { email } })

describe('password reset', () => {
  it('sends a German mail whose link resets the password for an hour, once', async () => {
    const user = await createUser(payload, { name: 'Max Muster' })
    const before = Date.now()
    const answer = await forgot(user.email)
    expect(answer.status).toBe(200)

    const mail = await smtp.next(user.email)
    expect(mail.to).toEqual([user.email])
    expect(mail.subject).toBe('Passwort zurücksetzen')
    expect(mail.text).toContain('ein neues Passwort angefordert')
    expect(mail.html).toContain(`href="${TEST_SERVER_URL}/admin/reset/`)
    // Payload's forgot-password mail is HTML only: the text part is derived from it.
    expect(mail.text).toContain(`${TEST_SERVER_URL}/admin/reset/`)

    const stored = await payload.db.findOne<{ id: number; resetPasswordExpiration: string }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    const expires = new Date(stored!.resetPasswordExpiration).getTime()
    expect(expires - before).toBeGreaterThanOrEqual(HOUR - 1000)
    expect(expires - Date.now()).toBeLessThanOrEqual(HOUR)

    const token = resetTokenIn(mail.text)
    expect(
      (await rest('POST', 'users/reset-password', { body: { token, password: NEW_PASSWORD } })).status,
    ).toBe(200)
    expect(await loginAs(user.email, NEW_PASSWORD)).toBeTruthy()
    const reused = await rest('POST', 'users/reset-password', {
      body: { token, password: 'noch-ein-Passwort-2026' },
    })
    expect(reused.status).toBe(403)
    expect(reused.json.errors[0].message).toMatch(/invalid or has expired/)
  })

  it('writes in English to a user who chose English', async () => {
    const user = await createUser(payload, { language: 'en' })
    expect((await forgot(user.email)).status).toBe(200)
    const mail = await smtp.next(user.email)
    expect(mail.subject).toBe('Reset your password')
    expect(mail.text).toContain('asked to reset the password')
    expect(mail.text).toContain('(German time)')
  })

  it('refuses an expired link with a clear 403 and keeps the old password', async () => {
    const user = await createUser(payload)
    expect((await forgot(user.email)).status).toBe(200)
    const token = resetTokenIn((await smtp.next(user.email)).text)
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
    })
    const expired = await rest('POST', 'users/reset-password', { body: { token, password: NEW_PASSWORD } })
    expect(expired.status).toBe(403)
    expect(expired.json.errors[0].message).toMatch(/invalid or has expired/)
    expect(await loginAs(user.email)).toBeTruthy()
  })

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const user = await createUser(payload)
    const known = await forgot(user.email)
    const unknownEmail = `${unique('niemand')}@example.org`
    const unknown = await forgot(unknownEmail)
    expect(unknown.status).toBe(known.status)
    expect(unknown.json).toEqual(known.json)
    await smtp.next(user.email)
    expect(smtp.received.some((mail) => mail.to.includes(unknownEmail))).toBe(false)
  })
})
