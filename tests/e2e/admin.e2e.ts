import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'

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
