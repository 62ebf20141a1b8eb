import type { SelectField } from 'payload'

/**
 * ISO 639-1 codes of the languages most spoken by migrants in Germany, and German; German Sign
 * Language has no ISO 639-1 code and goes by its ISO 639-3 code `gsg`.
 */
export const LANGUAGES: Array<{ value: string; label: { de: string; en: string } }> = [
  ['de', 'Deutsch', 'German'],
  ['en', 'Englisch', 'English'],
  ['ar', 'Arabisch', 'Arabic'],
  ['fa', 'Persisch (Farsi/Dari)', 'Persian (Farsi/Dari)'],
  ['ps', 'Paschtu', 'Pashto'],
  ['ku', 'Kurdisch', 'Kurdish'],
  ['tr', 'Türkisch', 'Turkish'],
  ['ru', 'Russisch', 'Russian'],
  ['uk', 'Ukrainisch', 'Ukrainian'],
  ['pl', 'Polnisch', 'Polish'],
  ['ro', 'Rumänisch', 'Romanian'],
  ['bg', 'Bulgarisch', 'Bulgarian'],
  ['sq', 'Albanisch', 'Albanian'],
  ['sr', 'Serbisch', 'Serbian'],
  ['hr', 'Kroatisch', 'Croatian'],
  ['bs', 'Bosnisch', 'Bosnian'],
  ['fr', 'Französisch', 'French'],
  ['es', 'Spanisch', 'Spanish'],
  ['it', 'Italienisch', 'Italian'],
  ['pt', 'Portugiesisch', 'Portuguese'],
  ['vi', 'Vietnamesisch', 'Vietnamese'],
  ['zh', 'Chinesisch', 'Chinese'],
  ['hi', 'Hindi', 'Hindi'],
  ['ur', 'Urdu', 'Urdu'],
  ['ti', 'Tigrinya', 'Tigrinya'],
  ['so', 'Somali', 'Somali'],
  ['am', 'Amharisch', 'Amharic'],
  ['ka', 'Georgisch', 'Georgian'],
  ['hy', 'Armenisch', 'Armenian'],
  ['el', 'Griechisch', 'Greek'],
  ['gsg', 'Deutsche Gebärdensprache (DGS)', 'German Sign Language (DGS)'],
].map(([value, de, en]) => ({ value: value!, label: { de: de!, en: en! } }))

/** The language codes, for checking query parameters. */
export const LANGUAGE_CODES: ReadonlySet<string> = new Set(LANGUAGES.map(({ value }) => value))

export const languagesField = (name = 'languages'): SelectField => ({
  name,
  type: 'select',
  hasMany: true,
  options: LANGUAGES,
  label: { de: 'Sprachen', en: 'Languages' },
  admin: {
    description: { de: 'Sprachen, in denen beraten oder informiert wird.', en: 'Languages offered.' },
  },
})
