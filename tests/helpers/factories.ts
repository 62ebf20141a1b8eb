import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Media } from '../../payload-types'

let counter = 0
/** A value unique within this test run, for names, slugs and e-mails. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`

/** Five digits no real district uses (real keys start with 01 to 16). */
/** 90000–98999: the keys from 99000 up are left to tests that write one by hand. */
const randomOfficialKey = () => String(90000 + Math.floor(Math.random() * 9000))

/** A district with a fresh key; test files run in parallel, so a taken key is retried. */
export const createDistrict = async (payload: Payload, name = unique('Landkreis')) => {
  for (let attempt = 0; ; attempt++) {
    const officialKey = randomOfficialKey()
    const taken = await payload.count({
      collection: 'districts',
      where: { officialKey: { equals: officialKey } },
    })
    if (taken.totalDocs === 0 || attempt > 20) {
      return payload.create({ collection: 'districts', data: { name, officialKey } })
    }
  }
}

export const PASSWORD = 'ein-langes-Passwort-2026'

export const createUser = (payload: Payload, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'users',
    data: { email: `${unique('user')}@example.org`, password: PASSWORD, ...data },
  })

/** How many locks are held on a document, whoever holds them. */
export const locksOn = async (payload: Payload, document: number) =>
  (
    await payload.count({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: document } },
    })
  ).totalDocs

/** Spread into a document's data to create it published (without it, content starts as a draft). */
export const published = { _status: 'published' as const }

/** Any fields of a new document of `T`, with the district it belongs to. */
type InDistrict<T extends CollectionSlug> = Partial<RequiredDataFromCollectionSlug<T>> & { district: number }

/** A network, a draft unless `published` is spread in. */
export const createNetwork = (payload: Payload, { district, ...data }: InDistrict<'networks'>) =>
  payload.create({ collection: 'networks', data: { name: unique('Netzwerk'), ...data, district } })

/** An actor: an association unless `kind` says otherwise, a draft unless published. */
export const createActor = (payload: Payload, { district, ...data }: InDistrict<'actors'>) =>
  payload.create({
    collection: 'actors',
    data: { name: unique('Verein'), kind: 'association', ...data, district },
  })

/** A contact: an office unless `kind: 'person'` (then listed only with consent), a draft unless published. */
export const createContact = (payload: Payload, { district, ...data }: InDistrict<'contacts'>) =>
  payload.create({
    collection: 'contacts',
    data: { name: unique('Stelle'), kind: 'office', ...data, district },
  })

/** A working group (a Fachgruppe) of `network`, a draft unless published. */
export const createWorkingGroup = (
  payload: Payload,
  { district, network, ...data }: InDistrict<'working-groups'> & { network: number },
) =>
  payload.create({
    collection: 'working-groups',
    data: { name: unique('Fachgruppe'), kind: 'fachgruppe', ...data, district, network },
  })

/** A principle of `network`, a draft unless published. */
export const createPrinciple = (
  payload: Payload,
  { district, network, ...data }: InDistrict<'principles'> & { network: number },
) =>
  payload.create({
    collection: 'principles',
    data: { title: unique('Grundsatz'), ...data, district, network },
  })

/** A goal of `network` or of `workingGroup` (exactly one of them), a draft unless published. */
export const createGoal = (payload: Payload, { district, ...data }: InDistrict<'goals'>) =>
  payload.create({ collection: 'goals', data: { title: unique('Ziel'), kind: 'goal', ...data, district } })

/** A target group, a draft unless published. */
export const createTargetGroup = (payload: Payload, { district, ...data }: InDistrict<'target-groups'>) =>
  payload.create({ collection: 'target-groups', data: { name: unique('Zielgruppe'), ...data, district } })

/** A place, a draft unless published; no geocoding (tests that want it say so). */
export const createPlace = (payload: Payload, { district, ...data }: InDistrict<'places'>) =>
  payload.create({
    collection: 'places',
    data: { name: unique('Ort'), ...data, district },
    context: { skipGeocoding: true },
  })

/** An offer, a draft unless published. */
export const createOffer = (payload: Payload, { district, ...data }: InDistrict<'offers'>) =>
  payload.create({ collection: 'offers', data: { title: unique('Angebot'), ...data, district } })

/** An offer type (state-wide: no district). */
export const createOfferType = (
  payload: Payload,
  data: Partial<RequiredDataFromCollectionSlug<'offer-types'>> = {},
) => payload.create({ collection: 'offer-types', data: { name: unique('Angebotsart'), ...data } })

/** A field of action (state-wide: no district). */
export const createFieldOfAction = (
  payload: Payload,
  data: Partial<RequiredDataFromCollectionSlug<'fields-of-action'>> = {},
) => payload.create({ collection: 'fields-of-action', data: { name: unique('Handlungsfeld'), ...data } })

const MEDIA_FILES = {
  png: () => ({
    alt: 'Bild',
    filename: `${unique('bild')}.png`,
    mimeType: 'image/png',
    filesize: 1024,
    width: 40,
    height: 40,
  }),
  pdf: () => ({
    alt: 'Flyer',
    filename: `${unique('flyer')}.pdf`,
    mimeType: 'application/pdf',
    filesize: 10,
  }),
}

/**
 * A media document's database record only, without a file: an upload would write into the media
 * directory, which tests/api/media.test.ts compares before and after its own uploads, in parallel
 * with other files. A 40 × 40 PNG (or a flyer, `file: 'pdf'`), private and unused unless the data
 * says otherwise; hooks do not run.
 */
export const createMedia = async (
  payload: Payload,
  { district, file = 'png', ...data }: InDistrict<'media'> & { file?: keyof typeof MEDIA_FILES },
) =>
  (await payload.db.create({
    collection: 'media',
    data: { ...MEDIA_FILES[file](), public: false, usedPublicly: false, ...data, district },
  })) as Media
