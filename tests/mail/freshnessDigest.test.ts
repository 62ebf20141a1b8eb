import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GIVEN_VERIFICATION } from '../../collections/hooks/keepVerification'
import { staleAfter } from '../../src/lib/freshness/staleEntries'
import { formatDay } from '../../src/lib/mail/templates'
import { createMember } from '../helpers/auth'
import { createContact, createDistrict, published, unique } from '../helpers/factories'
import { sendMailVia, TEST_SERVER_URL } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { type ReceivedMail, type SmtpListener, startSmtpListener } from '../helpers/smtpListener'

/**
 * The weekly digest (src/lib/freshness/freshnessDigest.ts), run as the job the server's cron
 * runs, through a real SMTP listener: a district's editors and district admins get what needs
 * doing there, each in their language; authors, viewers and other districts' editors do not;
 * a district with nothing to report gets no mail.
 */
let payload: Payload
let smtp: SmtpListener
let restore: () => Promise<void>
let sent: number
let mailsBefore: number
let mailsAfter: number

const NOW = new Date()
const monthsAgo = (months: number) => staleAfter(months, NOW).toISOString()

type Member = { id: number; email: string }
const people = {} as Record<
  'editor' | 'districtAdmin' | 'author' | 'viewer' | 'busyEditor' | 'quietEditor',
  Member
>
const names = {} as Record<'district' | 'busy' | 'quiet', string>
const facts = {} as {
  stale: { id: number; name: string }
  brokenUrl: string
  oldest: { id: number; name: string }
  unlisted: { id: number; name: string }
}

/** Sets what the server keeps about an entry, around the hooks that keep it (as the seed's import would). */
const setCheck = (id: number, verifiedAt: string) =>
  payload.update({
    collection: 'contacts',
    id,
    data: { verifiedAt, verifiedBy: null },
    context: { [GIVEN_VERIFICATION]: true },
    depth: 0,
  })
const setTranslationStatus = (id: number, missing: string[], outdated: string[]) =>
  payload.db.updateOne({
    collection: 'contacts',
    id,
    data: { translationsMissing: missing, translationsOutdated: outdated },
    returning: false,
  })

const to = (member: Member): ReceivedMail[] =>
  smtp.received.slice(mailsBefore).filter((mail) => mail.to.includes(member.email))

beforeAll(async () => {
  payload = await testPayload()
  smtp = await startSmtpListener()
  restore = await sendMailVia(payload, `smtp://127.0.0.1:${smtp.port}`)

  // The district to report on: one entry never checked, one broken link, translations to do.
  names.district = unique('Saalekreis')
  const district = (await createDistrict(payload, names.district)).id
  people.editor = await createMember(district, 'editor')
  people.districtAdmin = await createMember(district, 'district-admin')
  people.author = await createMember(district, 'author')
  people.viewer = await createMember(district, 'viewer')
  await payload.update({ collection: 'users', id: people.editor.id, data: { language: 'en' } })
  const stale = await createContact(payload, { district, ...published, name: unique('Beratungsstelle') })
  facts.stale = { id: stale.id, name: String(stale.name) }
  await setTranslationStatus(stale.id, ['en'], ['ar'])
  facts.brokenUrl = `https://${unique('kaputt')}.example.org/seite`
  await payload.create({
    collection: 'link-checks',
    data: {
      district,
      url: facts.brokenUrl,
      outcome: 'broken',
      status: 404,
      collection: 'contacts',
      documentId: String(stale.id),
      field: 'website',
      title: stale.name,
      checkedAt: NOW.toISOString(),
      failingSince: monthsAgo(1),
    },
  })

  // A busy district: 21 stale entries, of which the digest lists the 20 oldest.
  names.busy = unique('Burgenlandkreis')
  const busy = (await createDistrict(payload, names.busy)).id
  people.busyEditor = await createMember(busy, 'editor')
  for (let index = 0; index < 19; index++) {
    const contact = await createContact(payload, { district: busy, ...published })
    await setTranslationStatus(contact.id, [], [])
  }
  const oldest = await createContact(payload, { district: busy, ...published, name: unique('Älteste') })
  await setCheck(oldest.id, monthsAgo(20))
  const unlisted = await createContact(payload, { district: busy, ...published, name: unique('Jüngere') })
  await setCheck(unlisted.id, monthsAgo(14))
  for (const { id } of [oldest, unlisted]) await setTranslationStatus(id, [], [])
  facts.oldest = { id: oldest.id, name: String(oldest.name) }
  facts.unlisted = { id: unlisted.id, name: String(unlisted.name) }

  // A quiet district: its one entry checked last month, translated, no broken links.
  names.quiet = unique('Dessau-Roßlau')
  const quiet = (await createDistrict(payload, names.quiet)).id
  people.quietEditor = await createMember(quiet, 'editor')
  const current = await createContact(payload, { district: quiet, ...published })
  await setCheck(current.id, monthsAgo(1))
  await setTranslationStatus(current.id, [], [])

  mailsBefore = smtp.received.length
  // The task as the plugin registered it, run as the job runner would (which keeps no output).
  const task = payload.config.jobs.tasks?.find(({ slug }) => slug === 'freshnessDigest')
  const handler = task!.handler as (args: { input: object; req: PayloadRequest }) => Promise<{
    output: { sent: number }
  }>
  sent = (await handler({ input: {}, req: await createLocalReq({}, payload) })).output.sent
  mailsAfter = smtp.received.length
}, 180_000)

afterAll(async () => {
  await restore?.()
  await smtp?.close()
})

describe('weekly digest', () => {
  it('counts the mails it sent', () => {
    // Other test files' districts may have editors too: at least ours, and exactly what arrived.
    expect(sent).toBeGreaterThanOrEqual(3)
    expect(sent).toBe(mailsAfter - mailsBefore)
  })

  it('tells a district’s editor, in English, what needs doing', () => {
    const mails = to(people.editor)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.subject).toBe(
      `Weekly digest ${names.district}: 1 entry to verify, 1 broken link, 2 translations to do`,
    )
    expect(mail!.text).toContain(`${facts.stale.name} (Contact), never verified`)
    expect(mail!.text).toContain(`${TEST_SERVER_URL}/admin/collections/contacts/${facts.stale.id}`)
    expect(mail!.text).toContain(`${facts.brokenUrl} (HTTP 404) in "${facts.stale.name}"`)
    expect(mail!.text).toContain('English: 1 missing')
    expect(mail!.text).toContain('Arabic: 1 outdated')
    expect(mail!.text.replace(/\r\n/g, '\n')).toContain(`All tasks in the CMS:\n${TEST_SERVER_URL}/admin\n`)
    expect(mail!.html).toContain(`<a href="${TEST_SERVER_URL}/admin/collections/contacts/${facts.stale.id}">`)
  })

  it('tells the district admin the same in German (Sie-form)', () => {
    const mails = to(people.districtAdmin)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.subject).toBe(
      `Wochenübersicht ${names.district}: 1 Eintrag prüfen, 1 defekter Link, 2 Übersetzungen offen`,
    )
    expect(mail!.text).toContain('Bitte prüfen Sie')
    expect(mail!.text).toContain(`${facts.stale.name} (Ansprechpartner / Stelle), noch nie geprüft`)
    expect(mail!.text).toContain(`${facts.brokenUrl} (HTTP 404) in „${facts.stale.name}“`)
    expect(mail!.text).toContain('Englisch: 1 fehlt')
    expect(mail!.text).toContain('Arabisch: 1 veraltet')
  })

  it('lists the 20 oldest of a district’s stale entries and counts the rest', () => {
    const mails = to(people.busyEditor)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.subject).toBe(`Wochenübersicht ${names.busy}: 21 Einträge prüfen`)
    expect(mail!.text.match(/noch nie geprüft/g)).toHaveLength(19)
    expect(mail!.text).toContain(
      `${facts.oldest.name} (Ansprechpartner / Stelle), zuletzt geprüft am ${formatDay(new Date(monthsAgo(20)), 'de')}`,
    )
    expect(mail!.text).not.toContain(facts.unlisted.name)
    expect(mail!.text).toContain('… und 1 weitere.')
    // Nothing of another district.
    expect(mail!.text).not.toContain(facts.stale.name)
    expect(mail!.text).not.toContain('Übersetzungen')
  })

  it('sends nothing to authors, viewers, or a district with nothing to report', () => {
    expect(to(people.author)).toHaveLength(0)
    expect(to(people.viewer)).toHaveLength(0)
    expect(to(people.quietEditor)).toHaveLength(0)
  })
})
