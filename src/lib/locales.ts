/** Content locales: German first (the default and fallback), then the languages most asked for. */
export const LOCALES = [
  { code: 'de', label: 'Deutsch' },
  { code: 'en', label: 'English' },
  { code: 'ar', label: 'العربية', rtl: true },
  { code: 'fa', label: 'فارسی', rtl: true },
  { code: 'ru', label: 'Русский' },
  { code: 'uk', label: 'Українська' },
  { code: 'tr', label: 'Türkçe' },
] as const

export const DEFAULT_LOCALE = 'de'

export type LocaleCode = (typeof LOCALES)[number]['code']
export const LOCALE_CODES: LocaleCode[] = LOCALES.map(({ code }) => code)

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  (LOCALE_CODES as unknown[]).includes(value)
