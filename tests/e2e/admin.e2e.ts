import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshotOnFailure } from './browser'

const baseUrl = inject('baseUrl')
const admin = { email: 'landesadmin@example.org', password: 'ein-langes-Passwort-2026', name: 'Landesadmin' }

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  // An English browser on purpose: the admin must still greet editors in German.
  context = await browser.newContext({ locale: 'en-US', baseURL: baseUrl })
  page = await context.newPage()
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(() => screenshotOnFailure(() => page))

describe.sequential('the admin in a real browser', () => {
  it('asks for the first user on an empty database, in German', async () => {
    await page.goto('/admin')
    await page.waitForURL('**/admin/create-first-user')
    await expect(page.getByRole('heading', { name: 'Willkommen' }).isVisible()).resolves.toBe(true)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de')
  })

  it('registers the first user and shows the German dashboard', async () => {
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.fill('#field-confirm-password', admin.password)
    await page.fill('#field-name', admin.name)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin')
    await expect(page.getByRole('heading', { name: 'Verwaltung' }).isVisible()).resolves.toBe(true)
    await expect(page.getByText('Landkreise und Städte').first().isVisible()).resolves.toBe(true)
    await expect(page.title()).resolves.toContain('Integrationsnetzwerke')
  })

  it('logs out and logs in again', async () => {
    await page.goto('/admin/logout')
    await page.waitForURL('**/admin/login**')
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/admin')
    await expect(page.getByRole('heading', { name: 'Verwaltung' }).isVisible()).resolves.toBe(true)
  })

  it('creates a district', async () => {
    await page.goto('/admin/collections/districts/create')
    await page.fill('#field-name', 'Saalekreis')
    await page.fill('#field-officialKey', '15088')
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/districts\/\d+/)
    await expect(page.locator('#field-slug').inputValue()).resolves.toBe('saalekreis')
  })

  it('shows the network form with its German tabs and the content languages', async () => {
    await page.goto('/admin/collections/networks/create')
    await expect(page.getByText('Geschichte und Struktur').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('Änderungen veröffentlichen').first().isVisible()).resolves.toBe(true)
    await expect(page.locator('#field-name').isVisible()).resolves.toBe(true)
    await expect(page.getByText('Übersetzt in').first().isVisible()).resolves.toBe(true)
  })

  it('uploads an image to media', async () => {
    const image = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#f2a541' } })
      .png()
      .toBuffer()
    await page.goto('/admin/collections/media/create')
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'netzwerktreffen.png', mimeType: 'image/png', buffer: image })
    await page.fill('#field-alt', 'Teilnehmende beim Netzwerktreffen')
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/media\/\d+/)

    const response = await context.request.get('/api/media?where[filename][equals]=netzwerktreffen.png')
    const body = await response.json()
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]).toMatchObject({
      alt: 'Teilnehmende beim Netzwerktreffen',
      mimeType: 'image/png',
      width: 800,
    })
    const file = await context.request.get(body.docs[0].url)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toBe('image/png')
  })
})

describe.sequential('a place in the admin', () => {
  let placeId: number

  beforeAll(async () => {
    const districts = await (
      await context.request.get('/api/districts?where[slug][equals]=saalekreis')
    ).json()
    const response = await context.request.post('/api/places', {
      data: {
        district: districts.docs[0].id,
        name: 'Integrationskoordination Merseburg',
        address: { street: 'Geusaer Straße 81e', postalCode: '06217', city: 'Merseburg' },
        coordinates: { latitude: 51.3556, longitude: 11.9898 },
      },
    })
    expect(response.status(), await response.text()).toBe(201)
    placeId = (await response.json()).doc.id
  })

  it('shows the coordinates on a small map, and saves without tiles', async () => {
    await page.goto(`/admin/collections/places/${placeId}`)
    const map = page.getByTestId('place-map')
    await map.waitFor()
    await expect(map.getByRole('img', { name: /Karte um 51,3556, 11,9898/ }).isVisible()).resolves.toBe(true)
    // This machine reaches no tile server: the map says so, the form goes on working.
    await expect
      .poll(() => map.locator('figcaption').textContent(), { timeout: 15_000 })
      .toMatch(/Kartenkacheln konnten nicht geladen werden|OpenStreetMap/)
    await page.fill('#field-coordinates__latitude', '51.36')
    await expect.poll(() => map.getByRole('img').getAttribute('aria-label')).toMatch(/51,36/)
    await page.click('#action-save-draft')
    await expect
      .poll(async () => {
        const doc = await (await context.request.get(`/api/places/${placeId}?draft=true&depth=0`)).json()
        return doc.coordinates?.latitude
      })
      .toBe(51.36)
  })

  it('saves no coordinates out of range', async () => {
    await page.goto(`/admin/collections/places/${placeId}`)
    await page.locator('#field-coordinates__latitude').waitFor()
    await page.fill('#field-coordinates__latitude', '95')
    // No map for an impossible position.
    await expect.poll(() => page.getByTestId('place-map').count()).toBe(0)
    await page.click('#action-save-draft')
    await page.waitForLoadState('networkidle')
    const doc = await (await context.request.get(`/api/places/${placeId}?draft=true&depth=0`)).json()
    expect(doc.coordinates.latitude).toBe(51.36)
  })
})

describe.sequential('an editor of one district', () => {
  const editor = { email: 'redaktion.saalekreis@example.org', password: 'ein-langes-Passwort-2026' }
  const tag = `E2E-${Date.now().toString(36)}`
  const own: Record<string, number> = {}
  const foreign: Record<string, number> = {}
  let editorContext: BrowserContext
  let editorPage: Page

  /** Minimal documents per collection, as the state admin creates them over REST. */
  const LISTS: Array<{
    collection: string
    title: string
    data: (district: number, network: number) => object
  }> = [
    { collection: 'networks', title: 'name', data: () => ({}) },
    { collection: 'principles', title: 'title', data: (_d, network) => ({ network }) },
    { collection: 'goals', title: 'title', data: (_d, network) => ({ network, kind: 'goal' }) },
    { collection: 'working-groups', title: 'name', data: (_d, network) => ({ network, kind: 'fachgruppe' }) },
    { collection: 'actors', title: 'name', data: () => ({ kind: 'association' }) },
    { collection: 'contacts', title: 'name', data: () => ({ kind: 'office' }) },
    { collection: 'target-groups', title: 'name', data: () => ({}) },
    { collection: 'offers', title: 'title', data: () => ({}) },
    { collection: 'places', title: 'name', data: () => ({}) },
  ]

  const post = async (path: string, data: object) => {
    const response = await context.request.post(`/api/${path}`, { data })
    expect(response.status(), await response.text()).toBe(201)
    return (await response.json()).doc as { id: number }
  }

  beforeAll(async () => {
    const districts = await (
      await context.request.get('/api/districts?where[slug][equals]=saalekreis')
    ).json()
    const districtA = districts.docs[0].id as number
    const districtB = (await post('districts', { name: `Stendal ${tag}`, officialKey: '15090' })).id
    for (const [district, store, label] of [
      [districtA, own, 'Saalekreis'],
      [districtB, foreign, 'Stendal'],
    ] as const) {
      const network = (
        await post('networks', { district, name: `Netzwerk ${label} ${tag}`, _status: 'published' })
      ).id
      store.networks = network
      for (const { collection, title, data } of LISTS.slice(1)) {
        store[collection] = (
          await post(collection, {
            district,
            [title]: `${collection} ${label} ${tag}`,
            _status: 'published',
            ...data(district, network),
          })
        ).id
      }
    }
    await post('users', { ...editor, districts: [{ district: districtA, roles: ['editor'] }] })
    editorContext = await browser.newContext({ locale: 'de-DE', baseURL: baseUrl })
    editorPage = await editorContext.newPage()
    await editorPage.goto('/admin/login')
    await editorPage.fill('#field-email', editor.email)
    await editorPage.fill('#field-password', editor.password)
    await editorPage.click('button[type=submit]')
    await editorPage.waitForURL((url) => url.pathname === '/admin')
  })
  afterAll(async () => {
    await editorContext?.close()
  })
  beforeEach(() => screenshotOnFailure(() => editorPage))

  for (const { collection } of LISTS) {
    it(`sees only their district's ${collection} in the list`, async () => {
      await editorPage.goto(`/admin/collections/${collection}?limit=100`)
      await editorPage.getByText(`Saalekreis ${tag}`).first().waitFor()
      await expect(editorPage.getByText(`Stendal ${tag}`).count()).resolves.toBe(0)
    })
  }

  it("opens no content of another district's document by its URL", async () => {
    await editorPage.goto(`/admin/collections/networks/${foreign.networks}`)
    await editorPage.waitForLoadState('networkidle')
    await expect(editorPage.getByText(`Netzwerk Stendal ${tag}`).count()).resolves.toBe(0)
    await expect(editorPage.locator('#field-name').count()).resolves.toBe(0)
  })

  it('an author of the district may save drafts of a published document but not publish', async () => {
    const author = { email: 'autorin.saalekreis@example.org', password: 'ein-langes-Passwort-2026' }
    const districts = await (
      await context.request.get('/api/districts?where[slug][equals]=saalekreis')
    ).json()
    await post('users', { ...author, districts: [{ district: districts.docs[0].id, roles: ['author'] }] })
    const authorContext = await browser.newContext({ locale: 'de-DE', baseURL: baseUrl })
    try {
      const authorPage = await authorContext.newPage()
      await authorPage.goto('/admin/login')
      await authorPage.fill('#field-email', author.email)
      await authorPage.fill('#field-password', author.password)
      await authorPage.click('button[type=submit]')
      await authorPage.waitForURL((url) => url.pathname === '/admin')
      await authorPage.goto(`/admin/collections/networks/${own.networks}`)
      await authorPage.getByRole('button', { name: 'Entwurf speichern' }).waitFor()
      await expect(
        authorPage.getByRole('button', { name: 'Änderungen veröffentlichen' }).count(),
      ).resolves.toBe(0)
      // The form enables its fields once it has loaded the document's state.
      await expect.poll(() => authorPage.locator('#field-name').isEditable(), { timeout: 15_000 }).toBe(true)
    } finally {
      await authorContext.close()
    }
  })

  it('does not offer districts or users it may not manage', async () => {
    await editorPage.goto('/admin')
    await expect(editorPage.getByRole('heading', { name: 'Verwaltung' }).isVisible()).resolves.toBe(true)
    await editorPage.goto('/admin/collections/users')
    await editorPage.getByText(editor.email).first().waitFor()
    await expect(editorPage.getByText(admin.email).count()).resolves.toBe(0)
  })
})

describe('the production API', () => {
  it('refuses GraphQL introspection and serves no playground', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    const body = await response.json()
    expect(body.data ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).toMatch(/introspection/i)
    expect((await fetch(`${baseUrl}/api/graphql-playground`)).status).toBe(404)
    // Ordinary queries still work.
    const districts = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Districts { totalDocs } }' }),
    })
    expect((await districts.json()).data.Districts.totalDocs).toBeGreaterThanOrEqual(1)
  })
})
