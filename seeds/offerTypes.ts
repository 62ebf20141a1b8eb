import type { OfferTypeSeed } from './types'

/**
 * Kinds of offer (Angebotsarten), the same in every district: a short list of what people look
 * for, by format (counselling, a course, interpreting, accompaniment) and by area of life. A
 * taxonomy of the project, not content of the source texts; districts' offers point at these.
 */
export const OFFER_TYPES: OfferTypeSeed[] = [
  { slug: 'beratung', name: { de: 'Beratung', en: 'Counselling' } },
  { slug: 'sprachkurs', name: { de: 'Sprachkurs', en: 'Language course' } },
  { slug: 'integrationskurs', name: { de: 'Integrationskurs', en: 'Integration course' } },
  {
    slug: 'sprachmittlung-und-dolmetschen',
    name: { de: 'Sprachmittlung und Dolmetschen', en: 'Language mediation and interpreting' },
  },
  {
    slug: 'begleitung-und-patenschaft',
    name: { de: 'Begleitung und Patenschaft', en: 'Accompaniment and mentoring' },
  },
  { slug: 'bildung-und-ausbildung', name: { de: 'Bildung und Ausbildung', en: 'Education and training' } },
  { slug: 'arbeit-und-beruf', name: { de: 'Arbeit und Beruf', en: 'Work and career' } },
  { slug: 'gesundheit', name: { de: 'Gesundheit', en: 'Health' } },
  { slug: 'kinder-und-familie', name: { de: 'Kinder und Familie', en: 'Children and family' } },
  {
    slug: 'begegnung-und-freizeit',
    name: { de: 'Begegnung und Freizeit', en: 'Meeting people and leisure' },
  },
  { slug: 'sport', name: { de: 'Sport', en: 'Sport' } },
  { slug: 'wohnen', name: { de: 'Wohnen', en: 'Housing' } },
  { slug: 'rechtsberatung', name: { de: 'Rechtsberatung', en: 'Legal advice' } },
  {
    slug: 'ehrenamt-und-engagement',
    name: { de: 'Ehrenamt und Engagement', en: 'Volunteering' },
    description: {
      de: 'Angebote für Menschen, die sich ehrenamtlich engagieren oder engagieren wollen.',
      en: 'Offers for people who volunteer or would like to.',
    },
  },
  {
    slug: 'vernetzung-und-koordination',
    name: { de: 'Vernetzung und Koordination', en: 'Networking and coordination' },
    description: {
      de: 'Für Fachleute, Behörden, Vereine und Initiativen der Integrationsarbeit: Anlaufstellen, die Akteure verbinden und Angebote abstimmen.',
      en: 'For professionals, authorities, associations and initiatives working on integration: offices that connect actors and coordinate offers.',
    },
  },
]
