/**
 * npm run bench:generate -- --scale 1|10|100 [--force]
 *
 * Deterministic synthetic data for the benchmark, in its own database (bench_scale_N): the
 * seed's real districts are written normally through the CMS and serve as templates; the
 * synthetic districts and their documents are bulk copies of those templates' rows (every
 * table the CMS wrote for a document, versions included), then read back through the Local API
 * and compared with their templates. Places and offers are copied from templates the generator
 * writes through the CMS itself (bench/lib/offerTemplates.ts); each synthetic district has a
 * centre on a grid over Germany and its places lie around it (bench/lib/geography.ts).
 */
import crypto from 'node:crypto'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'
import pg from 'pg'

import { benchDatabaseName, databaseExists, openBenchServer, recreateDatabase } from './lib/benchDatabase'
import { cloneDocuments, type CloneSpec, plannedRows, resetSequences } from './lib/cloneDocuments'
import {
  type Bases,
  cloneId,
  contentColumns,
  contentReferences,
  districtColumns,
  placeColumns,
} from './lib/cloneRules'
import { districtCentre } from './lib/geography'
import { type BenchMeta, GENERATOR_VERSION, readMeta, writeMeta } from './lib/meta'
import { offerSearchOf } from './lib/offerSearch'
import { writeOfferTemplates } from './lib/offerTemplates'
import { CONTENT_TABLES, type ContentTable, planFor, primeTo, SLUGS } from './lib/plan'
import { progressBar } from './lib/progress'
import { readSchema } from './lib/schema'
import { verifyClone } from './lib/verifyClones'
import { OFFER_RADIUS_KM } from './scenarios'

/**
 * The source texts name target groups per network, not per actor; the benchmark's first
 * scenario lists the actors serving one, so every template actor serves two of its district's
 * target groups (saved and published through the CMS like an editor would).
 */
const serveTargetGroups = async (payload: Payload) => {
  const { docs: actors } = await payload.find({
    collection: 'actors',
    pagination: false,
    depth: 0,
    sort: 'id',
  })
  const groups = new Map<number, number[]>()
  for (const [i, actor] of actors.entries()) {
    const district = actor.district as number
    if (!groups.has(district)) {
      const found = await payload.find({
        collection: 'target-groups',
        where: { district: { equals: district } },
        pagination: false,
        depth: 0,
        sort: 'id',
      })
      groups.set(
        district,
        found.docs.map(({ id }) => id),
      )
    }
    const own = groups.get(district)!
    if (own.length === 0) continue
    const targetGroups = [...new Set([own[i % own.length]!, own[(i + 1) % own.length]!])]
    await payload.update({ collection: 'actors', id: actor.id, data: { targetGroups, _status: 'published' } })
  }
}

const HELP = `Usage: npm run bench:generate -- --scale 1|10|100 [--force]

  --scale N   4·N districts, 10·N networks, 1,000·N actors, 4,000·N contacts,
              1,000·N places and 1,000·N offers (default 1)
  --force     generate again even if the database of that scale is complete`

/** Every value as PostgreSQL's text, so that copies are byte for byte. */
const rawTypes = { getTypeParser: () => (value: string) => value }

type GenerateOptions = {
  scale: number
  /** A database on the bench server that may create databases (bench/lib/benchDatabase.ts). */
  adminUrl: string
  force?: boolean
  log?: (line: string) => void
}

/**
 * Generates the database of a scale, or keeps it when it is complete. Loads Payload into this
 * process (once per process: Payload keeps one instance), so callers exit when done.
 */
export const generate = async ({
  scale,
  adminUrl,
  force = false,
  log = console.log,
}: GenerateOptions): Promise<BenchMeta> => {
  const plan = planFor(scale)
  const database = benchDatabaseName(scale)
  const existing = readMeta(scale)
  // A meta file says complete only after the load and its checks succeeded.
  if (!force && existing?.complete && existing.generator === GENERATOR_VERSION) {
    if (await databaseExists(adminUrl, database)) {
      log(`Scale ${scale} is already generated (${database}); --force generates it again.`)
      return existing
    }
  }
  const started = Date.now()
  const url = await recreateDatabase(adminUrl, database)
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET ??= crypto.randomBytes(32).toString('hex')

  // The CMS writes the templates: migrations, then the seed's real districts.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { migrations } = await import('../migrations')
  const { runSeed } = await import('../seeds/runSeed')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })
  log('Writing the templates through the CMS (the seed) …')
  await runSeed(payload)
  await serveTargetGroups(payload)
  const templateDistrict = (
    await payload.find({ collection: 'districts', where: { slug: { equals: 'saalekreis' } }, depth: 0 })
  ).docs[0]
  if (!templateDistrict) throw new Error('The seed wrote no district "saalekreis" to take templates from.')
  // Places and offers: templates of the generator's own (bench/lib/offerTemplates.ts), not the seed's.
  const offerTemplates = await writeOfferTemplates(payload, templateDistrict.id)
  const seeded = (Date.now() - started) / 1000

  const client = new pg.Client({ connectionString: url, types: rawTypes })
  await client.connect()
  const loadStarted = Date.now()
  let bases: Bases
  const templates: Record<string, number[]> = {}
  try {
    const schema = await readSchema(client)
    const ids = async (sql: string) =>
      (await client.query<{ id: string }>(sql)).rows.map(({ id }) => Number(id))
    const maxId = async (table: string) =>
      (await ids(`SELECT coalesce(max(id), 0) AS id FROM "${table}"`))[0]!
    bases = { districts: await maxId('districts') } as Bases
    for (const table of CONTENT_TABLES) bases[table] = await maxId(table)
    templates.districts = await ids(`SELECT id FROM districts WHERE slug = 'saalekreis'`)
    for (const table of CONTENT_TABLES) {
      templates[table] =
        table === 'places' || table === 'offers'
          ? offerTemplates[table]
          : await ids(
              `SELECT id FROM "${table}" WHERE _status = 'published' AND deleted_at IS NULL ORDER BY id`,
            )
    }
    // A district's k-th target group copies template (d - 1 + D·k) mod n: with n and D sharing a
    // factor (20 templates, 400 districts), all ten groups of a district would be copies of one,
    // of one category, and a category would name the groups of a few districts only.
    templates.target_groups = primeTo(templates.target_groups!, plan.districts)

    const specs: CloneSpec[] = [
      {
        base: 'districts',
        templateIds: templates.districts!,
        count: plan.districts,
        mainBase: bases.districts,
        column: districtColumns,
        reference: ({ refTable }) => (refTable === 'media' || refTable === 'users' ? 'NULL' : null),
      },
      ...CONTENT_TABLES.map((table): CloneSpec => ({
        base: table,
        templateIds: templates[table]!,
        count: plan.counts[table],
        mainBase: bases[table],
        column: table === 'places' ? placeColumns(plan) : contentColumns(plan),
        reference: contentReferences(plan, bases, table),
      })),
    ]
    let total = 0
    for (const spec of specs) total += await plannedRows(client, schema, spec)
    const bar = progressBar(`Scale ${scale}`, total)
    // References are remapped by construction and checked below; checking each of millions of
    // foreign keys on insert would only slow the load.
    await client.query('BEGIN')
    await client.query('SET LOCAL session_replication_role = replica')
    for (const spec of specs) await cloneDocuments(client, schema, spec, (rows) => bar.add(rows))
    await resetSequences(
      client,
      schema,
      specs.map(({ base }) => base),
    )
    await client.query('COMMIT')
    bar.finish()
    await client.query('ANALYZE')
  } finally {
    await client.end()
  }
  const loaded = (Date.now() - loadStarted) / 1000

  log('Reading samples back through the Local API …')
  const problems: string[] = []
  for (const table of CONTENT_TABLES) {
    const count = plan.counts[table]
    const list = templates[table]!
    // Places and offers: also the first clone of every template, drafts and trashed ones included.
    const every = table === 'places' || table === 'offers' ? list.map((_, i) => i + 1) : []
    for (const g of [...new Set([1, Math.ceil(count / 2), count, ...every])].filter((g) => g <= count)) {
      problems.push(
        ...(await verifyClone(
          payload,
          SLUGS[table] as 'actors',
          list[(g - 1) % list.length]!,
          bases[table] + g,
        )),
      )
    }
  }
  if (problems.length) {
    throw new Error(`Clones differ from their templates:\n${problems.slice(0, 30).join('\n')}`)
  }

  // The scenarios' subjects: a synthetic district in the middle, its first network and target
  // group, and a point near its centre with a target-group category for the offer search.
  const d = Math.ceil(plan.districts / 2)
  const district = await payload.findByID({ collection: 'districts', id: bases.districts + d, depth: 0 })
  const editor = {
    email: `bench.redaktion.${d}@example.org`,
    password: crypto.randomBytes(12).toString('hex'),
  }
  await payload.create({
    collection: 'users',
    data: { ...editor, districts: [{ district: district.id, roles: ['editor'] }] },
  })
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  const offerSearch = await offerSearchOf(pool, bases.districts + d, districtCentre(plan, d))
  log(
    `Scenario 8: ${offerSearch.matches} offers match near ${offerSearch.latitude},${offerSearch.longitude} ` +
      `(${offerSearch.placesInReach} published places within ${OFFER_RADIUS_KM} km), target group category "${offerSearch.targetGroup}".`,
  )
  const meta: BenchMeta = {
    generator: GENERATOR_VERSION,
    complete: true,
    scale,
    database,
    generatedAt: new Date().toISOString(),
    documents: { districts: plan.districts, ...plan.counts },
    timings: { seedSeconds: seeded, loadSeconds: loaded, totalSeconds: (Date.now() - started) / 1000 },
    params: {
      district: { id: district.id, slug: district.slug! },
      network: cloneId(plan, bases, 'networks', d, 0),
      targetGroup: cloneId(plan, bases, 'target_groups', d, 0),
      query: 'Beratung',
      offerSearch: {
        latitude: offerSearch.latitude,
        longitude: offerSearch.longitude,
        targetGroup: offerSearch.targetGroup,
      },
    },
    editor,
  }
  writeMeta(meta)
  log(
    `Scale ${scale} generated in ${meta.timings.totalSeconds.toFixed(1)} s (seed ${seeded.toFixed(1)} s, ` +
      `bulk load ${loaded.toFixed(1)} s): ${Object.entries(meta.documents)
        .map(([table, count]) => `${count.toLocaleString('en')} ${table}`)
        .join(', ')}.`,
  )
  return meta
}

const main = async () => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      force: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(HELP)
    return 0
  }
  const server = await openBenchServer()
  await generate({ scale: Number(values.scale), adminUrl: server.adminUrl, force: values.force })
  // No orderly shutdown: Payload's pool would report the server going away; exiting stops both.
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}

export type { ContentTable }
