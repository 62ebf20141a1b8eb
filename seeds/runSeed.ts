import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { optionsOf } from '../src/plugin'
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers'
import { DISTRICT_CONTENT, STATE_WIDE_CONTENT } from './index'
import { proseToRichText } from './prose'
import { type Reference, type SeedPlan, seedPlan } from './seedPlan'
import type { DistrictContent, SourceRef, StateWideContent, Translated } from './types'

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
  /** The state-wide taxonomies (default: ./index.ts' STATE_WIDE_CONTENT). */
  taxonomies?: StateWideContent
}

export type Tally = { created: number; updated: number; kept: number }

export type SeedReport = {
  /** Per collection slug. */
  tally: Record<string, Tally>
  /** E-mails of demo users created by this run. */
  demoUsersCreated: string[]
}

const isTranslated = (value: unknown): value is Translated =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object)
    .sort()
    .join() === 'de,en'

class Ids {
  constructor(private readonly ids = new Map<string, number>()) {}
  /** A copy to add a district's documents to: the taxonomies' ids are shared, the districts' not. */
  fork() {
    return new Ids(new Map(this.ids))
  }
  set(collection: CollectionSlug, slug: string, id: number) {
    this.ids.set(`${collection}/${slug}`, id)
  }
  get(collection: CollectionSlug, slug: string, where: string): number {
    const id = this.ids.get(`${collection}/${slug}`)
    if (id === undefined) throw new Error(`${where}: no ${collection} with slug "${slug}" in the seed`)
    return id
  }
}

/** A seed value that names documents by slug, as their ids. */
const resolve = (reference: Reference, value: unknown, ids: Ids, where: string): unknown => {
  const idsOf = (target: CollectionSlug, slugs: unknown, at: string) =>
    Array.isArray(slugs)
      ? slugs.map((slug: string) => ids.get(target, slug, at))
      : ids.get(target, slugs as string, at)
  /** A row or group with its reference fields resolved, the other fields as they are. */
  const within = (item: Record<string, unknown>, fields: Record<string, CollectionSlug>, at: string) => {
    const resolved = { ...item }
    for (const [field, target] of Object.entries(fields)) {
      if (item[field] !== undefined && item[field] !== null) {
        resolved[field] = idsOf(target, item[field], `${at}.${field}`)
      }
    }
    return resolved
  }
  if ('collection' in reference) return idsOf(reference.collection, value, where)
  if ('group' in reference) return within(value as Record<string, unknown>, reference.group, where)
  return (value as Array<Record<string, unknown>>).map((row, index) =>
    within(row, reference.rows, `${where}[${index}]`),
  )
}

/** Seed values as Payload data: German values, English values, relationship ids. */
const prepare = (
  plan: SeedPlan,
  collection: CollectionSlug,
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

  for (const [key, value] of Object.entries(entry)) {
    if (key === 'slug' || value === undefined) continue
    const reference = plan.references[collection]?.[key]
    if (plan.deferred[collection]?.includes(key)) deferred[key] = value
    else if (reference) german[key] = resolve(reference, value, ids, `${where}.${key}`)
    else if (plan.richText[collection]?.includes(key)) german[key] = proseToRichText(value as string)
    else if (isTranslated(value)) {
      german[key] = value.de
      english[key] = value.en
    } else german[key] = value
  }
  return { german, english, deferred }
}

/**
 * The context of every write: hooks that would call out skip it. The places' geocoder
 * (collections/Places/hooks/fillCoordinates.ts) must not ask a public service for the seed's
 * addresses; the seed writes the positions its data give, which is none. Other collections'
 * hooks do not read the flag.
 */
const WRITE_CONTEXT = { skipGeocoding: true }

/** What makes a document public: `_status: 'published'` where the collection has drafts. */
const publishedStatus = (payload: Payload, collection: CollectionSlug): Record<string, unknown> =>
  payload.collections[collection].config.versions?.drafts ? { _status: 'published' } : {}

/**
 * How a district's contacts record their consent to be listed publicly: every seeded contact is
 * an office or a person named in the network's own published self-description, so the source
 * of the consent is that publication (seeds/README.md cites it the same way).
 */
const citation = ({ network, page, publishedBy, url }: SourceRef) =>
  `${network}: ${page} – ${publishedBy}${url ? `, ${url}` : ''}`

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
  const options = { collection: slug, depth: 0, overrideAccess: true, req, context: WRITE_CONTEXT } as const
  const publish = publishedStatus(payload, collection)
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

/** Seed data keys that are about the text, not documents of a collection. */
const ABOUT_THE_SOURCE = new Set(['district', 'source'])

const seedDistrictContent = async (
  payload: Payload,
  plan: SeedPlan,
  writer: Writer,
  content: DistrictContent,
  districtId: number,
  taxonomyIds: Ids,
  log: Log,
) => {
  const data = content as unknown as Record<string, unknown>
  const known = new Set(plan.order.map((collection) => plan.entries[collection]))
  const unknown = Object.keys(data).filter((key) => !ABOUT_THE_SOURCE.has(key) && !known.has(key))
  if (unknown.length > 0) {
    throw new Error(`${content.district}: seed data "${unknown.join('", "')}" matches no content collection`)
  }
  // The state-wide taxonomies are seed data of their own (./index.ts), written before any district.
  const ids = taxonomyIds.fork()
  const consent = { consent: true, recordedAt: new Date().toISOString(), source: citation(content.source) }
  const later: Array<{
    collection: CollectionSlug
    id: number
    deferred: Record<string, unknown>
    where: string
  }> = []
  const counts: string[] = []

  for (const collection of plan.order) {
    // A collection the seed data does not mention (yet) gets no documents.
    const entries = (data[plan.entries[collection]!] ?? []) as Array<
      Record<string, unknown> & { slug: string }
    >
    let written = 0
    for (const [index, entry] of entries.entries()) {
      const where = `${content.district}/${collection}/${entry.slug}`
      const { german, english, deferred } = prepare(plan, collection, entry, ids, where)
      if (plan.ordered.includes(collection)) german.order = (index + 1) * 10
      // Consent is a fact of the source, not of the config: see `citation`.
      if (plan.publicListing.includes(collection)) german.publicListing = consent
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

  // The references that close a cycle, now that every document of the district exists.
  for (const { collection, id, deferred, where } of later) {
    const data: Record<string, unknown> = { ...publishedStatus(payload, collection) }
    for (const [field, value] of Object.entries(deferred)) {
      data[field] = resolve(plan.references[collection]![field]!, value, ids, `${where}.${field}`)
    }
    await payload.update({
      collection: collection as 'networks',
      id,
      data: data as never,
      locale: 'de',
      depth: 0,
      overrideAccess: true,
      req: writer.req,
      context: WRITE_CONTEXT,
    })
  }
  log(`  ${content.district}: ${counts.join(', ')}`)
}

/**
 * Writes the state-wide taxonomies the config declares (the plan's `taxonomies`: fields of action,
 * offer types, residence situations …), each from the seed data under its slug in camelCase, keyed
 * by slug. Returns their ids, by which district content names them. Seed data that matches no
 * taxonomy is refused, as district data that matches no content collection is.
 */
const seedTaxonomies = async (
  payload: Payload,
  plan: SeedPlan,
  writer: Writer,
  taxonomies: StateWideContent,
): Promise<{ ids: Ids; counts: string[] }> => {
  const data = taxonomies as unknown as Record<string, unknown>
  const known = new Set(plan.taxonomies.map((collection) => plan.entries[collection]))
  const unknown = Object.keys(data).filter((key) => !known.has(key))
  if (unknown.length > 0) {
    throw new Error(`State-wide seed data "${unknown.join('", "')}" matches no state-wide taxonomy`)
  }
  const ids = new Ids()
  const counts: string[] = []
  for (const collection of plan.taxonomies) {
    // A taxonomy the seed data does not mention (yet) gets no terms.
    const entries = (data[plan.entries[collection]!] ?? []) as Array<
      Record<string, unknown> & { slug: string }
    >
    for (const entry of entries) {
      const { german, english } = prepare(plan, collection, entry, ids, `${collection}/${entry.slug}`)
      const { id } = await upsert(payload, writer, collection, { slug: entry.slug }, german, english)
      ids.set(collection, entry.slug, id)
    }
    counts.push(`${entries.length} ${collection}`)
  }
  return { ids, counts }
}

/** Deletes every document (and its versions) of the seeded collections in these districts. */
export const wipeContent = async (payload: Payload, districtIds: number[], log: Log): Promise<number> => {
  let total = 0
  for (const collection of [...seedPlan(payload.config).order].reverse()) {
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
      context: WRITE_CONTEXT,
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

/** The state whose districts the seed creates: the plugin's `state` option, from the built config. */
const stateOf = (payload: Payload) => {
  const options = optionsOf(payload.config)
  if (!options) throw new Error('The seed needs the integrationNetworks plugin in the Payload config.')
  return options.state
}

/**
 * Writes the districts of the plugin's state (Sachsen-Anhalt by default), the state-wide
 * taxonomies and the five networks of the source texts, published. What it writes of each
 * collection, and in which order, comes from the config (./seedPlan.ts). Idempotent: documents
 * are keyed by district + collection + slug (districts by official key, taxonomies by slug), and
 * what exists already is kept unless `update` is set.
 */
export const runSeed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedReport> => {
  const {
    update = false,
    demoUsers = false,
    log = () => {},
    content = DISTRICT_CONTENT,
    taxonomies = STATE_WIDE_CONTENT,
  } = options
  if (demoUsers && process.env.NODE_ENV === 'production') {
    throw new Error('Demo users are never created in production (NODE_ENV=production).')
  }
  const state = stateOf(payload)
  const plan = seedPlan(payload.config)
  const tally: Record<string, Tally> = {}
  const tallyOf = (collection: string) => (tally[collection] ??= { created: 0, updated: 0, kept: 0 })

  if (options.reset) {
    log('Removing the seeded districts’ content …')
    await wipeContent(payload, await seededDistrictIds(payload, content), log)
  }

  const districts = new Map<string, number>()
  const { ids: taxonomyIds, counts } = await inTransaction(payload, async (req) => {
    const writer = { req, update, tally: tallyOf }
    for (const { slug, ...district } of state.districts) {
      const { id } = await upsert(
        payload,
        writer,
        'districts',
        { officialKey: district.officialKey },
        { ...district, slug, state: state.name },
        {},
      )
      districts.set(slug, id)
    }
    return seedTaxonomies(payload, plan, writer, taxonomies)
  })
  log(`  ${state.districts.length} districts of ${state.name}, ${counts.join(', ')}`)

  for (const district of content) {
    const districtId = districts.get(district.district)
    if (districtId === undefined) {
      throw new Error(`Seed content for district "${district.district}", which ${state.name} does not list`)
    }
    await inTransaction(payload, (req) =>
      seedDistrictContent(
        payload,
        plan,
        { req, update, tally: tallyOf },
        district,
        districtId,
        taxonomyIds,
        log,
      ),
    )
  }

  const demoUsersCreated = demoUsers ? await seedDemoUsers(payload, districts, log) : []
  return { tally, demoUsersCreated }
}
