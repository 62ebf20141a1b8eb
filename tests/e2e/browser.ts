import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'
import { expect, onTestFailed } from 'vitest'

/**
 * Debian's Chromium (or CHROMIUM_PATH): Playwright cannot download browsers here. The flags
 * keep it from reaching out to the network, which this machine does not allow.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** Saves a screenshot of `page` to test-results/ when the current test fails. */
export const screenshotOnFailure = (page: () => Page | undefined) => {
  onTestFailed(async ({ task }) => {
    const current = page()
    if (!current) return
    const dir = path.resolve('test-results')
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${task.name.replace(/[^a-z0-9äöüß-]+/gi, '-').toLowerCase()}.png`)
    await current.screenshot({ path: file, fullPage: true }).catch(() => {})
    console.error(`Screenshot: ${file}`)
  })
}

/**
 * Clicks "Änderungen veröffentlichen" on the form of `collection`/`id` and waits until the server
 * answered the save with 200: what happens inside the save (mail, hooks) may be seen earlier than
 * the committed document, so checks after publishing start from the answer.
 */
export const publish = async (page: Page, collection: string, id: number) => {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' && response.url().includes(`/api/${collection}/${id}`),
  )
  await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
  const response = await saved
  expect(response.status(), await response.text()).toBe(200)
}
