import type pg from 'pg'

import { isLocaleCode, LOCALE_CODES, type LocaleCode } from '../../src/lib/locales'

/**
 * Scenario 4: GET /api/search?q=…&limit=… — the same SQL as src/endpoints/search.ts, written
 * out for pg (that module builds it with Payload's drizzle and cannot be loaded here).
 */

const MAX_LIMIT = 50

/** The words of a query: letters and digits only, at most eight (as the endpoint). */
const wordsOf = (q: string): string[] =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8)

const textOf = (column: string) =>
  `coalesce((select string_agg(t #>> '{}', ' ') from jsonb_path_query(${column}, 'strict $.**.text') as t), '')`

const sources = (locale: LocaleCode): string[] => {
  const localized = (table: string, alias: string) =>
    `left join "${table}_locales" ${alias} on ${alias}._parent_id = d.id and ${alias}._locale = '${locale}' ` +
    `left join "${table}_locales" ${alias}_de on ${alias}_de._parent_id = d.id and ${alias}_de._locale = 'de'`
  const pick = (alias: string, column: string) => `coalesce(${alias}.${column}, ${alias}_de.${column})`
  const both = (alias: string, column: string) =>
    `coalesce(${alias}.${column}, '') || ' ' || coalesce(${alias}_de.${column}, '')`
  const bothRich = (alias: string, column: string) =>
    `${textOf(`${alias}.${column}`)} || ' ' || ${textOf(`${alias}_de.${column}`)}`
  const live = `d._status = 'published' and d.deleted_at is null`
  return [
    `select 'networks' as collection, d.id, d.slug, d.district_id, ${pick('l', 'name')} as title, ${pick('l', 'summary')} as excerpt,
       setweight(to_tsvector('german', ${both('l', 'name')}), 'A') ||
       setweight(to_tsvector('german', ${both('l', 'summary')}), 'B') ||
       setweight(to_tsvector('german', ${bothRich('l', 'description')}), 'C') as document
     from networks d ${localized('networks', 'l')} where ${live}`,
    `select 'actors', d.id, d.slug, d.district_id, ${pick('l', 'name')}, d.short_name,
       setweight(to_tsvector('german', ${both('l', 'name')} || ' ' || coalesce(d.short_name, '')), 'A') ||
       setweight(to_tsvector('german', ${bothRich('l', 'description')}), 'C')
     from actors d ${localized('actors', 'l')} where ${live}`,
    `select 'working-groups', d.id, d.slug, d.district_id, ${pick('l', 'name')}, null,
       setweight(to_tsvector('german', ${both('l', 'name')}), 'A') ||
       setweight(to_tsvector('german', ${bothRich('l', 'profile')}), 'C')
     from working_groups d ${localized('working_groups', 'l')} where ${live}`,
    `select 'goals', d.id, d.slug, d.district_id, ${pick('l', 'title')}, null,
       setweight(to_tsvector('german', ${both('l', 'title')}), 'A') ||
       setweight(to_tsvector('german', ${bothRich('l', 'description')}), 'C')
     from goals d ${localized('goals', 'l')} where ${live}`,
    `select 'contacts', d.id, d.slug, d.district_id, ${pick('l', 'name')}, ${pick('l', 'position')},
       setweight(to_tsvector('german', ${both('l', 'name')}), 'A') ||
       setweight(to_tsvector('german', ${both('l', 'position')}), 'B')
     from contacts d ${localized('contacts', 'l')}
     where ${live} and (d.kind = 'office' or d.public_listing_consent = true)`,
  ]
}

const queries = new Map<LocaleCode, string>()

/** $1 the prefix query, $2 the %word% patterns, $3 limit, $4 offset, $5 the district id or null. */
const queryFor = (locale: LocaleCode) => {
  const cached = queries.get(locale)
  if (cached) return cached
  const inTitle = `coalesce(r.title, '') ilike all ($2::text[])`
  const sql = `
    with q as (select to_tsquery('german', $1) as query)
    select r.collection, r.id, r.slug, r.district_id, dist.slug as district_slug, r.title, r.excerpt,
           ts_rank(r.document, q.query) + case when ${inTitle} then 0.05 else 0 end as rank,
           count(*) over () as total
    from (${sources(locale).join(' union all ')}) as r (collection, id, slug, district_id, title, excerpt, document)
    cross join q
    left join districts dist on dist.id = r.district_id
    where (r.document @@ q.query or ${inTitle})
      and ($5::int is null or r.district_id = $5::int)
    order by rank desc, r.title asc, r.id asc
    limit $3 offset $4`
  queries.set(locale, sql)
  return sql
}

type Row = {
  collection: string
  id: number
  slug: string | null
  district_id: number | null
  district_slug: string | null
  title: string | null
  excerpt: string | null
  rank: number
  total: string
}

/** A 400 in the endpoint's shape (src/endpoints/badRequest.ts). */
export class BadRequest extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
  get body() {
    return { errors: [{ field: this.field, message: this.message }] }
  }
}

export type SearchParams = { q?: string; locale?: string; limit?: string; page?: string; district?: string }

export const search = async (pool: pg.Pool, query: SearchParams) => {
  const q = typeof query.q === 'string' ? query.q.trim() : ''
  const words = wordsOf(q)
  if (!words.length || q.length > 200)
    throw new BadRequest('q', 'Give a search text of 1 to 200 characters: ?q=…')
  const locale = query.locale ?? 'de'
  if (!isLocaleCode(locale)) {
    throw new BadRequest('locale', `Unknown locale "${locale}": use one of ${LOCALE_CODES.join(', ')}.`)
  }
  const limit = query.limit === undefined ? 10 : Number(query.limit)
  const page = query.page === undefined ? 1 : Number(query.page)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new BadRequest('limit', `limit is a whole number from 1 to ${MAX_LIMIT}.`)
  }
  if (!Number.isInteger(page) || page < 1) throw new BadRequest('page', 'page is a whole number from 1.')

  let districtId: number | null = null
  if (query.district) {
    const byId = /^\d+$/.test(query.district)
    const { rows } = await pool.query<{ id: number }>(
      `select id from districts where ${byId ? 'id = $1::int' : 'slug = $1'} limit 1`,
      [query.district],
    )
    if (!rows[0]) throw new BadRequest('district', `No district "${query.district}" (give its slug or id).`)
    districtId = rows[0].id
  }

  const tsQuery = words.map((word) => `${word}:*`).join(' & ')
  const patterns = words.map((word) => `%${word}%`)
  const { rows } = await pool.query<Row>(queryFor(locale), [
    tsQuery,
    patterns,
    limit,
    (page - 1) * limit,
    districtId,
  ])
  const totalDocs = Number(rows[0]?.total ?? 0)
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    docs: rows.map((row) => ({
      collection: row.collection,
      id: row.id,
      slug: row.slug,
      title: row.title,
      excerpt: row.excerpt,
      district: row.district_id === null ? null : { id: row.district_id, slug: row.district_slug },
      rank: Number(row.rank),
    })),
    totalDocs,
    limit,
    page,
    totalPages,
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
  }
}
