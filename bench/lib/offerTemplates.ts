import type { Payload } from 'payload'

import type { Offer, Place } from '../../payload-types'

/**
 * The templates of the benchmark's places and offers, written through the CMS into one real
 * district like an editor would (the seed's own places and offers have no positions, hours or
 * languages to speak of). The generator copies them into every synthetic district
 * (bench/generate.ts); what makes the find scenario's filters matter is here: opening hours
 * with exceptions, places and offers in draft and in the trash, a share of offers in Arabic,
 * offers that are over, several target groups per offer.
 *
 * Their numbers are prime to 2 and 5, so that every district (4·N of them) gets clones of every
 * template: clone g copies template (g - 1) mod n and lies in district (g - 1) mod D + 1.
 */

type Status = 'published' | 'draft' | 'trashed'
type Slot = { day: 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su'; opens: string; closes: string }
type Hours = NonNullable<Place['openingHours']>
type Exception = NonNullable<Place['openingExceptions']>[number]

const week = (days: Slot['day'][], opens: string, closes: string): Slot[] =>
  days.map((day) => ({ day, opens, closes }))
const WORKDAYS: Slot['day'][] = ['mo', 'tu', 'we', 'th', 'fr']

/** Calendar days as the admin stores them (noon UTC, src/fields/dateRangeEnd.ts' DAY_ONLY). */
const day = (date: string) => `${date}T12:00:00.000Z`
const closed = (from: string, to: string, note: string): Exception => ({
  from: day(from),
  to: day(to),
  closed: true,
  note,
})
const EXCEPTIONS = {
  christmas: closed('2026-12-24', '2026-12-26', 'Weihnachten geschlossen'),
  betweenTheYears: closed('2026-12-28', '2027-01-01', 'Zwischen den Jahren geschlossen'),
  newYearsEve: {
    from: day('2026-12-31'),
    to: day('2026-12-31'),
    closed: false,
    slots: [{ opens: '09:00', closes: '12:00' }],
    note: 'Silvester nur vormittags',
  },
  summer: closed('2027-07-19', '2027-08-06', 'Sommerpause'),
  training: {
    from: day('2027-02-15'),
    to: day('2027-02-19'),
    closed: false,
    slots: [{ opens: '13:00', closes: '16:00' }],
    note: 'Fortbildung: nur nachmittags',
  },
} satisfies Record<string, Exception>

type PlaceTemplate = {
  name: string
  street: string
  postalCode: string
  city: string
  latitude: number
  longitude: number
  hours: Hours
  exceptions?: Exception[]
  accessibility?: Place['accessibility']
  publicTransport?: string
  status: Status
}

const STEP_FREE = { stepFreeEntrance: 'yes', accessibleToilet: 'yes', lift: 'yes' } as const

/** Thirteen places: eleven published, one draft, one in the trash. */
export const PLACE_TEMPLATES: PlaceTemplate[] = [
  {
    name: 'Beratungszentrum am Markt',
    street: 'Markt 1',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3556,
    longitude: 11.9898,
    hours: { slots: [...week(WORKDAYS, '09:00', '12:00'), ...week(['tu', 'th'], '13:00', '16:00')] },
    exceptions: [EXCEPTIONS.christmas, EXCEPTIONS.newYearsEve],
    accessibility: STEP_FREE,
    publicTransport: 'Bus 1, 2 und 3, Haltestelle Markt',
    status: 'published',
  },
  {
    name: 'Interkultureller Treffpunkt',
    street: 'Gotthardstraße 14',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3571,
    longitude: 11.9933,
    hours: { slots: [...week(['tu', 'th'], '14:00', '18:00'), ...week(['sa'], '10:00', '13:00')] },
    exceptions: [EXCEPTIONS.summer],
    accessibility: { stepFreeEntrance: 'no', note: 'Zwei Stufen am Eingang' },
    status: 'published',
  },
  {
    name: 'Stadtteilzentrum Nord',
    street: 'Thomas-Müntzer-Straße 6',
    postalCode: '06128',
    city: 'Halle (Saale)',
    latitude: 51.4612,
    longitude: 11.9497,
    hours: { slots: week(WORKDAYS, '08:00', '16:00') },
    exceptions: [EXCEPTIONS.betweenTheYears, EXCEPTIONS.newYearsEve],
    accessibility: STEP_FREE,
    status: 'published',
  },
  {
    name: 'Familienzentrum Regenbogen',
    street: 'Lindenstraße 22',
    postalCode: '06231',
    city: 'Bad Dürrenberg',
    latitude: 51.2948,
    longitude: 12.0665,
    hours: {
      slots: [...week(['mo', 'tu', 'we', 'th'], '09:00', '15:00'), ...week(['fr'], '09:00', '12:00')],
    },
    exceptions: [EXCEPTIONS.christmas],
    accessibility: { stepFreeEntrance: 'yes', accessibleToilet: 'no' },
    status: 'published',
  },
  {
    name: 'Migrationsberatung im Rathaus',
    street: 'Lutherstraße 9',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3542,
    longitude: 11.9921,
    hours: { byAppointmentOnly: true, note: 'Termine telefonisch oder per E-Mail' },
    accessibility: { ...STEP_FREE, hearingLoop: 'yes' },
    status: 'published',
  },
  {
    name: 'Bildungswerk Saale',
    street: 'Bahnhofstraße 3',
    postalCode: '06242',
    city: 'Braunsbedra',
    latitude: 51.2861,
    longitude: 11.8877,
    hours: { slots: week(['mo', 'tu', 'we', 'th'], '17:00', '20:00') },
    exceptions: [EXCEPTIONS.summer, EXCEPTIONS.training],
    status: 'published',
  },
  {
    name: 'Begegnungscafé',
    street: 'Kirchplatz 2',
    postalCode: '06179',
    city: 'Teutschenthal',
    latitude: 51.4528,
    longitude: 11.8021,
    hours: { slots: [...week(['we'], '10:00', '13:00'), ...week(['fr'], '15:00', '18:00')] },
    accessibility: { stepFreeEntrance: 'yes' },
    status: 'published',
  },
  {
    name: 'Jugendhaus Leuna',
    street: 'Rathausstraße 1',
    postalCode: '06237',
    city: 'Leuna',
    latitude: 51.3185,
    longitude: 12.0146,
    hours: { slots: week(WORKDAYS, '13:00', '19:00') },
    exceptions: [EXCEPTIONS.christmas, EXCEPTIONS.betweenTheYears],
    status: 'published',
  },
  {
    name: 'Stadtbibliothek',
    street: 'Domplatz 5',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3589,
    longitude: 11.9979,
    hours: {
      slots: [...week(['tu', 'we', 'th', 'fr'], '10:00', '18:00'), ...week(['sa'], '10:00', '13:00')],
    },
    exceptions: [EXCEPTIONS.training],
    accessibility: { ...STEP_FREE, disabledParking: 'yes' },
    status: 'published',
  },
  {
    name: 'Sprechstunde im Gesundheitsamt',
    street: 'Domplatz 9',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3593,
    longitude: 11.9962,
    hours: { slots: week(['mo', 'we'], '09:30', '12:30') },
    accessibility: STEP_FREE,
    status: 'published',
  },
  {
    name: 'Gemeindehaus St. Maximi',
    street: 'Oberaltenburg 3',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3608,
    longitude: 11.9941,
    hours: { slots: [...week(['th'], '18:00', '20:00'), ...week(['su'], '11:00', '13:00')] },
    status: 'published',
  },
  {
    name: 'Neue Außenstelle (in Vorbereitung)',
    street: 'Weißenfelser Straße 40',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3431,
    longitude: 11.9855,
    hours: { slots: week(WORKDAYS, '09:00', '12:00') },
    status: 'draft',
  },
  {
    name: 'Alte Außenstelle (geschlossen)',
    street: 'Hallesche Straße 70',
    postalCode: '06217',
    city: 'Merseburg',
    latitude: 51.3702,
    longitude: 11.9811,
    hours: { slots: week(WORKDAYS, '09:00', '12:00') },
    status: 'trashed',
  },
]

type OfferTemplate = {
  title: string
  en?: string
  ar?: string
  summary: string
  /** Indices into the offer types, target groups, fields of action and actors found. */
  types: number[]
  groups: number[]
  fields?: number[]
  provider: number
  languages: NonNullable<Offer['languages']>
  /** Indices into PLACE_TEMPLATES, with the offer's own hours at that place where it has them. */
  places: Array<{ place: number; hours?: Hours }>
  free?: boolean
  costNote?: string
  registration?: NonNullable<Offer['registration']>
  ages?: [number | null, number | null]
  online?: { url?: string; remote?: boolean }
  period?: [string | null, string | null]
  status: Status
}

/** Twenty-one offers: seventeen published and current, two drafts, one in the trash, one over. */
export const OFFER_TEMPLATES: OfferTemplate[] = [
  {
    title: 'Migrationsberatung für Erwachsene',
    en: 'Migration counselling for adults',
    ar: 'استشارات الهجرة للبالغين',
    summary: 'Beratung zu Aufenthalt, Arbeit, Wohnen und Behörden.',
    types: [0],
    groups: [0, 1],
    fields: [0],
    provider: 0,
    languages: ['de', 'ar', 'en'],
    places: [{ place: 0 }, { place: 4 }],
    registration: 'appointment',
    ages: [27, null],
    status: 'published',
  },
  {
    title: 'Integrationskurs mit Alphabetisierung',
    en: 'Integration course with literacy training',
    summary: 'Deutsch lesen und schreiben lernen, 900 Unterrichtsstunden.',
    types: [2, 1],
    groups: [1, 2],
    fields: [1],
    provider: 1,
    languages: ['de'],
    places: [{ place: 5 }],
    free: false,
    costNote: 'Kostenbeitrag 2,29 € je Stunde, Befreiung möglich',
    registration: 'registration',
    status: 'published',
  },
  {
    title: 'Sprachcafé',
    en: 'Language café',
    summary: 'Deutsch sprechen in lockerer Runde, ohne Anmeldung.',
    types: [1],
    groups: [2],
    provider: 2,
    languages: ['de', 'uk', 'ru'],
    places: [{ place: 6 }, { place: 1 }],
    status: 'published',
  },
  {
    title: 'Jugendmigrationsdienst',
    en: 'Youth migration service',
    ar: 'خدمة هجرة الشباب',
    summary: 'Begleitung junger Zugewanderter bis 27 Jahre in Schule, Ausbildung und Beruf.',
    types: [0, 6],
    groups: [3, 0],
    fields: [2],
    provider: 3,
    languages: ['de', 'ar', 'fa'],
    places: [{ place: 7 }],
    ages: [12, 27],
    status: 'published',
  },
  {
    title: 'Hausaufgabenhilfe',
    summary: 'Ehrenamtliche helfen bei Hausaufgaben, montags bis donnerstags.',
    types: [5],
    groups: [4],
    provider: 4,
    languages: ['de', 'en'],
    places: [{ place: 8 }],
    ages: [6, 16],
    status: 'published',
  },
  {
    title: 'Frauentreff',
    en: "Women's meeting",
    summary: 'Austausch, Kinderbetreuung während des Treffens.',
    types: [9],
    groups: [5],
    provider: 5,
    languages: ['de', 'tr', 'ku'],
    places: [{ place: 3, hours: { slots: week(['tu'], '16:00', '18:00') } }],
    status: 'published',
  },
  {
    title: 'Psychosoziale Beratung für Geflüchtete',
    summary: 'Beratung bei Belastung und Krisen, vertraulich.',
    types: [0, 7],
    groups: [0, 6],
    fields: [3],
    provider: 6,
    languages: ['de', 'ar', 'fa', 'ps'],
    places: [{ place: 4 }],
    registration: 'appointment',
    status: 'draft',
  },
  {
    title: 'Bewerbungstraining',
    en: 'Job application training',
    summary: 'Lebenslauf, Anschreiben und Vorstellungsgespräch üben.',
    types: [6],
    groups: [7, 8],
    fields: [4],
    provider: 7,
    languages: ['de', 'en'],
    places: [{ place: 2 }],
    registration: 'registration',
    ages: [18, null],
    status: 'published',
  },
  {
    title: 'Sprachmittlung bei Arztbesuchen',
    en: 'Interpreting for doctor visits',
    ar: 'الترجمة عند زيارة الطبيب',
    summary: 'Ehrenamtliche Sprachmittler begleiten zu Arzt- und Behördenterminen.',
    types: [3, 4],
    groups: [0, 9],
    fields: [5],
    provider: 8,
    languages: ['ar', 'fa', 'ru', 'uk', 'tr'],
    places: [{ place: 9 }, { place: 0 }],
    registration: 'appointment',
    online: { remote: true },
    status: 'published',
  },
  {
    title: 'Sozialberatung nach Termin',
    summary: 'Beratung zu Leistungen, Anträgen und Schulden.',
    types: [0],
    groups: [1, 7],
    provider: 9,
    languages: ['de', 'ru'],
    places: [{ place: 2, hours: { byAppointmentOnly: true, note: 'nur nach Terminvereinbarung' } }],
    status: 'published',
  },
  {
    title: 'Rechtsberatung Asyl (eingestellt)',
    summary: 'Wird nicht mehr angeboten.',
    types: [12],
    groups: [0],
    provider: 10,
    languages: ['de', 'ar'],
    places: [{ place: 0 }],
    status: 'trashed',
  },
  {
    title: 'Eltern-Kind-Gruppe',
    en: 'Parent and child group',
    summary: 'Spielen, singen, Erfahrungen austauschen.',
    types: [8],
    groups: [4, 5],
    provider: 11,
    languages: ['de', 'uk'],
    places: [{ place: 3 }],
    ages: [0, 3],
    status: 'published',
  },
  {
    title: 'Fahrradkurs für Frauen',
    summary: 'Radfahren lernen im geschützten Rahmen, Räder werden gestellt.',
    types: [10],
    groups: [5],
    provider: 12,
    languages: ['de', 'fa'],
    places: [{ place: 1, hours: { slots: week(['sa'], '10:00', '12:00') } }],
    registration: 'registration',
    status: 'published',
  },
  {
    title: 'Wohnungssuche: Beratung und Begleitung',
    en: 'Flat hunting: advice and support',
    summary: 'Hilfe bei Wohnungssuche, Mietvertrag und Wohnberechtigungsschein.',
    types: [11, 0],
    groups: [1, 2, 0],
    provider: 13,
    languages: ['de', 'en', 'fa'],
    places: [{ place: 0 }, { place: 2 }],
    status: 'published',
  },
  {
    title: 'Ehrenamtliche Patenschaften',
    summary: 'Pat*innen begleiten Neuzugewanderte im Alltag.',
    types: [4, 13],
    groups: [9],
    provider: 14,
    languages: ['de'],
    places: [{ place: 6 }],
    status: 'published',
  },
  {
    title: 'Deutschkurs für Berufstätige (geplant)',
    summary: 'Abendkurs B1, startet im Frühjahr.',
    types: [1],
    groups: [7],
    provider: 15,
    languages: ['de'],
    places: [{ place: 5 }],
    free: false,
    costNote: '120 € je Modul',
    status: 'draft',
  },
  {
    title: 'Offene Sprechstunde Migration',
    en: 'Open consultation hours on migration',
    summary: 'Ohne Termin: Fragen zu Aufenthalt, Familiennachzug und Einbürgerung.',
    types: [0],
    groups: [0, 3],
    fields: [0],
    provider: 16,
    languages: ['de', 'ar', 'ku'],
    places: [{ place: 9 }, { place: 11 }],
    status: 'published',
  },
  {
    title: 'Interkulturelles Gartenprojekt',
    summary: 'Gemeinsam gärtnern, von April bis Oktober.',
    types: [9],
    groups: [8, 9],
    provider: 17,
    languages: ['de', 'en', 'fr'],
    places: [{ place: 10 }],
    period: ['2026-04-01', '2027-10-31'],
    status: 'published',
  },
  {
    title: 'Willkommenskurs 2025',
    summary: 'Orientierungskurs für Neuankommende, abgeschlossen.',
    types: [2],
    groups: [0],
    provider: 18,
    languages: ['de', 'ar'],
    places: [{ place: 5 }],
    period: ['2025-01-06', '2025-06-30'],
    status: 'published',
  },
  {
    title: 'Gebärdensprachkurs für Familien',
    summary: 'Deutsche Gebärdensprache für gehörlose Kinder und ihre Eltern.',
    types: [1, 8],
    groups: [4],
    provider: 19,
    languages: ['de', 'gsg'],
    places: [{ place: 8 }, { place: 12 }],
    status: 'published',
  },
  {
    title: 'Frauengesundheit: Informationsabende',
    en: "Women's health: information evenings",
    ar: 'صحة المرأة: أمسيات إعلامية',
    summary: 'Ärztinnen informieren zu Vorsorge, Schwangerschaft und Verhütung.',
    types: [7],
    groups: [5, 0],
    fields: [3],
    provider: 20,
    languages: ['de', 'ar', 'tr'],
    places: [{ place: 3 }, { place: 9, hours: { slots: week(['th'], '18:00', '20:00') } }],
    online: { url: 'https://example.org/frauengesundheit', remote: false },
    status: 'published',
  },
]

const pick = <T>(list: T[], index: number, what: string): T => {
  if (list.length === 0) throw new Error(`The template district has no ${what}.`)
  return list[index % list.length]!
}

/** Ids of a collection's documents that the template district's content may point at, by id. */
const idsOf = async (
  payload: Payload,
  collection: 'target-groups' | 'actors' | 'offer-types' | 'fields-of-action',
  district: number | null,
) =>
  (
    await payload.find({
      collection,
      where: district === null ? {} : { district: { equals: district }, _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      sort: 'id',
    })
  ).docs.map(({ id }) => id)

/** Offer types the templates can name: the seed's, or a few of the generator's own when it has none. */
const offerTypes = async (payload: Payload) => {
  const found = await idsOf(payload, 'offer-types', null)
  if (found.length) return found
  for (const name of ['Beratung', 'Sprachkurs', 'Integrationskurs', 'Sprachmittlung']) {
    found.push((await payload.create({ collection: 'offer-types', data: { name } })).id)
  }
  return found
}

const WRITE = { overrideAccess: true, depth: 0, context: { skipGeocoding: true } } as const

/** Moves a document into the trash, as an editor's "delete" does. */
const trash = (payload: Payload, collection: 'places' | 'offers', id: number) =>
  payload.update({ collection, id, data: { deletedAt: new Date().toISOString() }, ...WRITE })

/**
 * Writes the templates into the district through the Local API and returns their ids, in the
 * order of PLACE_TEMPLATES and OFFER_TEMPLATES.
 */
export const writeOfferTemplates = async (
  payload: Payload,
  district: number,
): Promise<{ places: number[]; offers: number[] }> => {
  const groups = await idsOf(payload, 'target-groups', district)
  const actors = await idsOf(payload, 'actors', district)
  const fields = await idsOf(payload, 'fields-of-action', null)
  const types = await offerTypes(payload)

  const places: number[] = []
  for (const place of PLACE_TEMPLATES) {
    const { id } = await payload.create({
      collection: 'places',
      data: {
        district,
        name: place.name,
        address: { street: place.street, postalCode: place.postalCode, city: place.city },
        coordinates: { latitude: place.latitude, longitude: place.longitude },
        publicTransport: place.publicTransport,
        openingHours: { byAppointmentOnly: false, slots: [], ...place.hours },
        openingExceptions: place.exceptions ?? [],
        accessibility: place.accessibility ?? {},
        _status: place.status === 'draft' ? 'draft' : 'published',
      },
      ...WRITE,
    })
    places.push(id)
  }

  const offers: number[] = []
  for (const offer of OFFER_TEMPLATES) {
    const published = offer.status !== 'draft'
    const { id } = await payload.create({
      collection: 'offers',
      data: {
        district,
        title: offer.title,
        summary: offer.summary,
        offerTypes: offer.types.map((i) => pick(types, i, 'offer types')),
        targetGroups: [...new Set(offer.groups.map((i) => pick(groups, i, 'published target groups')))],
        fieldsOfAction: (offer.fields ?? []).map((i) => pick(fields, i, 'fields of action')),
        provider: pick(actors, offer.provider, 'published actors'),
        languages: offer.languages,
        places: offer.places.map(({ place, hours }) => ({
          place: places[place]!,
          ownHours: hours !== undefined,
          ...(hours ? { hours: { byAppointmentOnly: false, slots: [], ...hours } } : {}),
        })),
        cost: { free: offer.free ?? true, note: offer.costNote },
        // Like the seed's: whether people must register is often not known.
        registration: offer.registration ?? null,
        eligibility: { ageFrom: offer.ages?.[0] ?? null, ageTo: offer.ages?.[1] ?? null },
        online: offer.online ?? {},
        period: {
          from: offer.period?.[0] ? day(offer.period[0]) : null,
          to: offer.period?.[1] ? day(offer.period[1]) : null,
        },
        _status: published ? 'published' : 'draft',
      },
      ...WRITE,
    })
    for (const [locale, title] of [
      ['en', offer.en],
      ['ar', offer.ar],
    ] as const) {
      if (title && published) {
        await payload.update({
          collection: 'offers',
          id,
          locale,
          data: { title, _status: 'published' },
          ...WRITE,
        })
      }
    }
    if (offer.status === 'trashed') await trash(payload, 'offers', id)
    offers.push(id)
  }
  // Places go into the trash after the offers that name them are saved (a trashed place cannot
  // be chosen any more), as when a place closes.
  for (const [i, place] of PLACE_TEMPLATES.entries()) {
    if (place.status === 'trashed') await trash(payload, 'places', places[i]!)
  }
  return { places, offers }
}
