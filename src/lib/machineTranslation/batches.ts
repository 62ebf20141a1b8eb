import type { LocaleCode } from '../locales'
import { TranslationError } from './translationError'
import type { MachineTranslator, TranslateOptions } from './translator'

/** Providers limit a request's size (DeepL: 50 texts, 128 KiB): larger lists are sent in parts. */
export const MAX_TEXTS_PER_CALL = 50
const MAX_CHARS_PER_CALL = 30_000

/** `texts` in consecutive parts of at most MAX_TEXTS_PER_CALL texts and MAX_CHARS_PER_CALL characters. */
export const batchesOf = (texts: string[]): string[][] => {
  const batches: string[][] = []
  let current: string[] = []
  let chars = 0
  for (const text of texts) {
    if (
      current.length &&
      (current.length >= MAX_TEXTS_PER_CALL || chars + text.length > MAX_CHARS_PER_CALL)
    ) {
      batches.push(current)
      current = []
      chars = 0
    }
    current.push(text)
    chars += text.length
  }
  if (current.length) batches.push(current)
  return batches
}

/**
 * A translator from one request per batch: the batches go one after another (a provider's
 * rate limit counts requests), each with the configured timeout, and the answer must hold one
 * string per text sent.
 */
export const batched =
  (
    name: string,
    supports: (target: LocaleCode) => boolean,
    /** One request; its answer's list of translations (anything else is malformed). */
    call: (texts: string[], options: TranslateOptions) => Promise<unknown>,
  ): MachineTranslator['translate'] =>
  async (texts, options) => {
    if (!supports(options.target)) throw new TranslationError(name, 'unsupported', options.target)
    const translated: string[] = []
    for (const batch of batchesOf(texts)) {
      const answer = await call(batch, options)
      if (!Array.isArray(answer)) throw new TranslationError(name, 'malformed', 'no list of translations')
      if (answer.length !== batch.length) {
        throw new TranslationError(name, 'malformed', `${batch.length} texts sent, ${answer.length} answered`)
      }
      if (answer.some((text) => typeof text !== 'string')) {
        throw new TranslationError(name, 'malformed', 'a translation is not text')
      }
      translated.push(...(answer as string[]))
    }
    return translated
  }
