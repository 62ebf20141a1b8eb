import type { LocaleCode } from '../locales'
import { deepl } from './deepl'
import { libreTranslate } from './libreTranslate'
import type { MachineTranslationSettings } from './settings'

export type TranslateOptions = {
  /** German is the source of every translation (the default locale). */
  source: 'de'
  target: LocaleCode
  /** `html`: the texts carry markup the provider keeps. Default: plain text. */
  format?: 'text' | 'html'
}

/** A machine translation service. Failures reject with a TranslationError. */
export type MachineTranslator = {
  /** The provider's name, for messages. */
  name: string
  /** Whether it translates into `target` at all (asked before any request). */
  supports: (target: LocaleCode) => boolean
  /** The translations of `texts`, in the same order. */
  translate: (texts: string[], options: TranslateOptions) => Promise<string[]>
}

/** The translator the settings name. */
export const translatorFor = (settings: MachineTranslationSettings): MachineTranslator =>
  settings.provider === 'deepl' ? deepl(settings) : libreTranslate(settings)
