import type { FieldOfActionSeed } from './types'

/**
 * The shared taxonomy: Magdeburg's Handlungsfelder as named there, plus what Halle's
 * Fachgruppen and Saalekreis's goals add without a counterpart (leisure, health and sport;
 * information and public relations). Districts name their own groups in their own words
 * and point at these.
 */
export const FIELDS_OF_ACTION: FieldOfActionSeed[] = [
  { slug: 'sprache', name: { de: 'Sprache', en: 'Language' } },
  {
    slug: 'arbeit-und-ausbildung',
    name: { de: 'Arbeit und Ausbildung', en: 'Work and vocational training' },
  },
  { slug: 'jugend-und-soziales', name: { de: 'Jugend und Soziales', en: 'Youth and social affairs' } },
  { slug: 'kultur-und-religion', name: { de: 'Kultur und Religion', en: 'Culture and religion' } },
  {
    slug: 'gleichberechtigung-von-frauen-und-maedchen',
    name: {
      de: 'Gleichberechtigung von Frauen und Mädchen mit Migrationshintergrund',
      en: 'Equal rights for women and girls with a migration background',
    },
  },
  {
    slug: 'wohnen-und-nachbarschaft',
    name: {
      de: 'Wohnen / interkulturelle Konflikte in der Nachbarschaft',
      en: 'Housing / intercultural conflicts in the neighbourhood',
    },
  },
  { slug: 'schule-und-bildung', name: { de: 'Schule und Bildung', en: 'School and education' } },
  { slug: 'interkulturelle-arbeit', name: { de: 'Interkulturelle Arbeit', en: 'Intercultural work' } },
  {
    slug: 'soziale-integration-und-partizipation',
    name: { de: 'Soziale Integration und Partizipation', en: 'Social integration and participation' },
  },
  {
    slug: 'politische-partizipation',
    name: { de: 'Politische Partizipation', en: 'Political participation' },
  },
  {
    slug: 'oeffnung-der-regelangebote',
    name: {
      de: 'Soziale Integration sowie Öffnung der Regelangebote',
      en: 'Social integration and opening of mainstream services',
    },
  },
  {
    slug: 'freizeit-gesundheit-und-sport',
    name: { de: 'Freizeit, Gesundheit und Sport', en: 'Leisure, health and sport' },
  },
  {
    slug: 'information-und-oeffentlichkeitsarbeit',
    name: { de: 'Information und Öffentlichkeitsarbeit', en: 'Information and public relations' },
  },
]

/** Magdeburg names these eleven as the Handlungsfelder of its integration work. */
export const MAGDEBURG_FIELDS_OF_ACTION = FIELDS_OF_ACTION.slice(0, 11).map(({ slug }) => slug)
