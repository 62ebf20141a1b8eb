import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { withClient } from '../../src/db/databaseAdmin'
import { freePort } from '../../src/db/freePort'
import { type FakeTranslator, startFakeTranslator } from '../helpers/fakeTranslator'
import {
  createDatabase,
  dropDatabase,
  startTestServer,
  type TestServer,
  uniqueDatabaseName,
} from '../setup/testDatabase'
import { launchBrowser, publish, screenshotOnFailure } from './browser'
import { callApi } from './callApi'
import { startProductionServer } from './productionServer'

/**
 * Content that stays current, as a district's editor meets it in a real browser against the
 * production build: an Arabic translation flagged as outdated once the German text changes and
 * clear again when the Arabic is saved; the missing Ukrainian filled by a (local, fake DeepL)
 * translation service into a draft marked "maschinell"; a contact not verified for two years on
 * the dashboard until "Als geprüft markieren"; a website that answers 404 listed as a broken link
 * after the link check ran. The server has a database of this test's own, so that the test can date the
 * contact's last check back (nothing over the API may do that).
 */
const PASSWORD = 'ein-langes-Passwort-2026'
const stateAdmin = { email: 'land@example.org', password: PASSWORD, name: 'Landesadmin' }
const editor = { email: 'redaktion@example.org', password: PASSWORD, name: 'Rita Redaktion' }
const actorName = 'Migrationsberatung Merseburg'
const arabicName = 'استشارة الهجرة ميرسبورغ'
const contactName = 'Beratungsbüro Leuna'

let postgres: TestServer
let databaseName: string
let databaseUrl: string
let links: http.Server
let translator: FakeTranslator
let brokenUrl: string
let baseUrl: string
let stopServer: (() => Promise<void>) | undefined
let browser: Browser
let adminToken: string
let actorId: number
let contactId: number
const contexts: BrowserContext[] = []
let page: Page | undefined

const api = (method: string, route: string, body?: object, token = adminToken) =>
  callApi(baseUrl, method, route, body, token)

const sql = (text: string, values: unknown[] = []) =>
  withClient(databaseUrl, (client) => client.query(text, values))

const signIn = async (person: { email: string; password: string }) => {
  const context = await browser.newContext({ locale: 'de-DE', baseURL: baseUrl })
  contexts.push(context)
  page = await context.newPage()
  await page.goto('/admin/login')
  await page.fill('#field-email', person.email)
  await page.fill('#field-password', person.password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/**
 * Scrolls the document's sidebar until `target` is there: Payload renders the fields below the
 * fold only once they come into view (the check and the translations sit below the review), and
 * a busy machine renders the form itself late.
 */
const revealSidebar = async (person: Page, target: Locator) => {
  const sidebar = person.locator('.document-fields__sidebar')
  await sidebar.waitFor()
  for (let i = 0; i < 40 && (await target.count()) === 0; i++) {
    const box = await sidebar.boundingBox()
    if (box) await person.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2)
    await person.mouse.wheel(0, 400)
    await person.waitForTimeout(150)
  }
  await target.first().scrollIntoViewIfNeeded()
}

/** The dashboard's list `name` ("Meine Aufgaben"), as its text. */
const dashboardList = async (person: Page, name: string) => {
  await person.goto('/admin')
  const list = person.locator(`.my-tasks [data-list="${name}"]`)
  return (await list.count()) ? list.innerText() : ''
}

beforeAll(async () => {
  // A web server whose every page is gone.
  links = http.createServer((_request, response) => response.writeHead(404).end('Nicht gefunden'))
  await new Promise<void>((resolve) => links.listen(0, '127.0.0.1', resolve))
  brokenUrl = `http://127.0.0.1:${(links.address() as AddressInfo).port}/beratung-alt`

  translator = await startFakeTranslator()
  postgres = await startTestServer({})
  databaseName = uniqueDatabaseName('cms_e2e')
  databaseUrl = await createDatabase(postgres.adminUrl, databaseName)
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  const started = await startProductionServer({
    PORT: String(port),
    SERVER_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    // The broken link lives on this machine, which the link check refuses to visit by default.
    LINK_CHECK_ALLOW_PRIVATE: 'true',
    TRANSLATION_PROVIDER: 'deepl',
    TRANSLATION_PROVIDER_URL: translator.url,
    TRANSLATION_PROVIDER_KEY: translator.key,
  })
  stopServer = started.stop
  browser = await launchBrowser()

  await api('POST', 'users/first-register', stateAdmin, '')
  adminToken = (await api('POST', 'users/login', stateAdmin, '')).token
  const district = (await api('POST', 'districts', { name: 'Saalekreis', officialKey: '15088' })).doc
  await api('POST', 'users', { ...editor, districts: [{ district: district.id, roles: ['editor'] }] })

  // A published actor with an Arabic name and a website that is gone.
  actorId = (
    await api('POST', 'actors', {
      district: district.id,
      name: actorName,
      kind: 'association',
      website: brokenUrl,
      _status: 'published',
    })
  ).doc.id
  await api('PATCH', `actors/${actorId}?locale=ar`, { name: arabicName, _status: 'published' })

  // A published contact last verified two years ago.
  contactId = (
    await api('POST', 'contacts', {
      district: district.id,
      kind: 'office',
      name: contactName,
      _status: 'published',
    })
  ).doc.id
  await sql(`update contacts set verified_at = now() - interval '2 years' where id = $1`, [contactId])
  await sql(`update _contacts_v set version_verified_at = now() - interval '2 years' where parent_id = $1`, [
    contactId,
  ])

  // The nightly link check, now: queued as its schedule would, run as the state admin may.
  await sql(
    `insert into payload_jobs (task_slug, queue, input, created_at, updated_at)
     values ('checkLinks', 'default', '{}', now(), now())`,
  )
  // The server's own minutely run may have taken the job first: wait for its result either way.
  await vi.waitFor(
    async () => {
      await api('GET', 'payload-jobs/run?queue=default&limit=10')
      const { rows } = await sql(`select count(*)::int as n from link_checks where outcome = 'broken'`)
      expect(rows[0].n).toBe(1)
    },
    { timeout: 120_000, interval: 1000 },
  )
}, 300_000)

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {})
  await browser?.close()
  await stopServer?.()
  if (postgres) {
    await dropDatabase(postgres.adminUrl, databaseName).catch(() => {})
    await postgres.stop()
  }
  await new Promise((resolve) => links?.close(resolve))
  await translator?.close()
})
beforeEach(() => screenshotOnFailure(() => page))

describe.sequential('an editor keeps the district’s content current', () => {
  it('sees the broken website on the dashboard', async () => {
    const editorPage = await signIn(editor)
    const broken = await dashboardList(editorPage, 'brokenLinks')
    expect(broken).toContain(actorName)
    expect(broken).toContain(brokenUrl)
    expect(broken).toContain('404')
  })

  it('sees the contact due for a check until it is marked as verified', async () => {
    const editorPage = page!
    expect(await dashboardList(editorPage, 'stale')).toContain(contactName)

    await editorPage.goto(`/admin/collections/contacts/${contactId}`)
    const verify = editorPage.getByRole('button', { name: 'Als geprüft markieren' })
    await revealSidebar(editorPage, verify)
    const verified = editorPage.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/verify'),
    )
    await verify.click()
    expect((await verified).status()).toBe(200)
    await editorPage.getByText(editor.name).first().waitFor()

    expect(await dashboardList(editorPage, 'stale')).not.toContain(contactName)
    // Nothing else changed: the published contact is as it was, now with the date of the check.
    const contact = await api('GET', `contacts/${contactId}?depth=0`, undefined, '')
    expect(contact.name).toBe(contactName)
    expect(Date.now() - new Date(contact.verifiedAt).getTime()).toBeLessThan(5 * 60_000)
  })

  it('sees the Arabic translation flagged once the German name changes, and clear once it is saved', async () => {
    const editorPage = page!
    const arabic = editorPage.locator('[data-translation-status] .translation-badge[data-locale="ar"]')
    const status = () => arabic.getAttribute('data-state')

    await editorPage.goto(`/admin/collections/actors/${actorId}`)
    await revealSidebar(editorPage, arabic)
    await expect.poll(status).toBe('current')
    await expect(arabic.innerText()).resolves.toContain('aktuell')
    await editorPage.fill('#field-name', `${actorName} (Beratung und Begleitung)`)
    await publish(editorPage, 'actors', actorId)

    await editorPage.goto(`/admin/collections/actors/${actorId}?locale=ar`)
    await revealSidebar(editorPage, arabic)
    await expect.poll(status).toBe('outdated')
    await expect(arabic.innerText()).resolves.toContain('veraltet')
    // The field concerned is named below the badge.
    await expect(editorPage.locator('[data-translation-status]').innerText()).resolves.toMatch(
      /Veraltet: Name/,
    )
    await expect(editorPage.locator('#field-name').inputValue()).resolves.toBe(arabicName)
    // Frontends are told as well.
    const answer = await api('GET', `actors/${actorId}?locale=ar&depth=0`, undefined, '')
    expect(answer.translationStatus.ar).toMatchObject({ status: 'outdated', fields: { name: 'outdated' } })

    await editorPage.fill('#field-name', 'استشارة ومرافقة الهجرة ميرسبورغ')
    await publish(editorPage, 'actors', actorId)
    await editorPage.reload()
    await revealSidebar(editorPage, arabic)
    await expect.poll(status).toBe('current')
    const again = await api('GET', `actors/${actorId}?locale=ar&depth=0`, undefined, '')
    expect(again.translationStatus.ar.status).toBe('current')
  })

  it('has the missing Ukrainian machine-translated into a draft, marked until a person saves it', async () => {
    const editorPage = page!
    const ukrainian = editorPage.locator('[data-translation-status] .translation-badge[data-locale="uk"]')
    await editorPage.goto(`/admin/collections/actors/${actorId}?locale=uk`)
    const machineTranslate = editorPage.getByRole('button', { name: 'Maschinell übersetzen (Entwurf)' })
    await revealSidebar(editorPage, machineTranslate)
    await revealSidebar(editorPage, ukrainian)
    await expect.poll(() => ukrainian.getAttribute('data-state')).toBe('missing')
    const translated = editorPage.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/machine-translate'),
    )
    await machineTranslate.click()
    expect((await translated).status()).toBe(200)
    // The fake service answers "[uk] <German>"; the form shows the draft it saved.
    await expect.poll(() => editorPage.locator('#field-name').inputValue()).toMatch(/^\[uk\] /)
    await expect.poll(() => ukrainian.innerText()).toContain('maschinell')
    expect(translator.requests.at(-1)!.body).toMatchObject({ target_lang: 'UK', source_lang: 'DE' })

    // A draft only: the published Ukrainian is still missing; the draft has the text.
    const published = await api(
      'GET',
      `actors/${actorId}?locale=uk&fallback-locale=none&depth=0`,
      undefined,
      '',
    )
    expect(published.name ?? null).toBeNull()
    const draft = await api('GET', `actors/${actorId}?locale=uk&fallback-locale=none&draft=true&depth=0`)
    expect(draft.name).toMatch(/^\[uk\] /)
    expect(draft.translationStatus.uk).toMatchObject({ machine: ['name'] })
  })
})
