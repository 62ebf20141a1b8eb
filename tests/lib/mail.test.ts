import type { EmailAdapter, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/lib/configError'
import { emailFromEnv } from '../../src/lib/mail/emailFromEnv'
import { invitationExpiryHoursFromEnv } from '../../src/lib/mail/invitationExpiry'
import { logMailAdapter } from '../../src/lib/mail/logMailAdapter'
import { parseMailFrom } from '../../src/lib/mail/mailFrom'
import { openMail, sealMail } from '../../src/lib/mail/sealedMail'
import { SMTP_TIMEOUTS, smtpTransportOptions } from '../../src/lib/mail/smtpTransport'
import {
  changesRequested,
  invitation,
  languageOf,
  passwordReset,
  published,
  reviewRequested,
} from '../../src/lib/mail/templates'
import { testPayload } from '../helpers/payload'

/** What the log adapter needs of Payload: its logger (collected here) and the server URL. */
const fakeHost = (serverURL = '') => {
  const lines: { level: string; msg: string }[] = []
  const logger = {
    info: (msg: string) => lines.push({ level: 'info', msg }),
    warn: (msg: string) => lines.push({ level: 'warn', msg }),
  }
  return { lines, payload: { logger, config: { serverURL } } as unknown as Payload }
}

describe('MAIL_FROM', () => {
  it('reads "Name <address>", a bare address, and a default', () => {
    expect(parseMailFrom('Integrationsnetzwerk Halle <cms@halle.de>')).toEqual({
      name: 'Integrationsnetzwerk Halle',
      address: 'cms@halle.de',
    })
    expect(parseMailFrom('"Netzwerk, Halle" <cms@halle.de>').name).toBe('Netzwerk, Halle')
    expect(parseMailFrom('cms@halle.de')).toEqual({ name: 'Integrationsnetzwerke', address: 'cms@halle.de' })
    expect(parseMailFrom(undefined).address).toBe('no-reply@localhost')
  })

  it.each(['cms', 'Name <cms>', 'a b@example.org', 'Name <a@b> x', 'Na"me <a@b.de>'])(
    'refuses %j at start with a config error naming MAIL_FROM',
    (value) => {
      expect(() => parseMailFrom(value)).toThrow(ConfigError)
      expect(() => parseMailFrom(value)).toThrow(/MAIL_FROM/)
    },
  )
})

describe('SMTP_URL', () => {
  it('smtp:// with a percent-encoded password, default port 587, short timeouts', () => {
    expect(smtpTransportOptions('smtp://user%40example.org:p%40ss%3Aw%C3%B6rt@mail.example.org')).toEqual({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      auth: { user: 'user@example.org', pass: 'p@ss:wört' },
      ...SMTP_TIMEOUTS,
    })
    expect(SMTP_TIMEOUTS.greetingTimeout).toBeLessThanOrEqual(5000)
  })

  it('smtps:// is TLS from the start on 465; no user means no authentication', () => {
    expect(smtpTransportOptions('smtps://mail.example.org')).toMatchObject({ port: 465, secure: true })
    expect(smtpTransportOptions('smtps://mail.example.org')).not.toHaveProperty('auth')
    expect(smtpTransportOptions('smtp://mail.example.org:2525').port).toBe(2525)
  })

  it('refuses other URLs without repeating the password', () => {
    for (const url of ['http://user:geheim@mail.example.org', 'mail.example.org:25', 'smtp://user:geheim@']) {
      expect(() => smtpTransportOptions(url)).toThrow(ConfigError)
      expect(() => smtpTransportOptions(url)).toThrow(/SMTP_URL/)
      try {
        smtpTransportOptions(url)
      } catch (error) {
        expect((error as Error).message).not.toContain('geheim')
      }
    }
  })

  it('emailFromEnv: SMTP with SMTP_URL, the log adapter without; a bad MAIL_FROM stops either', async () => {
    const smtp = await emailFromEnv({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'CMS <cms@example.org>' })
    const { payload } = fakeHost()
    const adapter = smtp({ payload })
    expect(adapter.name).toBe('nodemailer')
    expect(adapter.defaultFromAddress).toBe('cms@example.org')
    expect(adapter.defaultFromName).toBe('CMS')
    expect((emailFromEnv({}) as EmailAdapter)({ payload }).name).toBe('log')
    expect(() => emailFromEnv({ MAIL_FROM: 'kaputt' })).toThrow(ConfigError)
  })
})

describe('without SMTP_URL', () => {
  it('logs each mail at info level: recipient, subject, link; development does not warn', async () => {
    const { lines, payload } = fakeHost('https://cms.example.org')
    const adapter = logMailAdapter({ production: false })({ payload })
    expect(lines).toEqual([])
    await adapter.sendEmail({
      to: 'erika@example.org',
      subject: 'Passwort zurücksetzen',
      html: '<a href="https://cms.example.org/admin/reset/abc123">https://cms.example.org/admin/reset/abc123</a>',
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]!.level).toBe('info')
    expect(lines[0]!.msg).toContain('erika@example.org')
    expect(lines[0]!.msg).toContain('"Passwort zurücksetzen"')
    expect(lines[0]!.msg).toContain('https://cms.example.org/admin/reset/abc123')
    expect(lines[0]!.msg).not.toContain('relative')
  })

  it('says when links are relative (no SERVER_URL)', async () => {
    const { lines, payload } = fakeHost('')
    await logMailAdapter({ production: false })({ payload }).sendEmail({
      to: 'erika@example.org',
      subject: 'Einladung',
      text: 'Link:\n/admin/reset/abc123\n',
    })
    expect(lines[0]!.msg).toContain('/admin/reset/abc123')
    expect(lines[0]!.msg).toContain('relative: SERVER_URL is not set')
  })

  it('production warns once at start, not per mail', async () => {
    const { lines, payload } = fakeHost('https://cms.example.org')
    const adapter = logMailAdapter({ production: true })({ payload })
    await adapter.sendEmail({ to: 'a@example.org', subject: 'x', text: 'y' })
    await adapter.sendEmail({ to: 'b@example.org', subject: 'x', text: 'y' })
    expect(lines.filter(({ level }) => level === 'warn')).toHaveLength(1)
    expect(lines.find(({ level }) => level === 'warn')!.msg).toMatch(/SMTP_URL is not set/)
  })

  it("the app's Payload sends through deliverOrQueue around the log adapter (no console adapter warning)", async () => {
    const payload = await testPayload()
    expect(payload.email.name).toBe('deliverOrQueue(log)')
  })
})

describe('INVITATION_EXPIRY_HOURS', () => {
  it('a week by default; whole hours up to 30 days', () => {
    expect(invitationExpiryHoursFromEnv({})).toBe(168)
    expect(invitationExpiryHoursFromEnv({ INVITATION_EXPIRY_HOURS: '48' })).toBe(48)
    for (const value of ['0', '1.5', 'eine Woche', '721']) {
      expect(() => invitationExpiryHoursFromEnv({ INVITATION_EXPIRY_HOURS: value })).toThrow(
        /INVITATION_EXPIRY_HOURS/,
      )
    }
  })
})

describe('sealed queued mails', () => {
  it('opens with the same secret only', () => {
    const mail = { to: 'a@example.org', subject: 'Einladung', text: 'http://x/admin/reset/abc' }
    const sealed = sealMail({ secret: 'one-secret' }, mail)
    expect(sealed).not.toContain('abc')
    expect(openMail({ secret: 'one-secret' }, sealed)).toEqual(mail)
    expect(() => openMail({ secret: 'another-secret' }, sealed)).toThrow(/PAYLOAD_SECRET/)
  })
})

describe('templates', () => {
  const expiresAt = new Date('2026-12-08T09:30:00Z')
  const link = 'https://cms.example.org/admin/reset/abc'

  it('German unless English was chosen', () => {
    expect(languageOf({ language: 'en' })).toBe('en')
    expect(languageOf({ language: null })).toBe('de')
    expect(languageOf(undefined)).toBe('de')
  })

  it('invitation and reset name the deadline in German time, in both languages', () => {
    const de = invitation({ language: 'de', inviter: 'Erika Muster', link, expiresAt })
    expect(de.subject).toBe('Ihre Einladung in das CMS der Integrationsnetzwerke')
    expect(de.text).toContain('8. Dezember 2026 um 10:30 Uhr')
    expect(de.text).toContain(link)
    expect(de.html).toContain(`href="${link}"`)
    const en = passwordReset({ language: 'en', link, expiresAt })
    expect(en.subject).toBe('Reset your password')
    expect(en.text).toContain('8 December 2026 at 10:30 (German time)')
  })

  it('review mails carry title, people, comment and link, escaped in HTML', () => {
    const title = 'Sprachcafé <Halle> & mehr'
    const review = reviewRequested({ language: 'de', author: 'Max', title, link })
    expect(review.subject).toBe('Max bittet um Prüfung von „Sprachcafé <Halle> & mehr“')
    expect(review.html).toContain('Sprachcafé &lt;Halle&gt; &amp; mehr')
    expect(review.html).not.toContain('<Halle>')
    const changes = changesRequested({
      language: 'en',
      editor: 'Erika',
      title,
      comment: 'Please add the opening hours.',
      link,
    })
    expect(changes.subject).toBe(`Changes requested for "${title}"`)
    expect(changes.text).toContain('Please add the opening hours.')
    expect(changes.text).toContain(link)
    expect(published({ language: 'de', title: 'Sprachcafé', link }).subject).toBe(
      '„Sprachcafé“ ist veröffentlicht',
    )
  })
})
