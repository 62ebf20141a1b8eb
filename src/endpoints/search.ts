import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint, PayloadRequest } from 'payload'

import { isLocaleCode } from '../lib/locales'
import { badRequest, unknownLocale } from './badRequest'

const MAX_LIMIT = 50

/** The words of a query: letters and digits only, at most eight. */
export const wordsOf = (q: string): string[] =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8)

/** Words of the query as a German prefix query: "Beratung" also finds "Beratungsstellen". */
export const toPrefixQuery = (q: string): string | null => {
  const words = wordsOf(q)
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null
}

/** All `text` values of a Lexical document, for the search vector. */
const textOf = (column: SQL) =>
  sql`coalesce((select string_agg(t #>> '{}', ' ') from jsonb_path_query(${column}, 'strict $.**.text') as t), '')`

/** A searchable collection: its table, title and further text, ranked A (title) to C (long text). */
const sources = (locale: string): SQL[] => {
  const localized = (table: string, alias: string) =>
    sql.raw(
      `left join "${table}_locales" ${alias} on ${alias}._parent_id = d.id and ${alias}._locale = '${locale}' ` +
        `left join "${table}_locales" ${alias}_de on ${alias}_de._parent_id = d.id and ${alias}_de._locale = 'de'`,
    )
  const pick = (alias: string, column: string) =>
    sql.raw(`coalesce(${alias}.${column}, ${alias}_de.${column})`)
  // Searched in the requested locale and in German, which every document has.
  const both = (alias: string, column: string) =>
    sql.raw(`coalesce(${alias}.${column}, '') || ' ' || coalesce(${alias}_de.${column}, '')`)
  const bothRich = (alias: string, column: string) =>
    sql`${textOf(sql.raw(`${alias}.${column}`))} || ' ' || ${textOf(sql.raw(`${alias}_de.${column}`))}`
  const live = sql.raw(`d._status = 'published' and d.deleted_at is null`)
  return [
    sql`select 'networks' as collection, d.id, d.slug, d.district_id, ${pick('l', 'name')} as title, ${pick('l', 'summary')} as excerpt,
          setweight(to_tsvector('german', ${both('l', 'name')}), 'A') ||
          setweight(to_tsvector('german', ${both('l', 'summary')}), 'B') ||
          setweight(to_tsvector('german', ${bothRich('l', 'description')}), 'C') as document
        from networks d ${localized('networks', 'l')} where ${live}`,
    sql`select 'actors', d.id, d.slug, d.district_id, ${pick('l', 'name')}, d.short_name,
          setweight(to_tsvector('german', ${both('l', 'name')} || ' ' || coalesce(d.short_name, '')), 'A') ||
          setweight(to_tsvector('german', ${bothRich('l', 'description')}), 'C')
        from actors d ${localized('actors', 'l')} where ${live}`,
    sql`select 'working-groups', d.id, d.slug, d.district_id, ${pick('l', 'name')}, null,
          setweight(to_tsvector('german', ${both('l', 'name')}), 'A') ||
          setweight(to_tsvector('german', ${bothRich('l', 'profile')}), 'C')
        from working_groups d ${localized('working_groups', 'l')} where ${live}`,
    sql`select 'goals', d.id, d.slug, d.district_id, ${pick('l', 'title')}, null,
          setweight(to_tsvector('german', ${both('l', 'title')}), 'A') ||
          setweight(to_tsvector('german', ${bothRich('l', 'description')}), 'C')
        from goals d ${localized('goals', 'l')} where ${live}`,
    // Persons only with recorded consent, as everywhere in public.
    sql`select 'contacts', d.id, d.slug, d.district_id, ${pick('l', 'name')}, ${pick('l', 'position')},
          setweight(to_tsvector('german', ${both('l', 'name')}), 'A') ||
          setweight(to_tsvector('german', ${both('l', 'position')}), 'B')
        from contacts d ${localized('contacts', 'l')}
        where ${live} and (d.kind = 'office' or d.public_listing_consent = true)`,
  ]
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
  total: number
}

/**
 * GET /api/search?q=…&district=…&locale=…&limit=…&page=… — published networks, actors,
 * contacts, working groups and goals, ranked by PostgreSQL full-text search with the German
 * configuration; every word also matches as a prefix (compounds: "Beratung" → "Beratungsstellen").
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const query = req.query ?? {}
    const q = typeof query.q === 'string' ? query.q.trim() : ''
    const tsQuery = toPrefixQuery(q)
    if (!tsQuery || q.length > 200) return badRequest('q', 'Give a search text of 1 to 200 characters: ?q=…')
    const locale = typeof query.locale === 'string' ? query.locale : 'de'
    if (!isLocaleCode(locale)) return unknownLocale(locale)
    const limit = query.limit === undefined ? 10 : Number(query.limit)
    const page = query.page === undefined ? 1 : Number(query.page)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return badRequest('limit', `limit is a whole number from 1 to ${MAX_LIMIT}.`)
    }
    if (!Number.isInteger(page) || page < 1) return badRequest('page', 'page is a whole number from 1.')

    let districtId: number | null = null
    if (typeof query.district === 'string' && query.district) {
      const { docs } = await req.payload.find({
        collection: 'districts',
        where: /^\d+$/.test(query.district)
          ? { id: { equals: Number(query.district) } }
          : { slug: { equals: query.district } },
        limit: 1,
        depth: 0,
      })
      if (!docs[0]) return badRequest('district', `No district "${query.district}" (give its slug or id).`)
      districtId = docs[0].id
    }

    const union = sql.join(sources(locale), sql` union all `)
    // Compounds that end in a word ("Migrationsberatung") match in titles as substrings, ranked lower.
    const patterns = sql.join(
      wordsOf(q).map((word) => sql`${`%${word}%`}`),
      sql`, `,
    )
    const inTitle = sql`coalesce(r.title, '') ilike all (array[${patterns}])`
    const result = await req.payload.db.drizzle.execute(sql`
      with q as (select to_tsquery('german', ${tsQuery}) as query)
      select r.collection, r.id, r.slug, r.district_id, dist.slug as district_slug, r.title, r.excerpt,
             ts_rank(r.document, q.query) + case when ${inTitle} then 0.05 else 0 end as rank,
             count(*) over () as total
      from (${union}) as r (collection, id, slug, district_id, title, excerpt, document)
      cross join q
      left join districts dist on dist.id = r.district_id
      where (r.document @@ q.query or ${inTitle})
        ${districtId === null ? sql`` : sql`and r.district_id = ${districtId}`}
      order by rank desc, r.title asc, r.id asc
      limit ${limit} offset ${(page - 1) * limit}`)
    const rows = (result as unknown as { rows: Row[] }).rows
    const totalDocs = Number(rows[0]?.total ?? 0)
    const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
    return Response.json({
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
    })
  },
}
