import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { machineTranslateOptions } from '../../src/components/machineTranslateOptions'
import { declaredCollections } from '../../src/lib/collectionFacts'
import type { MachineTranslationSettings } from '../../src/lib/machineTranslation/settings'
import { writeSlotState } from '../../src/lib/writeSlots'
import { createMember } from '../helpers/auth'
import { createDistrict, createNetwork, published, unique } from '../helpers/factories'
import { type FakeTranslator, startFakeTranslator } from '../helpers/fakeTranslator'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * POST /api/<collection>/:id/machine-translate (src/endpoints/machineTranslate.ts) through the
 * app's real route, with the plugin's provider pointing at a local fake of DeepL and
 * LibreTranslate (tests/helpers/fakeTranslator.ts).
 */
let payload: Payload
let district: number
let fake: FakeTranslator
let author: { id: number; token: string }
let viewer: { id: number; token: string }
let outsider: { id: number; token: string }

const options = () =>
  payload.config.custom!.integrationNetworks as { machineTranslation: MachineTranslationSettings | null }
let configured: MachineTranslationSettings | null

const deepl = (timeoutMs = 3000): MachineTranslationSettings => ({
  provider: 'deepl',
  url: fake.url,
  key: fake.key,
  timeoutMs,
})

beforeAll(async () => {
  fake = await startFakeTranslator()
  payload = await testPayload()
  configured = options().machineTranslation
  district = (await createDistrict(payload)).id
  const other = (await createDistrict(payload)).id
  author = await createMember(district, 'author')
  viewer = await createMember(district, 'viewer')
  outsider = await createMember(other, 'editor')
})

afterAll(async () => {
  // The config belongs to every test file this worker runs after this one.
  if (payload) options().machineTranslation = configured
  await fake?.close()
})

beforeEach(() => {
  options().machineTranslation = deepl()
  fake.requests.length = 0
  fake.behave({ kind: 'translate' })
})

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }
const richText = (plain: string, bold: string) => ({
  root: {
    ...base,
    type: 'root',
    children: [
      {
        ...base,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text: `${plain} `, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          { type: 'text', text: bold, format: 1, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
})

/** A published network with German text only: a name, a summary, rich text and two alliances. */
const germanNetwork = () =>
  createNetwork(payload, {
    district,
    ...published,
    summary: 'Ein Netzwerk für alle.',
    description: richText('Wir beraten', 'kostenlos.') as never,
    alliances: [
      { name: 'Bündnis A', url: 'https://a.example.org' },
      { name: 'Bündnis B', url: 'https://b.example.org' },
    ],
  })

const translate = (id: number | string, body: unknown, token?: string) =>
  rest('POST', `networks/${id}/machine-translate`, { token, body })

/** The latest draft in one locale, without falling back to German. */
const draftIn = async (id: number, locale: string) =>
  payload.findByID({
    collection: 'networks',
    id,
    locale: locale as 'ar',
    fallbackLocale: false,
    draft: true,
    depth: 0,
  })

/** What the published version says in one locale (never a draft). */
const publishedIn = async (id: number, locale: string) =>
  payload.findByID({ collection: 'networks', id, locale: locale as 'ar', fallbackLocale: false, depth: 0 })

const versionsOf = async (id: number) =>
  (await payload.countVersions({ collection: 'networks', where: { parent: { equals: id } } })).totalDocs

type Answer = { status: number; json: { errors?: Array<{ message: string; data?: { field?: string } }> } }

/** A refusal: the status, a message matching `problem`, and nothing written. */
const expectRefused = async (
  network: { id: number },
  answer: Answer,
  status: number,
  problem: RegExp,
  versionsBefore: number,
) => {
  expect(answer.status).toBe(status)
  expect(answer.json.errors?.[0]?.message).toMatch(problem)
  expect(await versionsOf(network.id)).toBe(versionsBefore)
  expect((await draftIn(network.id, 'ar')).name ?? null).toBeNull()
}

describe('machine translation into drafts', () => {
  it('fills a published document’s missing Arabic as a draft; the published version stays as it was', async () => {
    const network = await germanNetwork()
    const publishedBefore = await publishedIn(network.id, 'ar')
    const anonymousBefore = await rest('GET', `networks/${network.id}?locale=ar&depth=0`)

    const answer = await translate(network.id, { locale: 'ar' }, author.token)
    expect(answer.status).toBe(200)
    expect(answer.json.locale).toBe('ar')
    expect([...answer.json.translated].sort()).toEqual(['alliances.name', 'description', 'name', 'summary'])
    expect(answer.json.skipped).toEqual([])
    expect(answer.json.doc).toMatchObject({ id: network.id, name: `[ar] ${network.name}`, _status: 'draft' })

    const draft = await draftIn(network.id, 'ar')
    expect(draft._status).toBe('draft')
    expect(draft.name).toBe(`[ar] ${network.name}`)
    expect(draft.summary).toBe('[ar] Ein Netzwerk für alle.')
    // Text nodes translated, their formats and the spaces between them kept.
    expect(draft.description).toEqual(richText('[ar] Wir beraten', '[ar] kostenlos.'))
    // The rows survive with their ids and links; only their localized names are new.
    expect(draft.alliances).toEqual([
      { id: network.alliances![0]!.id, name: '[ar] Bündnis A', url: 'https://a.example.org' },
      { id: network.alliances![1]!.id, name: '[ar] Bündnis B', url: 'https://b.example.org' },
    ])
    expect(draft.slug).toBe(network.slug)

    // German is untouched, in the draft and in the published version.
    const german = await draftIn(network.id, 'de')
    expect(german.name).toBe(network.name)
    expect(german.alliances!.map(({ name }) => name)).toEqual(['Bündnis A', 'Bündnis B'])

    // Published: nothing changed, for the server and for anonymous clients.
    expect(await publishedIn(network.id, 'ar')).toEqual(publishedBefore)
    const anonymousAfter = await rest('GET', `networks/${network.id}?locale=ar&depth=0`)
    expect(anonymousAfter.json).toEqual(anonymousBefore.json)

    // One request with DeepL's code; never the slug or the links.
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]!.body.target_lang).toBe('AR')
    const sent = fake.requests[0]!.body.text as string[]
    expect(sent).toContain(network.name)
    expect(sent.join(' ')).not.toMatch(/example\.org|netzwerk-/)
  })

  it('marks the fields it filled as machine-translated', async () => {
    const network = await germanNetwork()
    const answer = await translate(network.id, { locale: 'ar' }, author.token)
    expect(answer.status).toBe(200)
    const status = (await draftIn(network.id, 'ar')).translationStatus as Record<
      string,
      { status: string; fields: Record<string, string>; machine?: string[] }
    >
    expect([...(status.ar!.machine ?? [])].sort()).toEqual([...answer.json.translated].sort())
    expect(status.ar!.fields).toMatchObject({
      name: 'current',
      summary: 'current',
      'alliances.name': 'current',
    })
    expect(status.en!.status).toBe('missing')
  })

  it('leaves a current human translation alone and replaces an outdated one', async () => {
    const network = await germanNetwork()
    await payload.update({
      collection: 'networks',
      id: network.id,
      locale: 'ar',
      data: { name: 'شبكة الاندماج', summary: 'ملخص قديم' },
    })
    // The German summary changes after its translation was saved: that one is outdated now.
    await payload.update({
      collection: 'networks',
      id: network.id,
      locale: 'de',
      data: { summary: 'Ein Netzwerk für alle im Landkreis.' },
    })

    const answer = await translate(network.id, { locale: 'ar' }, author.token)
    expect(answer.status).toBe(200)
    expect(answer.json.skipped).toEqual(['name'])
    expect([...answer.json.translated].sort()).toEqual(['alliances.name', 'description', 'summary'])
    const draft = await draftIn(network.id, 'ar')
    expect(draft.name).toBe('شبكة الاندماج')
    expect(draft.summary).toBe('[ar] Ein Netzwerk für alle im Landkreis.')
    expect(fake.requests[0]!.body.text).not.toContain(network.name)
  })

  it('answers with nothing translated, asks nobody and writes nothing when all is current', async () => {
    const network = await germanNetwork()
    expect((await translate(network.id, { locale: 'ar' }, author.token)).status).toBe(200)
    fake.requests.length = 0
    const versions = await versionsOf(network.id)

    const again = await translate(network.id, { locale: 'ar' }, author.token)
    expect(again.status).toBe(200)
    expect(again.json.translated).toEqual([])
    expect([...again.json.skipped].sort()).toEqual(['alliances.name', 'description', 'name', 'summary'])
    expect(fake.requests).toHaveLength(0)
    expect(await versionsOf(network.id)).toBe(versions)
  })

  it('asks the provider before the write opens its transaction', async () => {
    fake.behave({ kind: 'slow', ms: 500 })
    const network = await germanNetwork()
    const begun: number[] = []
    const db = payload.db
    const beginTransaction = db.beginTransaction
    db.beginTransaction = (...args) => {
      begun.push(Date.now())
      return beginTransaction.apply(db, args)
    }
    try {
      expect((await translate(network.id, { locale: 'ar' }, author.token)).status).toBe(200)
    } finally {
      db.beginTransaction = beginTransaction
    }
    // The write's transaction (and any other) began only once the provider had answered.
    expect(begun.length).toBeGreaterThan(0)
    const answered = fake.requests[0]!.at + 500
    expect(begun.filter((at) => at < answered - 20)).toEqual([])
  })

  it('waits for a slow provider in a place of its own, not in one of the editors’ write places', async () => {
    fake.behave({ kind: 'slow', ms: 800 })
    const network = await germanNetwork()
    const pending = translate(network.id, { locale: 'ar' }, author.token)
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(writeSlotState('machineTranslations').running).toBe(1)
    expect(writeSlotState('writes').running).toBe(0)
    // Meanwhile an editor saves another document at once.
    const other = await germanNetwork()
    const saved = await rest('PATCH', `networks/${other.id}?draft=true`, {
      token: author.token,
      body: { summary: unique('Zusammenfassung') },
    })
    expect(saved.status).toBe(200)
    expect((await pending).status).toBe(200)
    expect(writeSlotState('machineTranslations').running).toBe(0)
  })

  it('translates with LibreTranslate too, also into Persian', async () => {
    options().machineTranslation = {
      provider: 'libretranslate',
      url: fake.url,
      key: fake.key,
      timeoutMs: 3000,
    }
    const network = await germanNetwork()
    const answer = await translate(network.id, { locale: 'fa' }, author.token)
    expect(answer.status).toBe(200)
    expect((await draftIn(network.id, 'fa')).summary).toBe('[fa] Ein Netzwerk für alle.')
    expect(fake.requests[0]!.body).toMatchObject({ source: 'de', target: 'fa', format: 'text' })
  })
})

describe('refusals: a 4xx naming the problem, nothing written, the provider not asked', () => {
  it.each([
    ['no body', undefined, /^locale: (missing|fehlt)/],
    ['no locale', {}, /^locale: (missing|fehlt)/],
    ['an unknown locale', { locale: 'xx' }, /^locale: (unknown locale|unbekannte Sprache) "xx"/],
    ['a locale that is not text', { locale: 42 }, /^locale: (unknown locale|unbekannte Sprache) number/],
    ['German', { locale: 'de' }, /^locale: (German is the source|Deutsch ist die Ausgangssprache)/],
    ['Persian with DeepL', { locale: 'fa' }, /^locale: DeepL (does not translate|übersetzt nicht)/],
  ])('400 for %s', async (_name, body, problem) => {
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    const answer = await translate(network.id, body, author.token)
    expect(answer.json.errors?.[0]?.data?.field).toBe('locale')
    await expectRefused(network, answer, 400, problem, versions)
    expect(fake.requests).toHaveLength(0)
  })

  it('401 without a user', async () => {
    const network = await germanNetwork()
    await expectRefused(
      network,
      await translate(network.id, { locale: 'ar' }),
      401,
      /./,
      await versionsOf(network.id),
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('403 for a viewer of the district', async () => {
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    await expectRefused(
      network,
      await translate(network.id, { locale: 'ar' }, viewer.token),
      403,
      /./,
      versions,
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('404 for a member of another district, and for no document at all', async () => {
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    await expectRefused(
      network,
      await translate(network.id, { locale: 'ar' }, outsider.token),
      404,
      /./,
      versions,
    )
    expect((await translate(2_000_000_000, { locale: 'ar' }, author.token)).status).toBe(404)
    const malformed = await translate('abc', { locale: 'ar' }, author.token)
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    expect(fake.requests).toHaveLength(0)
  })

  it('423 while somebody else has the document open', async () => {
    const network = await germanNetwork()
    const colleague = await createMember(district, 'editor')
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'networks', value: network.id },
        user: { relationTo: 'users', value: colleague.id },
      },
    })
    const versions = await versionsOf(network.id)
    await expectRefused(
      network,
      await translate(network.id, { locale: 'ar' }, author.token),
      423,
      /(somebody else|jemand anderem)/,
      versions,
    )
  })

  it('404 when no provider is configured: the installation does not offer it', async () => {
    options().machineTranslation = null
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    await expectRefused(
      network,
      await translate(network.id, { locale: 'ar' }, author.token),
      404,
      /TRANSLATION_PROVIDER/,
      versions,
    )
  })
})

describe('provider failures: 502 or 504 naming the problem, nothing written', () => {
  it('502 when the provider is down', async () => {
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    await fake.down()
    try {
      await expectRefused(
        network,
        await translate(network.id, { locale: 'ar' }, author.token),
        502,
        /DeepL (cannot be reached|ist nicht erreichbar) \(ECONNREFUSED\)/,
        versions,
      )
    } finally {
      await fake.up()
    }
  })

  it('502 with the provider’s words when it refuses (quota used up)', async () => {
    fake.behave({ kind: 'status', status: 456, message: 'Quota exceeded' })
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    const answer = await translate(network.id, { locale: 'ar' }, author.token)
    await expectRefused(network, answer, 502, /DeepL.*\(HTTP 456\): Quota exceeded/, versions)
    expect(answer.json.errors?.[0]?.data).toEqual({ provider: 'DeepL', problem: 'quota', status: 456 })
  })

  it('502 when the provider answers nonsense', async () => {
    fake.behave({ kind: 'garbage', body: '<html>Wartungsarbeiten</html>' })
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    await expectRefused(
      network,
      await translate(network.id, { locale: 'ar' }, author.token),
      502,
      /DeepL.*: not JSON/,
      versions,
    )
  })

  it('504 when the provider is slower than the timeout', async () => {
    options().machineTranslation = deepl(300)
    fake.behave({ kind: 'slow', ms: 3000 })
    const network = await germanNetwork()
    const versions = await versionsOf(network.id)
    await expectRefused(
      network,
      await translate(network.id, { locale: 'ar' }, author.token),
      504,
      /DeepL .*0[.,]3 s/,
      versions,
    )
  })

  it('409 when the document is saved while the provider works; the save is kept', async () => {
    fake.behave({ kind: 'slow', ms: 1000 })
    const network = await germanNetwork()
    const pending = translate(network.id, { locale: 'ar' }, author.token)
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
    const alliances = [{ name: unique('Neues Bündnis') }]
    await payload.update({ collection: 'networks', id: network.id, draft: true, data: { alliances } })
    const versions = await versionsOf(network.id)
    const answer = await pending
    await expectRefused(network, answer, 409, /(saved while|während der Übersetzung)/, versions)
    expect((await draftIn(network.id, 'de')).alliances!.map(({ name }) => name)).toEqual([alliances[0]!.name])
  })
})

describe('the admin button', () => {
  it('is offered in the locales the provider serves, with its name and without key or address', () => {
    expect(machineTranslateOptions(payload.config)).toEqual({
      locales: ['en', 'ar', 'ru', 'uk', 'tr'],
      provider: 'DeepL',
    })
    options().machineTranslation = { provider: 'libretranslate', url: fake.url, timeoutMs: 3000 }
    expect(machineTranslateOptions(payload.config)?.locales).toContain('fa')
    options().machineTranslation = null
    expect(machineTranslateOptions(payload.config)).toBeNull()
  })

  it('sits in the sidebar of every district content collection, before the translation status', () => {
    const collections = declaredCollections(payload.config.collections, 'content')
    expect(collections.length).toBeGreaterThan(5)
    for (const collection of collections) {
      const names = collection.fields.map((field) => ('name' in field ? field.name : undefined))
      const button = collection.fields[names.indexOf('machineTranslate')]
      expect(button, collection.slug).toMatchObject({
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/src/components/MachineTranslate#MachineTranslate' },
        },
      })
      expect(names.indexOf('machineTranslate')).toBeLessThan(names.indexOf('translationStatus'))
      expect(collection.endpoints || []).toContainEqual(
        expect.objectContaining({ path: '/:id/machine-translate', method: 'post' }),
      )
    }
  })
})
