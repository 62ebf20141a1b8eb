import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers'
import { DISTRICTS } from './districts'
import { FIELDS_OF_ACTION } from './fieldsOfAction'
import { DISTRICT_CONTENT } from './index'
import { proseToRichText } from './prose'
import type { DistrictContent, Translated } from './types'

type Log = (line: string) => void

export type SeedOptions = {
  /** Wipe the seeded districts' content before seeding (the caller asks for confirmation). */
  reset?: boolean
  /** Overwrite documents that already exist with the seed's version (editors' changes are lost). */
  update?: boolean
  /** Create the demo logins (never in production). */
  demoUsers?: boolean
  log?: Log
  content?: DistrictContent[]
}

export type Tally = { created: number; updated: number; kept: number }

export type SeedReport = {
  /** Per collection slug. */
  tally: Record<string, Tally>
  /** E-mails of demo users created by this run. */
  demoUsersCreated: string[]
}

/** District content collections in the order their references allow writing them. */
export const CONTENT_COLLECTIONS = [
  'networks',
  'target-groups',
  'actors',
  'contacts',
  'working-groups',
  'principles',
  'goals',
] as const satisfies CollectionSlug[]
type ContentSlug = (typeof CONTENT_COLLECTIONS)[number]

const ENTRIES: Record<ContentSlug, keyof DistrictContent> = {
  networks: 'networks',
  'target-groups': 'targetGroups',
  actors: 'actors',
  contacts: 'contacts',
  'working-groups': 'workingGroups',
  principles: 'principles',
  goals: 'goals',
}

/** Fields whose seed value is a slug (or slugs) of another collection. */
const REFERENCES: Record<ContentSlug, Record<string, CollectionSlug>> = {
  networks: {},
  'target-groups': { networks: 'networks' },
  actors: { fieldsOfAction: 'fields-of-action', targetGroups: 'target-groups' },
  contacts: { actor: 'actors', networks: 'networks' },
  'working-groups': {
    network: 'networks',
    chair: 'contacts',
    memberActors: 'actors',
    fieldsOfAction: 'fields-of-action',
    targetGroups: 'target-groups',
  },
  principles: { network: 'networks' },
  goals: {
    network: 'networks',
    workingGroup: 'working-groups',
    fieldsOfAction: 'fields-of-action',
    targetGroups: 'target-groups',
  },
}

/** Fields whose seed value is prose, stored as rich text. */
const RICH_TEXT: Partial<Record<ContentSlug, string[]>> = {
  networks: ['description', 'history'],
  principles: ['text'],
  goals: ['description'],
  'working-groups': ['profile'],
  actors: ['description'],
}

/** Networks point at contacts, which point back at networks: written in a second pass. */
const DEFERRED: Partial<Record<ContentSlug, Record<string, CollectionSlug>>> = {
  networks: { coordinatingContacts: 'contacts' },
}

const ORDERED: ContentSlug[] = ['principles', 'goals']

const isTranslated = (value: unknown): value is Translated =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object)
    .sort()
    .join() === 'de,en'

class Ids {
  private readonly ids = new Map<string, number>()
  set(collection: CollectionSlug, slug: string, id: number) {
    this.ids.set(`${collection}/${slug}`, id)
  }
  get(collection: CollectionSlug, slug: string, where: string): number {
    const id = this.ids.get(`${collection}/${slug}`)
    if (id === undefined) throw new Error(`${where}: no ${collection} with slug "${slug}" in the seed`)
    return id
  }
}

/** Seed values as Payload data: German values, English values, relationship ids. */
const prepare = (
  collection: ContentSlug,
  entry: Record<string, unknown>,
  ids: Ids,
  where: string,
): {
  german: Record<string, unknown>
  english: Record<string, unknown>
  deferred: Record<string, unknown>
} => {
  const german: Record<string, unknown> = {}
  const english: Record<string, unknown> = {}
  const deferred: Record<string, unknown> = {}
  const resolve = (target: CollectionSlug, value: unknown, field: string) =>
    Array.isArray(value)
      ? value.map((slug: string) => ids.get(target, slug, `${where}.${field}`))
      : ids.get(target, value as string, `${where}.${field}`)

  for (const [key, value] of Object.entries(entry)) {
    if (key === 'slug' || value === undefined) continue
    const reference = REFERENCES[collection][key]
    const later = DEFERRED[collection]?.[key]
    if (later) deferred[key] = value
    else if (reference) german[key] = resolve(reference, value, key)
    else if (collection === 'actors' && key === 'memberships') {
      german[key] = (value as Array<{ network: string; role: string }>).map(({ network, role }) => ({
        network: ids.get('networks', network, `${where}.memberships`),
        role,
      }))
    } else if (RICH_TEXT[collection]?.includes(key)) german[key] = proseToRichText(value as string)
    else if (isTranslated(value)) {
      german[key] = value.de
      english[key] = value.en
    } else german[key] = value
  }
  return { german, english, deferred }
}

type Writer = {
  req: PayloadRequest
  update: boolean
  tally: (collection: string) => Tally
}

/**
 * Finds the document by its key (district + slug, or a global key), creates it when
 * missing (German first, then English), and overwrites it only when asked to.
 */
const upsert = async (
  payload: Payload,
  writer: Writer,
  collection: CollectionSlug,
  key: Record<string, unknown>,
  german: Record<string, unknown>,
  english: Record<string, unknown>,
): Promise<{ id: number; written: boolean }> => {
  const { req } = writer
  const slug = collection as 'networks'
  const found = await payload.find({
    collection: slug,
    where: { and: Object.entries(key).map(([field, value]) => ({ [field]: { equals: value } })) },
    trash: true,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const existing = found.docs[0]
  const tally = writer.tally(collection)
  const options = { collection: slug, depth: 0, overrideAccess: true, req } as const
  const publish =
    collection === 'fields-of-action' || collection === 'districts' ? {} : { _status: 'published' }
  if (existing && !writer.update) {
    tally.kept++
    return { id: existing.id, written: false }
  }
  const data = { ...german, ...key, ...publish } as never
  const doc = existing
    ? await payload.update({ ...options, id: existing.id, data, locale: 'de' })
    : await payload.create({ ...options, data, locale: 'de' })
  if (existing?.deletedAt) {
    await payload.update({ ...options, id: doc.id, data: { deletedAt: null } as never, trash: true })
  }
  if (Object.keys(english).length > 0) {
    await payload.update({ ...options, id: doc.id, data: { ...english, ...publish } as never, locale: 'en' })
  }
  if (existing) tally.updated++
  else tally.created++
  return { id: doc.id, written: true }
}

/** Runs `work` in one database transaction: a failed district leaves nothing half-written. */
const inTransaction = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const seedDistrictContent = async (
  payload: Payload,
  writer: Writer,
  content: DistrictContent,
  districtId: number,
  fieldsOfAction: Map<string, number>,
  log: Log,
) => {
  const ids = new Ids()
  for (const [slug, id] of fieldsOfAction) ids.set('fields-of-action', slug, id)
  const consent = {
    consent: true,
    recordedAt: new Date().toISOString(),
    source: `${content.source.publishedBy}${content.source.url ? `, ${content.source.url}` : ''} (Quelltext ${content.source.file})`,
  }
  const later: Array<{
    collection: ContentSlug
    id: number
    deferred: Record<string, unknown>
    where: string
  }> = []
  const counts: string[] = []

  for (const collection of CONTENT_COLLECTIONS) {
    const entries = content[ENTRIES[collection]] as unknown as Array<
      Record<string, unknown> & { slug: string }
    >
    let written = 0
    for (const [index, entry] of entries.entries()) {
      const where = `${content.district}/${collection}/${entry.slug}`
      const { german, english, deferred } = prepare(collection, entry, ids, where)
      if (ORDERED.includes(collection)) german.order = (index + 1) * 10
      if (collection === 'contacts') german.publicListing = consent
      const result = await upsert(
        payload,
        writer,
        collection,
        { district: districtId, slug: entry.slug },
        german,
        english,
      )
      ids.set(collection, entry.slug, result.id)
      if (result.written) written++
      if (result.written && Object.keys(deferred).length > 0) {
        later.push({ collection, id: result.id, deferred, where })
      }
    }
    counts.push(
      `${entries.length} ${collection}${written < entries.length ? ` (${entries.length - written} kept)` : ''}`,
    )
  }

  for (const { collection, id, deferred, where } of later) {
    const data: Record<string, unknown> = { _status: 'published' }
    for (const [field, value] of Object.entries(deferred)) {
      const target = DEFERRED[collection]![field]!
      data[field] = (value as string[]).map((slug) => ids.get(target, slug, `${where}.${field}`))
    }
    await payload.update({
      collection: collection as 'networks',
      id,
      data: data as never,
      locale: 'de',
      depth: 0,
      overrideAccess: true,
      req: writer.req,
    })
  }
  log(`  ${content.district}: ${counts.join(', ')}`)
}

/** Deletes every document (and its versions) of the seeded collections in these districts. */
export const wipeContent = async (payload: Payload, districtIds: number[], log: Log): Promise<number> => {
  let total = 0
  for (const collection of [...CONTENT_COLLECTIONS].reverse()) {
    const { docs } = await payload.find({
      collection,
      where: { district: { in: districtIds } },
      trash: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length === 0) continue
    const ids = docs.map((doc) => doc.id)
    // Below the Local API on purpose: the delete hooks refuse to remove what other documents
    // still reference, and here everything that references them goes too.
    await payload.db.deleteVersions({ collection, where: { parent: { in: ids } } })
    await payload.db.deleteMany({ collection, where: { id: { in: ids } } })
    total += ids.length
    log(`  removed ${ids.length} ${collection}`)
  }
  // Deleting below the hooks leaves media flagged as shown by published content: nothing of
  // the districts shows them now, except a district's own coat of arms.
  const { docs: districts } = await payload.find({
    collection: 'districts',
    where: { id: { in: districtIds } },
    depth: 0,
    pagination: false,
  })
  const coatsOfArms = districts.map(({ coatOfArms }) => coatOfArms).filter((id) => typeof id === 'number')
  await payload.db.updateMany({
    collection: 'media',
    where: { and: [{ district: { in: districtIds } }, { id: { not_in: coatsOfArms } }] },
    data: { usedPublicly: false },
  })
  return total
}

/** The districts the seed has content for, as ids (only those that exist already). */
export const seededDistrictIds = async (payload: Payload, content = DISTRICT_CONTENT): Promise<number[]> => {
  const { docs } = await payload.find({
    collection: 'districts',
    where: { slug: { in: content.map(({ district }) => district) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map(({ id }) => id)
}

const seedDemoUsers = async (payload: Payload, districts: Map<string, number>, log: Log) => {
  const created: string[] = []
  for (const user of DEMO_USERS) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: user.email,
        password: DEMO_PASSWORD,
        name: user.name,
        roles: user.roles ?? [],
        districts: (user.districts ?? []).map(({ district, roles }) => ({
          district: districts.get(district)!,
          roles,
        })),
      },
    })
    created.push(user.email)
  }
  log(`  demo users: ${created.length} created, ${DEMO_USERS.length - created.length} kept`)
  return created
}

/**
 * Writes the districts of Sachsen-Anhalt, the shared fields of action and the five
 * networks of the source texts, published. Idempotent: documents are keyed by district +
 * collection + slug (districts by official key, fields of action by slug), and what
 * exists already is kept unless `update` is set.
 */
export const runSeed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedReport> => {
  const { update = false, demoUsers = false, log = () => {}, content = DISTRICT_CONTENT } = options
  if (demoUsers && process.env.NODE_ENV === 'production') {
    throw new Error('Demo users are never created in production (NODE_ENV=production).')
  }
  const tally: Record<string, Tally> = {}
  const tallyOf = (collection: string) => (tally[collection] ??= { created: 0, updated: 0, kept: 0 })

  if (options.reset) {
    log('Removing the seeded districts’ content …')
    await wipeContent(payload, await seededDistrictIds(payload, content), log)
  }

  const districts = new Map<string, number>()
  const fieldsOfAction = new Map<string, number>()
  await inTransaction(payload, async (req) => {
    const writer = { req, update, tally: tallyOf }
    for (const { slug, ...district } of DISTRICTS) {
      const { id } = await upsert(
        payload,
        writer,
        'districts',
        { officialKey: district.officialKey },
        { ...district, slug },
        {},
      )
      districts.set(slug, id)
    }
    for (const { slug, name, ...rest } of FIELDS_OF_ACTION) {
      const { id } = await upsert(
        payload,
        writer,
        'fields-of-action',
        { slug },
        { ...rest, name: name.de },
        { name: name.en },
      )
      fieldsOfAction.set(slug, id)
    }
  })
  log(`  ${DISTRICTS.length} districts of Sachsen-Anhalt, ${FIELDS_OF_ACTION.length} fields of action`)

  for (const district of content) {
    const districtId = districts.get(district.district)
    if (districtId === undefined) throw new Error(`Seed content for unknown district "${district.district}"`)
    await inTransaction(payload, (req) =>
      seedDistrictContent(
        payload,
        { req, update, tally: tallyOf },
        district,
        districtId,
        fieldsOfAction,
        log,
      ),
    )
  }

  const demoUsersCreated = demoUsers ? await seedDemoUsers(payload, districts, log) : []
  return { tally, demoUsersCreated }
}
