import type pg from 'pg'

import type { LocaleCode } from '../../src/lib/locales'
import { alias } from './alias'
import { directoryMedia, documentOf } from './documents'
import { jsonArray } from './sql'
import { type Collection, type Context, readable } from './viewer'

/**
 * What the directory lists of the district, under which key, in which order
 * (src/endpoints/districtDirectory.ts: the collection's defaultSort, else the slug). Payload
 * appends -createdAt to every sort as the tie-breaker; the directory then the id.
 */
const PARTS: Array<[string, Collection, (x: string) => string]> = [
  ['networks', 'networks', (x) => `${x}.slug asc, ${x}.created_at desc`],
  ['principles', 'principles', (x) => `${x}."order" asc, ${x}.created_at desc`],
  ['goals', 'goals', (x) => `${x}."order" asc, ${x}.created_at desc`],
  ['targetGroups', 'target-groups', (x) => `${x}.slug asc, ${x}.created_at desc`],
  ['workingGroups', 'working-groups', (x) => `${x}.slug asc, ${x}.created_at desc`],
  ['actors', 'actors', (x) => `${x}.slug asc, ${x}.created_at desc`],
  ['contacts', 'contacts', (x) => `${x}.slug asc, ${x}.created_at desc`],
  // Sorting on a localized field uses the requested locale's column, without fallback.
  ['places', 'places', (x) => `${x}l.name asc, ${x}.created_at desc, ${x}.id asc`],
  ['offers', 'offers', (x) => `${x}l.title asc, ${x}.created_at desc, ${x}.id asc`],
]

/** The state-wide taxonomies, listed whole by name. */
const STATE_WIDE_PARTS: Array<[string, Collection]> = [
  ['fieldsOfAction', 'fields-of-action'],
  ['offerTypes', 'offer-types'],
  ['residenceSituations', 'residence-situations'],
]

/** All of a collection's documents that `where` admits, at depth 0, as one JSON array. */
const list = (
  collection: Collection,
  where: (x: string) => string,
  sort: (x: string) => string,
  ctx: Context,
) => {
  const { x, json, from } = documentOf(collection, 0, ctx)
  return jsonArray(`select json_agg(${json} order by ${sort(x)}) from ${from} where ${where(x)}`)
}

const queries = new Map<LocaleCode, string>()

/** $1 the district's id: every part of the directory in one statement. */
const queryFor = (locale: LocaleCode) => {
  const cached = queries.get(locale)
  if (cached) return cached
  const ctx: Context = { locale, viewer: { kind: 'anonymous' } }
  const parts = PARTS.map(([key, collection, sort]) => {
    const where = (x: string) => `${x}.district_id = $1 and ${readable(collection, x, ctx.viewer)}`
    return `'${key}', ${list(collection, where, sort, ctx)}`
  })
  const stateWide = STATE_WIDE_PARTS.map(
    ([key, collection]) =>
      `'${key}', ${list(
        collection,
        () => 'true',
        (x) => `${x}l.name asc, ${x}.created_at desc, ${x}.id asc`,
        ctx,
      )}`,
  )
  const m = alias('media')
  const media = jsonArray(
    `select json_agg(${directoryMedia(m)} order by ${m}.created_at desc) from media ${m}
     where ${m}.district_id = $1 and ${readable('media', m, ctx.viewer)}`,
  )
  const sql = `select json_build_object(${[...parts, ...stateWide].join(', ')}, 'media', ${media}) as parts`
  queries.set(locale, sql)
  return sql
}

const districtQuery = () => {
  const { x, json, from } = documentOf('districts', 0, { locale: 'de', viewer: { kind: 'anonymous' } })
  return `select ${x}.id, ${json} as district from ${from} where ${x}.slug = $1`
}
let districtSql: string | undefined

/** Scenario 5: GET /api/districts/:slug/directory?locale=de; null for an unknown district. */
export const directory = async (pool: pg.Pool, { slug, locale }: { slug: string; locale: LocaleCode }) => {
  districtSql ??= districtQuery()
  const { rows } = await pool.query<{ id: number; district: unknown }>(districtSql, [slug])
  const found = rows[0]
  if (!found) return null
  const parts = await pool.query<{ parts: Record<string, unknown> }>(queryFor(locale), [found.id])
  const { media, ...content } = parts.rows[0]!.parts
  return { district: found.district, locale, generatedAt: new Date().toISOString(), ...content, media }
}
