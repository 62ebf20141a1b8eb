import type { CollectionConfig } from 'payload'

import { factsOf, type SearchSource, tableOf } from './collectionFacts'
import type { LocaleCode } from './locales'

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

/**
 * The searchable collections of a config: those that declare `search` (src/lib/collectionFacts.ts),
 * with their tables. Each `<table>_locales` row keeps its weighted German search vector in the
 * generated column `search_vector` (migration `search_index`), indexed with GIN; actors also keep
 * one of their short name.
 */
export const searchSources = (
  collections: ReadonlyArray<Pick<CollectionConfig, 'custom' | 'slug' | 'dbName'>>,
): Source[] =>
  collections.flatMap((collection) => {
    const search = factsOf(collection)?.search
    return search ? [{ ...search, collection: collection.slug, table: tableOf(collection) }] : []
  })

export type Source = SearchSource & { collection: string; table: string }

export type SearchParams = {
  /** Where to search: `searchSources` of the built config. */
  sources: Source[]
  /** A prefix query from `toPrefixQuery`. */
  tsQuery: string
  words: string[]
  locale: LocaleCode
  districtId: number | null
  limit: number
  offset: number
}

export type SearchRow = {
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
 * Published networks, actors, contacts, working groups and goals matching the query in the
 * requested locale or German, ranked by ts_rank (title A, summary B, long text C), titles that
 * contain every word as a substring ("Migrationsberatung") ranked 0.05 higher and found even
 * without a word match. Candidates come from the GIN indexes, so only matches are ranked.
 * Plain SQL with $1… parameters, run by the endpoint and by the benchmark's raw server alike.
 */
export const searchQuery = ({ sources, tsQuery, words, locale, districtId, limit, offset }: SearchParams) => {
  const values: unknown[] = [
    tsQuery,
    words.map((word) => `%${word.replace(/[\\%_]/g, '\\$&')}%`),
    locale,
    limit,
    offset,
    // Candidates match any word; the full query (every word) decides on the whole document.
    tsQuery.split(' & ').join(' | '),
  ]
  if (districtId !== null) values.push(districtId)
  const german = locale === 'de'
  const pick = (column: string) => (german ? `de.${column}` : `coalesce(l.${column}, de.${column})`)
  const parts = sources.map((source) => {
    const excerpt = !source.excerpt
      ? 'null'
      : 'main' in source.excerpt
        ? `d.${source.excerpt.main}`
        : pick(source.excerpt.localized)
    const document = [
      `coalesce(de.search_vector, ''::tsvector)`,
      ...(german ? [] : [`coalesce(l.search_vector, ''::tsvector)`]),
      ...(source.mainVector ? [`coalesce(d.search_vector, ''::tsvector)`] : []),
    ].join(' || ')
    const candidates = [
      `select l0._parent_id as id from "${source.table}_locales" l0, q
         where l0._locale in ($3, 'de') and (l0.search_vector @@ q.any or l0.${source.title} ilike all ($2::text[]))`,
      ...(source.mainVector
        ? [`select m.id from "${source.table}" m, q where m.search_vector @@ q.any`]
        : []),
    ].join(' union ')
    return `select '${source.collection}' as collection, d.id, d.slug, d.district_id,
        ${pick(source.title)} as title, ${excerpt} as excerpt, ${document} as document
      from (${candidates}) c
      join "${source.table}" d on d.id = c.id
      left join "${source.table}_locales" de on de._parent_id = d.id and de._locale = 'de'
      ${german ? '' : `left join "${source.table}_locales" l on l._parent_id = d.id and l._locale = $3`}
      where d._status = 'published' and d.deleted_at is null${source.where ? ` and ${source.where}` : ''}
        ${districtId === null ? '' : 'and d.district_id = $7'}`
  })
  const text = `with q as (select to_tsquery('german', $1) as query, to_tsquery('german', $6) as any)
    select r.collection, r.id, r.slug, r.district_id, dist.slug as district_slug, r.title, r.excerpt,
           ts_rank(r.document, q.query) + case when r.in_title then 0.05 else 0 end as rank,
           count(*) over () as total
    from (select p.*, coalesce(p.title, '') ilike all ($2::text[]) as in_title
          from (${parts.join(' union all ')}) as p) as r
    cross join q
    left join districts dist on dist.id = r.district_id
    where r.document @@ q.query or r.in_title
    order by rank desc, r.title asc, r.id asc
    limit $4 offset $5`
  return { text, values }
}

/** The answer of GET /api/search from the rows of `searchQuery`. */
export const searchResult = (rows: SearchRow[], limit: number, page: number) => {
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
