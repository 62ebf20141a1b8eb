import type { Field } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/lib/configError'
import { batchesOf } from '../../src/lib/machineTranslation/batches'
import {
  DEFAULT_TIMEOUT_MS,
  machineTranslationFromEnv,
  machineTranslationOf,
  type MachineTranslationSettings,
} from '../../src/lib/machineTranslation/settings'
import { TranslationError } from '../../src/lib/machineTranslation/translationError'
import { planTranslation, translatableLeaves } from '../../src/lib/machineTranslation/translationPlan'
import { translatorFor } from '../../src/lib/machineTranslation/translator'
import { type FakeTranslator, startFakeTranslator } from '../helpers/fakeTranslator'

let fake: FakeTranslator

beforeAll(async () => {
  fake = await startFakeTranslator()
})

afterAll(() => fake.close())

beforeEach(() => {
  fake.requests.length = 0
  fake.behave({ kind: 'translate' })
})

const deepl = (overrides: Partial<MachineTranslationSettings> = {}) =>
  translatorFor({ provider: 'deepl', url: fake.url, key: fake.key, timeoutMs: 2000, ...overrides })
const libre = (overrides: Partial<MachineTranslationSettings> = {}) =>
  translatorFor({ provider: 'libretranslate', url: fake.url, key: fake.key, timeoutMs: 2000, ...overrides })

/** The TranslationError a translation rejects with. */
const failureOf = async (promise: Promise<unknown>): Promise<TranslationError> => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(TranslationError)
  return error as TranslationError
}

describe('machineTranslationFromEnv', () => {
  it('is off without TRANSLATION_PROVIDER', () => {
    expect(machineTranslationFromEnv({})).toBeNull()
    expect(machineTranslationFromEnv({ TRANSLATION_PROVIDER: '  ' })).toBeNull()
  })

  it('reads DeepL with its key; the free plan key goes to the free API by default', () => {
    expect(
      machineTranslationFromEnv({ TRANSLATION_PROVIDER: 'deepl', TRANSLATION_PROVIDER_KEY: 'abc:fx' }),
    ).toEqual({
      provider: 'deepl',
      url: 'https://api-free.deepl.com',
      key: 'abc:fx',
      timeoutMs: DEFAULT_TIMEOUT_MS,
    })
    expect(
      machineTranslationFromEnv({ TRANSLATION_PROVIDER: 'DeepL', TRANSLATION_PROVIDER_KEY: 'abc' })?.url,
    ).toBe('https://api.deepl.com')
    expect(
      machineTranslationFromEnv({
        TRANSLATION_PROVIDER: 'deepl',
        TRANSLATION_PROVIDER_KEY: 'abc',
        TRANSLATION_PROVIDER_URL: 'http://127.0.0.1:9999/deepl',
        TRANSLATION_TIMEOUT_MS: '5000',
      }),
    ).toEqual({ provider: 'deepl', url: 'http://127.0.0.1:9999/deepl', key: 'abc', timeoutMs: 5000 })
  })

  it('reads LibreTranslate with or without a key', () => {
    expect(
      machineTranslationFromEnv({
        TRANSLATION_PROVIDER: 'libretranslate',
        TRANSLATION_PROVIDER_URL: 'https://translate.example.org',
      }),
    ).toEqual({
      provider: 'libretranslate',
      url: 'https://translate.example.org',
      timeoutMs: DEFAULT_TIMEOUT_MS,
    })
  })

  it.each([
    [{ TRANSLATION_PROVIDER: 'google' }, /TRANSLATION_PROVIDER must be deepl or libretranslate.*"google"/],
    [{ TRANSLATION_PROVIDER: 'deepl' }, /needs TRANSLATION_PROVIDER_KEY/],
    [{ TRANSLATION_PROVIDER: 'libretranslate' }, /needs TRANSLATION_PROVIDER_URL/],
    [{ TRANSLATION_PROVIDER_URL: 'https://translate.example.org' }, /TRANSLATION_PROVIDER is not/],
    [
      { TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_PROVIDER_URL: 'ftp://translate.example.org' },
      /TRANSLATION_PROVIDER_URL must be an http\(s\) URL/,
    ],
    [
      {
        TRANSLATION_PROVIDER: 'libretranslate',
        TRANSLATION_PROVIDER_URL: 'https://user:pw@translate.example.org',
      },
      /without user or password/,
    ],
    [
      { TRANSLATION_PROVIDER: 'deepl', TRANSLATION_PROVIDER_KEY: 'k', TRANSLATION_TIMEOUT_MS: '20s' },
      /TRANSLATION_TIMEOUT_MS must be a whole number.*"20s"/,
    ],
    [
      { TRANSLATION_PROVIDER: 'deepl', TRANSLATION_PROVIDER_KEY: 'k', TRANSLATION_TIMEOUT_MS: '0' },
      /between 1 and 120000/,
    ],
  ])('refuses %j at start, naming the variable', (env, problem) => {
    expect(() => machineTranslationFromEnv(env)).toThrow(ConfigError)
    expect(() => machineTranslationFromEnv(env)).toThrow(problem)
  })

  it('never repeats the key in a message', () => {
    const secret = 'very-secret\nkey'
    for (const env of [
      { TRANSLATION_PROVIDER: 'deepl', TRANSLATION_PROVIDER_KEY: secret },
      { TRANSLATION_PROVIDER_KEY: secret },
      {
        TRANSLATION_PROVIDER: 'deepl',
        TRANSLATION_PROVIDER_KEY: 'very-secret',
        TRANSLATION_PROVIDER_URL: 'x',
      },
    ]) {
      let message = ''
      try {
        machineTranslationFromEnv(env)
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).not.toBe('')
      expect(message).not.toContain('very-secret')
    }
  })

  it('is found in a built config only when complete', () => {
    const settings = { provider: 'deepl', url: 'https://api.deepl.com', key: 'k', timeoutMs: 1000 }
    expect(machineTranslationOf({ custom: { integrationNetworks: { machineTranslation: settings } } })).toBe(
      settings,
    )
    expect(machineTranslationOf({ custom: { integrationNetworks: { machineTranslation: null } } })).toBeNull()
    expect(
      machineTranslationOf({ custom: { integrationNetworks: { machineTranslation: { provider: 'x' } } } }),
    ).toBeNull()
  })
})

describe('the DeepL adapter', () => {
  it('posts the texts with the key header and DeepL codes, and returns the translations in order', async () => {
    expect(await deepl().translate(['Hallo', 'Welt'], { source: 'de', target: 'ar' })).toEqual([
      '[ar] Hallo',
      '[ar] Welt',
    ])
    expect(fake.requests).toHaveLength(1)
    const [request] = fake.requests
    expect(request!.api).toBe('deepl')
    expect(request!.headers.authorization).toBe(`DeepL-Auth-Key ${fake.key}`)
    expect(request!.body).toEqual({ text: ['Hallo', 'Welt'], source_lang: 'DE', target_lang: 'AR' })
  })

  it.each([
    ['en', 'EN-GB'],
    ['uk', 'UK'],
    ['tr', 'TR'],
    ['ru', 'RU'],
  ] as const)('asks for %s as %s', async (target, code) => {
    await deepl().translate(['Hallo'], { source: 'de', target })
    expect(fake.requests[0]!.body.target_lang).toBe(code)
  })

  it('does not serve Persian and refuses it without a request', async () => {
    expect(deepl().supports('fa')).toBe(false)
    expect(deepl().supports('ar')).toBe(true)
    const error = await failureOf(deepl().translate(['Hallo'], { source: 'de', target: 'fa' }))
    expect(error.problem).toBe('unsupported')
    expect(fake.requests).toHaveLength(0)
  })

  it('asks DeepL to keep markup when the texts are HTML', async () => {
    await deepl().translate(['<b>Hallo</b>'], { source: 'de', target: 'en', format: 'html' })
    expect(fake.requests[0]!.body.tag_handling).toBe('html')
  })
})

describe('the LibreTranslate adapter', () => {
  it('posts q, source, target, format and the key, and returns the translations in order', async () => {
    expect(await libre().translate(['Hallo', 'Welt'], { source: 'de', target: 'fa' })).toEqual([
      '[fa] Hallo',
      '[fa] Welt',
    ])
    expect(fake.requests[0]!.api).toBe('libretranslate')
    expect(fake.requests[0]!.body).toEqual({
      q: ['Hallo', 'Welt'],
      source: 'de',
      target: 'fa',
      format: 'text',
      api_key: fake.key,
    })
  })

  it('sends no api_key without a key', async () => {
    const error = await failureOf(
      libre({ key: undefined }).translate(['Hallo'], { source: 'de', target: 'ar' }),
    )
    expect(fake.requests[0]!.body).not.toHaveProperty('api_key')
    expect(error).toMatchObject({ problem: 'badKey', status: 403 })
  })
})

describe('batches', () => {
  it('sends at most 50 texts per request, in order', async () => {
    const texts = Array.from({ length: 120 }, (_, index) => `Satz ${index}`)
    const translated = await libre().translate(texts, { source: 'de', target: 'uk' })
    expect(translated).toEqual(texts.map((text) => `[uk] ${text}`))
    expect(fake.requests.map(({ body }) => (body.q as string[]).length)).toEqual([50, 50, 20])
  })

  it('also splits long texts by size', () => {
    const long = 'x'.repeat(20_000)
    expect(batchesOf([long, long, 'kurz']).map((batch) => batch.length)).toEqual([1, 2])
  })
})

describe('provider failures as typed errors', () => {
  it('a provider that is down: unreachable, with the connection code', async () => {
    await fake.down()
    try {
      const error = await failureOf(deepl().translate(['Hallo'], { source: 'de', target: 'ar' }))
      expect(error).toMatchObject({ provider: 'DeepL', problem: 'unreachable', detail: 'ECONNREFUSED' })
    } finally {
      await fake.up()
    }
  })

  it('a slow provider: timeout after the configured time', async () => {
    fake.behave({ kind: 'slow', ms: 2000 })
    const started = Date.now()
    const error = await failureOf(
      deepl({ timeoutMs: 200 }).translate(['Hallo'], { source: 'de', target: 'ar' }),
    )
    expect(error.problem).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it.each([
    [403, 'badKey'],
    [456, 'quota'],
    [429, 'quota'],
    [500, 'refused'],
    [400, 'refused'],
  ] as const)('HTTP %i is %s, with the provider’s message', async (status, problem) => {
    fake.behave({ kind: 'status', status, message: `Grund ${status}` })
    for (const translator of [deepl(), libre()]) {
      const error = await failureOf(translator.translate(['Hallo'], { source: 'de', target: 'ar' }))
      expect(error).toMatchObject({ problem, status, detail: `Grund ${status}` })
    }
  })

  it('a wrong key is refused by the provider', async () => {
    const error = await failureOf(
      deepl({ key: 'wrong' }).translate(['Hallo'], { source: 'de', target: 'ar' }),
    )
    expect(error).toMatchObject({ problem: 'badKey', status: 403 })
  })

  it('never passes the key on in what the provider says', async () => {
    fake.behave({ kind: 'status', status: 400, message: `bad key ${fake.key} here` })
    const error = await failureOf(deepl().translate(['Hallo'], { source: 'de', target: 'ar' }))
    expect(error.detail).toBe('bad key *** here')
    expect(error.message).not.toContain(fake.key)
  })

  it.each([
    ['not JSON', { kind: 'garbage', body: '<html>Wartung</html>' }, /not JSON/],
    ['the wrong shape', { kind: 'garbage', body: '{"translations":"nein"}' }, /no list of translations/],
    [
      'translations that are not text',
      { kind: 'garbage', body: '{"translations":[{"text":1}]}' },
      /not text/,
    ],
    ['too few translations', { kind: 'short' }, /1 texts sent, 0 answered/],
  ] as const)('an answer with %s is malformed', async (_name, behaviour, detail) => {
    fake.behave(behaviour)
    const error = await failureOf(deepl().translate(['Hallo'], { source: 'de', target: 'ar' }))
    expect(error.problem).toBe('malformed')
    expect(error.detail).toMatch(detail)
  })
})

describe('planTranslation', () => {
  const fields: Field[] = [
    { name: 'name', type: 'text', localized: true },
    { name: 'slug', type: 'text', localized: true },
    { name: 'kind', type: 'select', localized: true, options: ['a', 'b'] },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'description', type: 'richText', localized: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Kontakt',
          fields: [
            {
              name: 'phones',
              type: 'array',
              fields: [
                { name: 'number', type: 'text' },
                { name: 'label', type: 'text', localized: true },
              ],
            },
          ],
        },
      ],
    },
    { name: 'hours', type: 'group', fields: [{ name: 'note', type: 'text', localized: true }] },
    {
      name: 'steps',
      type: 'array',
      localized: true,
      fields: [
        { name: 'title', type: 'text' },
        { name: 'order', type: 'number' },
      ],
    },
  ]
  const leaves = translatableLeaves(fields)
  const lexical = (...texts: Array<[string, number]>) => ({
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: texts.map(([text, format]) => ({ type: 'text', text, format, version: 1 })),
          version: 1,
        },
      ],
      version: 1,
    },
  })
  const german = {
    name: 'Netzwerk',
    slug: 'netzwerk',
    kind: 'a',
    summary: 'Kurz',
    description: lexical(['Ein ', 0], ['fettes', 1], [' Wort', 0]),
    phones: [
      { id: 'p1', number: '+49 1', label: 'Büro' },
      { id: 'p2', number: '+49 2', label: 'Mobil' },
    ],
    hours: { note: 'nach Vereinbarung' },
    steps: [{ id: 's1', title: 'Anmelden', order: 1 }],
  }
  const emptyTarget = {
    name: null,
    summary: null,
    description: null,
    phones: [
      { id: 'p1', number: '+49 1', label: null },
      { id: 'p2', number: '+49 2', label: null },
    ],
    hours: { note: null },
    steps: [],
  }
  const fakeTranslate = (texts: readonly string[]) => texts.map((text) => `[ar] ${text}`)

  it('finds the localized text, textarea and rich text leaves, and localized arrays holding text; no slugs, no selects', () => {
    expect(leaves.map(({ path }) => path)).toEqual([
      'name',
      'summary',
      'description',
      'phones.label',
      'hours.note',
      'steps',
    ])
  })

  it('translates every leaf missing there, row by row, keeping rows, structure and formats', () => {
    const plan = planTranslation({ leaves, german, target: emptyTarget, status: undefined })
    expect(plan.translated).toEqual(['name', 'summary', 'description', 'phones.label', 'hours.note', 'steps'])
    expect(plan.skipped).toEqual([])
    expect(plan.texts).toEqual([
      'Netzwerk',
      'Kurz',
      'Ein',
      'fettes',
      'Wort',
      'Büro',
      'Mobil',
      'nach Vereinbarung',
      'Anmelden',
    ])
    plan.fill(fakeTranslate(plan.texts))
    expect(plan.data).toEqual({
      name: '[ar] Netzwerk',
      summary: '[ar] Kurz',
      description: lexical(['[ar] Ein ', 0], ['[ar] fettes', 1], [' [ar] Wort', 0]),
      phones: [
        { id: 'p1', number: '+49 1', label: '[ar] Büro' },
        { id: 'p2', number: '+49 2', label: '[ar] Mobil' },
      ],
      hours: { note: '[ar] nach Vereinbarung' },
      // A localized array's rows are the locale's own: new ids.
      steps: [{ title: '[ar] Anmelden', order: 1 }],
    })
    // The German document is not changed on the way.
    expect(german.phones[0]!.label).toBe('Büro')
  })

  it('leaves current leaves alone and translates outdated ones, by the recorded status', () => {
    const target = { ...emptyTarget, name: 'اسم', summary: 'قديم' }
    const plan = planTranslation({
      leaves,
      german,
      target,
      status: {
        status: 'outdated',
        fields: {
          name: 'current',
          summary: 'outdated',
          description: 'current',
          'phones.label': 'current',
          'hours.note': 'current',
          steps: 'current',
        },
      },
    })
    expect(plan.translated).toEqual(['summary'])
    expect(plan.skipped).toEqual(['name', 'description', 'phones.label', 'hours.note', 'steps'])
    plan.fill(fakeTranslate(plan.texts))
    expect(plan.data).toEqual({ summary: '[ar] Kurz' })
  })

  it('without a recorded status, never overwrites text that is there', () => {
    const plan = planTranslation({
      leaves,
      german,
      target: { ...emptyTarget, name: 'اسم' },
      status: undefined,
    })
    expect(plan.skipped).toEqual(['name'])
    expect(plan.translated).not.toContain('name')
  })

  it('keeps a row’s own text where its German is empty', () => {
    const plan = planTranslation({
      leaves,
      german: { ...german, phones: [{ id: 'p1', number: '+49 1', label: '' }, german.phones[1]] },
      target: {
        ...emptyTarget,
        phones: [
          { id: 'p1', number: '+49 1', label: 'مكتب' },
          { id: 'p2', number: '+49 2', label: null },
        ],
      },
      status: { fields: { 'phones.label': 'outdated' } },
    })
    plan.fill(fakeTranslate(plan.texts))
    expect(plan.data.phones).toEqual([
      { id: 'p1', number: '+49 1', label: 'مكتب' },
      { id: 'p2', number: '+49 2', label: '[ar] Mobil' },
    ])
  })

  it('has nothing to do for a document without German text', () => {
    const plan = planTranslation({ leaves, german: { name: ' ' }, target: {}, status: undefined })
    expect(plan).toMatchObject({ texts: [], data: {}, translated: [], skipped: [] })
  })
})
