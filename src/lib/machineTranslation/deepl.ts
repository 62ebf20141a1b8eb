import type { LocaleCode } from '../locales'
import { batched } from './batches'
import { postJson } from './postJson'
import type { MachineTranslationSettings } from './settings'
import type { MachineTranslator } from './translator'

const NAME = 'DeepL'

/**
 * DeepL's target codes for our locales. English needs a variant (British, as German
 * authorities write it); Persian (fa) is not among DeepL's target languages: asking for it is
 * refused before any request. Add it here once DeepL offers it.
 */
const TARGETS: Partial<Record<LocaleCode, string>> = {
  en: 'EN-GB',
  ar: 'AR',
  ru: 'RU',
  uk: 'UK',
  tr: 'TR',
}

const supports = (target: LocaleCode) => target in TARGETS

/**
 * DeepL's API (and compatible services): POST {url}/v2/translate with
 * `Authorization: DeepL-Auth-Key <key>`; it answers `{ translations: [{ text }] }` in order and
 * `{ message }` on errors (403 bad key, 456 quota used up, 429 too many requests).
 */
export const deepl = (settings: MachineTranslationSettings): MachineTranslator => ({
  name: NAME,
  supports,
  translate: batched(NAME, supports, async (texts, { target, format }) => {
    const url = new URL(settings.url)
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/v2/translate`
    const answer = await postJson({
      provider: NAME,
      url,
      headers: { Authorization: `DeepL-Auth-Key ${settings.key ?? ''}` },
      body: {
        text: texts,
        source_lang: 'DE',
        target_lang: TARGETS[target],
        ...(format === 'html' ? { tag_handling: 'html' } : {}),
      },
      timeoutMs: settings.timeoutMs,
      secret: settings.key,
      errorMessageOf: (body) => (body as { message?: unknown } | undefined)?.message,
    })
    const translations = (answer as { translations?: unknown } | null)?.translations
    return Array.isArray(translations)
      ? translations.map((translation) => (translation as { text?: unknown } | null)?.text)
      : translations
  }),
})
