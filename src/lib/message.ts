type WithLanguage = { i18n?: { language?: string } } | undefined

/** A validation message in the request's admin language: German unless English was chosen. */
export const message = (req: WithLanguage, de: string, en: string): string =>
  req?.i18n?.language === 'en' ? en : de
