import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { freePort } from '../../src/db/freePort'
import { type ReceivedMail, type SmtpListener, startSmtpListener } from '../helpers/smtpListener'
import { launchBrowser, publish, screenshotOnFailure } from './browser'
import { callApi } from './callApi'
import { startProductionServer } from './productionServer'

/**
 * A district team's review from the invitation to the publication, in a real browser against
 * the production build: its own server (SERVER_URL known before the start, for the links in
 * the mails) with its own database and a real SMTP listener, so that every mail is read as the
 * person would read it and every link in it is followed.
 */
const PASSWORD = 'ein-langes-Passwort-2026'
const stateAdmin = { email: 'land@example.org', password: PASSWORD, name: 'Landesadmin' }
const editor = { email: 'redaktion@example.org', password: PASSWORD, name: 'Rita Redaktion' }
const author = { email: 'autor@example.org', name: 'Anton Autor' }
const title = 'Migrationsberatung Merseburg'
const comment = 'Bitte die Sprechzeiten ergänzen.'

let smtp: SmtpListener
let baseUrl: string
let stopServer: (() => Promise<void>) | undefined
let browser: Browser
let actorId: number
const contexts: BrowserContext[] = []
let page: Page | undefined

/** The mails to `to` so far, oldest first. */
const mailsTo = (to: string) => smtp.received.filter((mail) => mail.to.includes(to))

/** Waits for the `n`th mail (1-based) to `to`. */
const nthMailTo = async (to: string, n: number): Promise<ReceivedMail> => {
  await expect.poll(() => mailsTo(to).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(n)
  return mailsTo(to)[n - 1]!
}

/** The one link into the CMS a mail carries (its button). */
const linkIn = (mail: ReceivedMail) => {
  const links = [...new Set(mail.text.match(new RegExp(`${baseUrl}/admin/[^\\s)>"]+`, 'g')) ?? [])]
  expect(links, mail.text).toHaveLength(1)
  return links[0]!
}

const api = (method: string, route: string, body?: object, token?: string) =>
  callApi(baseUrl, method, route, body, token)

/** A browser of its own for a person, German as the team's. */
const personPage = async () => {
  const context = await browser.newContext({ locale: 'de-DE', baseURL: baseUrl })
  contexts.push(context)
  page = await context.newPage()
  return page
}

const signIn = async (person: { email: string; password: string }) => {
  const signed = await personPage()
  await signed.goto('/admin/login')
  await signed.fill('#field-email', person.email)
  await signed.fill('#field-password', person.password)
  await signed.click('button[type=submit]')
  await signed.waitForURL((url) => url.pathname === '/admin')
  return signed
}

/** Who holds Payload's lock on the actor (their e-mail), if anybody. */
const lockHolder = async (): Promise<string | undefined> => {
  const { docs } = await api(
    'GET',
    `payload-locked-documents?where[document.relationTo][equals]=actors&where[document.value][equals]=${actorId}&depth=1`,
    undefined,
    adminToken,
  )
  return docs[0]?.user?.value?.email
}

/**
 * Opens the actor (by `url`, e.g. a mail's link) until its form can be edited. Whoever opened it
 * last keeps Payload's lock for minutes after saving; the next person then sees "… bearbeitet
 * gerade dieses Dokument" and takes over, as the modal offers. Asked of the server first: the
 * modal appears only once the page has hydrated, and a save before taking over gets a 423.
 */
const openActor = async (person: Page, email: string, url = `/admin/collections/actors/${actorId}`) => {
  const holder = await lockHolder()
  await person.goto(url)
  if (holder && holder !== email) {
    await person.getByRole('button', { name: 'Übernehmen' }).click()
    // Taking over reloads the form's state: typing before it has settled would be lost.
    await person.locator('#document-locked').waitFor({ state: 'detached' })
    await person.waitForLoadState('networkidle')
  }
  await expect.poll(() => person.locator('#field-name').isEditable(), { timeout: 15_000 }).toBe(true)
}

/** Clicks "Entwurf speichern" and waits for the server to have saved it. */
const saveDraft = async (person: Page) => {
  const saved = person.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' && response.url().includes(`/api/actors/${actorId}`),
  )
  await person.getByRole('button', { name: 'Entwurf speichern' }).click()
  const response = await saved
  expect(response.status(), await response.text()).toBe(200)
}

/** The actor's draft as the API has it. */
const draftOf = async (token: string) =>
  (await api('GET', `actors/${actorId}?draft=true&depth=0`, undefined, token)) as {
    name: string
    _status: string
    review: { requested: boolean; changesRequested: boolean; comment: string | null }
  }

let adminToken: string

beforeAll(async () => {
  smtp = await startSmtpListener()
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  // Its own server: the links in the mails need SERVER_URL, known before the start.
  const started = await startProductionServer({
    PORT: String(port),
    SERVER_URL: baseUrl,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'CMS Saalekreis <cms@example.org>',
  })
  stopServer = started.stop
  browser = await launchBrowser()

  // The state admin, the district, an editor and a published actor: set up over the API, as the
  // admin's own forms for them are covered in admin.e2e.ts.
  await api('POST', 'users/first-register', stateAdmin)
  adminToken = (await api('POST', 'users/login', stateAdmin)).token
  const district = (await api('POST', 'districts', { name: 'Saalekreis', officialKey: '15088' }, adminToken))
    .doc
  await api(
    'POST',
    'users',
    { ...editor, districts: [{ district: district.id, roles: ['editor'] }] },
    adminToken,
  )
  actorId = (
    await api(
      'POST',
      'actors',
      { district: district.id, name: title, kind: 'association', _status: 'published' },
      adminToken,
    )
  ).doc.id
}, 300_000)

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {})
  await browser?.close()
  await stopServer?.()
  await smtp?.close()
})
beforeEach(() => screenshotOnFailure(() => page))

describe.sequential('a district team from the invitation to the publication', () => {
  let authorPage: Page
  let editorPage: Page

  it('the state admin invites an author from the users list, without a password', async () => {
    const admin = await signIn(stateAdmin)
    await admin.goto('/admin/collections/users')
    await admin.getByRole('button', { name: 'Person einladen' }).click()
    const form = admin.getByRole('form', { name: 'Person einladen' })
    await expect(form.textContent()).resolves.toContain('gültig 7 Tage')
    await form.getByLabel('E-Mail', { exact: true }).fill(author.email)
    await form.getByLabel('Name', { exact: true }).fill(author.name)
    // The only district is chosen already; the role is picked.
    await expect(form.getByLabel('Landkreis / Stadt').inputValue()).resolves.not.toBe('')
    await form.getByLabel('Rolle').selectOption({ label: 'Autorin / Autor' })
    await form.getByRole('button', { name: 'Einladung senden' }).click()
    await admin.getByRole('status').getByText(`Einladung an ${author.email} gesendet.`).waitFor()
    // The list shows the new account at once.
    await admin.locator('table tbody tr', { hasText: author.email }).waitFor()
    // The same address again: refused with the server's reason, naming the field.
    await admin.getByRole('button', { name: 'Person einladen' }).click()
    await form.getByLabel('E-Mail', { exact: true }).fill(author.email)
    await form.getByRole('button', { name: 'Einladung senden' }).click()
    const refusal = admin.getByRole('alert').filter({ hasText: 'nicht gesendet' })
    await expect(refusal.textContent()).resolves.toContain('email')
    await form.getByRole('button', { name: 'Abbrechen' }).click()

    const invitation = await nthMailTo(author.email, 1)
    expect(invitation.subject).toBe('Ihre Einladung in das CMS der Integrationsnetzwerke')
    expect(invitation.from).toBe('cms@example.org')
    expect(invitation.text).toContain('Landesadmin hat für Sie ein Konto')
    expect(linkIn(invitation)).toMatch(new RegExp(`^${baseUrl}/admin/reset/\\w+$`))
  })

  it('the author chooses a password through the link and signs in with it', async () => {
    authorPage = await personPage()
    await authorPage.goto(linkIn(mailsTo(author.email)[0]!))
    await authorPage.fill('#field-password', PASSWORD)
    await authorPage.fill('#field-confirm-password', PASSWORD)
    await authorPage.click('button[type=submit]')
    await authorPage.waitForURL((url) => url.pathname === '/admin')
    await authorPage.goto('/admin/logout')
    await authorPage.waitForURL('**/admin/login**')
    authorPage = await signIn({ email: author.email, password: PASSWORD })
    await expect(authorPage.getByRole('heading', { name: 'Meine Aufgaben' }).isVisible()).resolves.toBe(true)
    // The link was for one use.
    const again = await fetch(`${baseUrl}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: linkIn(mailsTo(author.email)[0]!).split('/').pop(), password: PASSWORD }),
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
  })

  it('the author revises the published actor and submits the draft; the editor is notified', async () => {
    page = authorPage
    await openActor(authorPage, author.email)
    await authorPage.fill('#field-name', `${title} (Beratung)`)
    await authorPage.check('#field-review__requested')
    await saveDraft(authorPage)

    const notice = await nthMailTo(editor.email, 2) // the first is the editor's own invitation
    expect(notice.subject).toBe(`Anton Autor bittet um Prüfung von „${title} (Beratung)“`)
    expect(linkIn(notice)).toBe(`${baseUrl}/admin/collections/actors/${actorId}`)
    expect((await draftOf(adminToken)).review.requested).toBe(true)
    // Still the published version for everybody else.
    const published = await (await fetch(`${baseUrl}/api/actors/${actorId}`)).json()
    expect(published.name).toBe(title)
  })

  it('the editor follows the link, compares, and sends the draft back with a comment', async () => {
    editorPage = await signIn(editor)
    await openActor(editorPage, editor.email, linkIn(mailsTo(editor.email)[1]!))
    await editorPage.getByText('Zur Prüfung eingereicht').first().waitFor()
    // The review panel leads to Payload's comparison of the draft with the published version.
    const compare = editorPage.getByRole('link', { name: 'Unterschied zur veröffentlichten Fassung ansehen' })
    await expect(compare.getAttribute('href')).resolves.toMatch(/\/versions\/\w+\?versionFrom=\w+/)
    await editorPage.check('#field-review__changesRequested')
    await editorPage.fill('#field-review__comment', comment)
    await saveDraft(editorPage)

    const sentBack = await nthMailTo(author.email, 2)
    expect(sentBack.subject).toBe(`Änderungen erbeten für „${title} (Beratung)“`)
    expect(sentBack.text).toContain(comment)
    expect(sentBack.text).toContain('Rita Redaktion')
    await expect.poll(async () => (await draftOf(adminToken)).review.changesRequested).toBe(true)
  })

  it('the author sees the request in their tasks, revises and submits again', async () => {
    page = authorPage
    await authorPage.goto('/admin')
    // "Meine Aufgaben → Änderungen erbeten", with the editor's comment.
    const sentBack = authorPage.locator('.my-tasks [data-list=changesRequested]')
    await sentBack.getByText(comment).waitFor()
    await expect(sentBack.getByRole('link', { name: `${title} (Beratung)` }).isVisible()).resolves.toBe(true)
    await openActor(authorPage, author.email)
    await authorPage.fill('#field-name', `${title} (Beratung, Sprechzeiten Di und Do)`)
    await authorPage.check('#field-review__requested')
    await saveDraft(authorPage)

    await nthMailTo(editor.email, 3)
    const draft = await draftOf(adminToken)
    // Settled by the resubmission; the comment stays for the editor to check against until publication.
    expect(draft.review).toMatchObject({ requested: true, changesRequested: false, comment })
  })

  it('the editor publishes; the author is told, and the public sees the new version', async () => {
    page = editorPage
    await openActor(editorPage, editor.email)
    await expect
      .poll(() => editorPage.locator('#field-name').inputValue(), { timeout: 15_000 })
      .toContain('Sprechzeiten')
    // The mail goes out inside the publishing transaction: the public sees it once the save answered.
    await publish(editorPage, 'actors', actorId)

    const published = await nthMailTo(author.email, 3)
    expect(published.subject).toBe(`„${title} (Beratung, Sprechzeiten Di und Do)“ ist veröffentlicht`)
    const doc = await (await fetch(`${baseUrl}/api/actors/${actorId}`)).json()
    expect(doc.name).toBe(`${title} (Beratung, Sprechzeiten Di und Do)`)
    expect(doc.review).toBeUndefined()
  })

  it('the audit log shows each step with its author', async () => {
    const admin = await signIn(stateAdmin)
    await admin.goto(
      `/admin/collections/audit-log?limit=50&sort=createdAt&where[collection][equals]=actors&where[documentId][equals]=${actorId}`,
    )
    const rows = admin.locator('table tbody tr')
    await rows.first().waitFor()
    const steps = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText))
    // Each step in its order, by its author (other entries, such as plain edits, may come between).
    const expected: Array<[string, string]> = [
      ['Angelegt', stateAdmin.email],
      ['Zur Prüfung eingereicht', author.email],
      ['Änderungen erbeten', editor.email],
      ['Zur Prüfung eingereicht', author.email],
      ['Veröffentlicht', editor.email],
    ]
    let next = 0
    for (const text of steps) {
      const [action, who] = expected[next] ?? []
      if (action && text.includes(action) && text.includes(who!)) next += 1
    }
    expect(expected.slice(next), steps.join('\n')).toEqual([])
    // The invitation and the author's password are there too, under the account.
    await admin.goto('/admin/collections/audit-log?limit=50&where[collection][equals]=users')
    await admin.locator('table tbody tr').first().waitFor()
    await expect(
      admin.locator('table tbody tr', { hasText: 'Passwort zurückgesetzt' }).count(),
    ).resolves.toBeGreaterThan(0)
  })
})
