import type { CollectionBeforeChangeHook, SelectField } from 'payload'

/** The locales in which a document has its title, shown in the sidebar and list. */
export const translationsField = (locales: Array<{ code: string; label: string }>): SelectField => ({
  name: 'translations',
  type: 'select',
  hasMany: true,
  options: locales.map(({ code, label }) => ({ value: code, label })),
  label: { de: 'Übersetzt in', en: 'Translated into' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      de: 'Wird beim Speichern je Sprache ermittelt.',
      en: 'Updated whenever a locale is saved.',
    },
  },
})

/**
 * Records the locale being saved when the document's title field has text in it. The list is
 * the server's: it starts from what was stored, never from what a client sends.
 */
export const trackTranslations =
  (titleField: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const locale = req.locale
    const stored = (originalDoc?.translations ?? []) as string[]
    if (!locale || locale === 'all') return { ...data, translations: stored }
    const present = new Set<string>(stored)
    const title = data[titleField]
    if (typeof title === 'string' && title.trim()) present.add(locale)
    else present.delete(locale)
    return { ...data, translations: [...present].sort() }
  }
