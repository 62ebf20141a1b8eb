import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMember, loginAs, loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, unique } from '../helpers/factories'
import { resetTokenIn, sendMailVia, TEST_SERVER_URL } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'
import { type SmtpListener, startSmtpListener } from '../helpers/smtpListener'

/**
 * Invitations (collections/Users/hooks/sendInvitation.ts): an account created by the state
 * admin or a district admin over REST, without a password, gets a mail with a set-password
 * link that works once and until it expires, through a real SMTP listener.
 */
let payload: Payload
let smtp: SmtpListener
let restore: () => Promise<void>
let admin: { token: string; id: number }
let districtA: number
let districtB: number
let districtAdmin: { id: number; email: string; token: string }

const NEW_PASSWORD = 'mein-eigenes-Passwort-2026'
const HOUR = 60 * 60 * 1000

beforeAll(async () => {
  payload = await testPayload()
  smtp = await startSmtpListener()
  restore = await sendMailVia(payload, `smtp://127.0.0.1:${smtp.port}`)
  admin = await loginAsNewAdmin()
  districtA = (await createDistrict(payload)).id
  districtB = (await createDistrict(payload)).id
  districtAdmin = await createMember(districtA, 'district-admin')
})

afterAll(async () => {
  await restore?.()
  await smtp?.close()
})

const invite = (token: string, data: Record<string, unknown>) =>
  rest('POST', 'users', { token, body: { districts: [{ district: districtA, roles: ['editor'] }], ...data } })

const resetPassword = (token: string, password = NEW_PASSWORD) =>
  rest('POST', 'users/reset-password', { body: { token, password } })

const expirationOf = async (id: number) => {
  const user = await payload.db.findOne<{ id: number; resetPasswordExpiration?: string }>({
    collection: 'users',
    where: { id: { equals: id } },
  })
  return new Date(user!.resetPasswordExpiration!).getTime()
}

describe('invitation', () => {
  it('the state admin creates an account without a password: a German mail whose link sets the password', async () => {
    const email = `${unique('eingeladen')}@example.org`
    const before = Date.now()
    const created = await invite(admin.token, { email, name: 'Erika Muster' })
    expect(created.status).toBe(201)
    // The token travels by mail only.
    expect(created.json.doc.resetPasswordToken).toBeUndefined()
    expect(created.json.doc.language).toBe('de')

    const mail = await smtp.next(email)
    expect(mail.to).toEqual([email])
    expect(mail.from).toBe('cms@example.org')
    expect(mail.headers.from).toContain('Integrationsnetzwerk Test')
    expect(mail.subject).toBe('Ihre Einladung in das CMS der Integrationsnetzwerke')
    expect(mail.text).toContain('Landesadministration (Test) hat für Sie ein Konto')
    expect(mail.text).toContain(`${TEST_SERVER_URL}/admin/reset/`)
    expect(mail.html).toContain(`href="${TEST_SERVER_URL}/admin/reset/`)

    // A week, and the mail says until when (in German time).
    const expires = await expirationOf(created.json.doc.id)
    expect(expires - before).toBeGreaterThanOrEqual(7 * 24 * HOUR - 1000)
    expect(expires - Date.now()).toBeLessThanOrEqual(7 * 24 * HOUR)
    const day = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
      new Date(expires),
    )
    expect(mail.text).toContain(`Der Link gilt bis ${day}`)

    // The link works: the password it sets signs in.
    const token = resetTokenIn(mail.text)
    const reset = await resetPassword(token)
    expect(reset.status).toBe(200)
    expect(await loginAs(email, NEW_PASSWORD)).toBeTruthy()

    // Once only.
    const again = await resetPassword(token, 'noch-ein-Passwort-2026')
    expect(again.status).toBe(403)
    expect(again.json.errors[0].message).toMatch(/invalid or has expired/)
  })

  it('a district admin invites into their district, in the language chosen for the new user', async () => {
    const email = `${unique('invited')}@example.org`
    const created = await invite(districtAdmin.token, { email, language: 'en' })
    expect(created.status).toBe(201)
    const mail = await smtp.next(email)
    expect(mail.subject).toBe('Your invitation to the integration networks CMS')
    expect(mail.text).toContain(`${districtAdmin.email} has created an account for you`)
    expect(mail.text).toContain('(German time)')
    const reset = await resetPassword(resetTokenIn(mail.text))
    expect(reset.status).toBe(200)
    expect(await loginAs(email, NEW_PASSWORD)).toBeTruthy()
  })

  it('a district admin cannot invite into a district they do not administer: 4xx, no account, no mail', async () => {
    const email = `${unique('fremd')}@example.org`
    const refused = await invite(districtAdmin.token, {
      email,
      districts: [{ district: districtB, roles: ['editor'] }],
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json.errors)).toMatch(/Landkreisen vergeben werden, die Sie verwalten/)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
    expect(totalDocs).toBe(0)
    // Give a stray mail time to arrive before saying there is none.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.received.some((mail) => mail.to.includes(email))).toBe(false)
  })

  it('an expired invitation link is refused with a clear 403, and the account keeps no usable password', async () => {
    const email = `${unique('abgelaufen')}@example.org`
    const created = await invite(admin.token, { email })
    expect(created.status).toBe(201)
    const token = resetTokenIn((await smtp.next(email)).text)
    await payload.db.updateOne({
      collection: 'users',
      id: created.json.doc.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
    })
    const expired = await resetPassword(token)
    expect(expired.status).toBe(403)
    expect(expired.json.errors[0].message).toMatch(/invalid or has expired/)
    const login = await rest('POST', 'users/login', { body: { email, password: NEW_PASSWORD } })
    expect(login.status).toBe(401)
  })

  it('the expiry follows the configured hours (INVITATION_EXPIRY_HOURS)', async () => {
    const options = payload.config.custom!.integrationNetworks as { invitationExpiryHours: number }
    const configured = options.invitationExpiryHours
    options.invitationExpiryHours = 2
    try {
      const email = `${unique('kurz')}@example.org`
      const created = await invite(admin.token, { email })
      expect(created.status).toBe(201)
      const remaining = (await expirationOf(created.json.doc.id)) - Date.now()
      expect(remaining).toBeGreaterThan(2 * HOUR - 60_000)
      expect(remaining).toBeLessThanOrEqual(2 * HOUR)
      await smtp.next(email)
    } finally {
      options.invitationExpiryHours = configured
    }
  })

  it('a password of the wrong type is refused, not replaced', async () => {
    const email = `${unique('falsch')}@example.org`
    const refused = await invite(admin.token, { email, password: 123456789012345 })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json.errors)).toContain('password')
  })

  it('accounts made without a signed-in user (seed, first user) get no invitation', async () => {
    const email = `${unique('seed')}@example.org`
    await payload.create({ collection: 'users', data: { email, password: 'ein-langes-Passwort-2026' } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.received.some((mail) => mail.to.includes(email))).toBe(false)
  })

  it('a user changes their own mail language, but still not their roles', async () => {
    const token = await loginAs(districtAdmin.email)
    const changed = await rest('PATCH', `users/${districtAdmin.id}`, { token, body: { language: 'en' } })
    expect(changed.status).toBe(200)
    expect(changed.json.doc.language).toBe('en')
    const roles = await rest('PATCH', `users/${districtAdmin.id}`, {
      token,
      body: { districts: [{ district: districtB, roles: ['district-admin'] }] },
    })
    expect(roles.status).toBe(400)
    const invalid = await rest('PATCH', `users/${districtAdmin.id}`, { token, body: { language: 'fr' } })
    expect(invalid.status).toBe(400)
    expect(JSON.stringify(invalid.json.errors)).toContain('language')
  })
})

describe('invitation sent again (POST /api/users/:id/invitation)', () => {
  it('a district admin re-invites their user: a new link that works, the old one no longer', async () => {
    const email = `${unique('nochmal')}@example.org`
    const created = await invite(districtAdmin.token, { email })
    expect(created.status).toBe(201)
    const first = resetTokenIn((await smtp.next(email)).text)
    smtp.received.length = 0

    const again = await rest('POST', `users/${created.json.doc.id}/invitation`, {
      token: districtAdmin.token,
    })
    expect(again.status).toBe(200)
    expect(again.json.message).toBe('Die Einladung wurde erneut gesendet.')
    const second = resetTokenIn((await smtp.next(email)).text)
    expect(second).not.toBe(first)
    expect((await resetPassword(first)).status).toBe(403)
    expect((await resetPassword(second)).status).toBe(200)
    expect(await loginAs(email, NEW_PASSWORD)).toBeTruthy()
  })

  it('is refused for accounts the caller does not manage, for oneself and anonymously', async () => {
    // An account of another district: not even readable.
    const foreign = await payload.create({
      collection: 'users',
      data: {
        email: `${unique('anderswo')}@example.org`,
        password: 'ein-langes-Passwort-2026',
        districts: [{ district: districtB, roles: ['editor'] }],
      },
    })
    expect(
      (await rest('POST', `users/${foreign.id}/invitation`, { token: districtAdmin.token })).status,
    ).toBe(404)
    // Readable (it works in their district too) but not theirs alone.
    const shared = await payload.create({
      collection: 'users',
      data: {
        email: `${unique('geteilt')}@example.org`,
        password: 'ein-langes-Passwort-2026',
        districts: [
          { district: districtA, roles: ['editor'] },
          { district: districtB, roles: ['editor'] },
        ],
      },
    })
    expect((await rest('POST', `users/${shared.id}/invitation`, { token: districtAdmin.token })).status).toBe(
      403,
    )
    expect(
      (await rest('POST', `users/${districtAdmin.id}/invitation`, { token: districtAdmin.token })).status,
    ).toBe(403)
    expect((await rest('POST', `users/${shared.id}/invitation`)).status).toBe(401)
    const badId = await rest('POST', 'users/abc/invitation', { token: admin.token })
    expect(badId.status).toBe(400)
    expect(JSON.stringify(badId.json.errors)).toContain('id')
    // The state admin may.
    expect((await rest('POST', `users/${shared.id}/invitation`, { token: admin.token })).status).toBe(200)
    await smtp.next(shared.email)
    expect(smtp.received.some((mail) => mail.to.includes(foreign.email))).toBe(false)
  })
})
