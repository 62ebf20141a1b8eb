import type { Field } from 'payload'

/** Content locales other than German: the languages a German text is translated into. */
const translated = (locales: ReadonlyArray<{ code: string; label: string }>) =>
  locales.filter(({ code }) => code !== 'de').map(({ code, label }) => ({ value: code, label }))

/**
 * The translation status of a document, written by the server whenever a locale is saved
 * (collections/hooks/trackTranslationStatus.ts): per locale and localized field, whether the
 * translation is missing, current, or outdated because the German text changed after the
 * translation was saved. `translationStatus` is the detail (the API, the sidebar, the list
 * column); the two selects hold the same per locale in a form that lists and counts can query.
 */
export const translationStatusFields = (locales: ReadonlyArray<{ code: string; label: string }>): Field[] => [
  {
    name: 'translationStatus',
    type: 'json',
    label: { de: 'Stand der Übersetzungen', en: 'Translation status' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      // Badges per locale instead of the JSON (src/components/translationBadges.ts).
      components: {
        Field: '/src/components/TranslationStatusField#TranslationStatusField',
        Cell: '/src/components/TranslationStatusCell#TranslationStatusCell',
      },
    },
  },
  {
    name: 'translationsOutdated',
    type: 'select',
    hasMany: true,
    options: translated(locales),
    label: { de: 'Übersetzung veraltet', en: 'Translation outdated' },
    admin: { hidden: true },
  },
  {
    name: 'translationsMissing',
    type: 'select',
    hasMany: true,
    options: translated(locales),
    label: { de: 'Übersetzung fehlt', en: 'Translation missing' },
    admin: { hidden: true },
  },
  {
    // Per locale and field, the hash of the German text a translation was made from; and which
    // fields a machine filled in. Internal: never in an answer.
    name: 'translationSources',
    type: 'json',
    hidden: true,
  },
]
