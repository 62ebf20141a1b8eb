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
 * without a word match. Every match is ranked exactly and counted (`total`).
 * Plain SQL with $1… parameters, run by the endpoint and by the benchmark's raw server alike.
 *
 * What keeps it fast across all districts (scale 100: about 10,000 matches for "Beratung" among
 * 520,000 documents; bench/README.md):
 * - The planner must see the search terms to use the GIN indexes: the tsquery is written into
 *   every condition (to_tsquery with a constant config folds to a constant), never read from a
 *   CTE, and every title word is its own `ilike` (pg_trgm cannot serve `ilike all (array)`).
 *   Either mistake scans every locale row of every collection.
 * - In German, the matching locale rows drive the search and are the documents' text, so no
 *   locale row is looked up twice; actors found by their short name alone come from a second
 *   branch that leaves out those the first already found.
 * - Each match is ranked where it is found and only narrow rows (no vectors) reach the count and
 *   the sort; district slugs are joined to the page only.
 */
export const searchQuery = ({ sources, tsQuery, words, locale, districtId, limit, offset }: SearchParams) => {
  const values: unknown[] = []
  const param = (value: unknown) => `$${values.push(value)}`
  const german = locale === 'de'
  const query = `to_tsquery('german', ${param(tsQuery)})`
  const patterns = param(words.map((word) => `%${word.replace(/[\\%_]/g, '\\$&')}%`))
  const localeParam = german ? null : param(locale)
  // Candidates of a document with several vectors match any word in any of them; the full query
  // (every word) then decides on the whole document.
  const anyWord = `to_tsquery('german', ${param(tsQuery.split(' & ').join(' | '))})`
  const district = districtId === null ? '' : ` and d.district_id = ${param(districtId)}`
  const limitParam = param(limit)
  const offsetParam = param(offset)
  // "Contains every word", one trigram-indexable condition per word.
  const titleHas = (column: string) =>
    words.length
      ? words.map((_, i) => `${column} ilike (${patterns}::text[])[${i + 1}]`).join(' and ')
      : 'false'

  const parts = sources.map((source) => {
    const pick = (column: string) => (german ? `de.${column}` : `coalesce(l.${column}, de.${column})`)
    const excerpt = !source.excerpt
      ? 'null'
      : 'main' in source.excerpt
        ? `d.${source.excerpt.main}`
        : pick(source.excerpt.localized)
    const vectors = [
      german ? 'de.search_vector' : `coalesce(de.search_vector, ''::tsvector)`,
      ...(german ? [] : [`coalesce(l.search_vector, ''::tsvector)`]),
      ...(source.mainVector ? [`coalesce(d.search_vector, ''::tsvector)`] : []),
    ]
    const document = vectors.join(' || ')
    const title = pick(source.title)
    const inTitle = `coalesce(${title}, '') ilike all (${patterns}::text[])`
    const select = `select '${source.collection}' as collection, d.id, d.slug, d.district_id, ${title} as title,
        ${excerpt} as excerpt, ts_rank(${document}, ${query}) + case when ${inTitle} then 0.05 else 0 end as rank`
    const keep = `(${document} @@ ${query} or ${inTitle})
        and d._status = 'published' and d.deleted_at is null${source.where ? ` and ${source.where}` : ''}${district}`
    // A locale row is a candidate when its vector or its title matches; with the document being
    // that one vector, the full query can decide at once.
    const rowMatches = (alias: string) =>
      `(${alias}.search_vector @@ ${vectors.length === 1 ? query : anyWord} or (${titleHas(`${alias}.${source.title}`)}))`
    if (german) {
      return [
        `${select}
      from "${source.table}_locales" de join "${source.table}" d on d.id = de._parent_id
      where de._locale = 'de' and ${rowMatches('de')} and ${keep}`,
        ...(source.mainVector
          ? [
              `${select}
      from "${source.table}" d
      left join "${source.table}_locales" de on de._parent_id = d.id and de._locale = 'de'
      where d.search_vector @@ ${anyWord} and not coalesce(${rowMatches('de')}, false) and ${keep}`,
            ]
          : []),
      ]
    }
    const candidates = [
      `select l0._parent_id from "${source.table}_locales" l0
        where ${rowMatches('l0')} and l0._locale in (${localeParam}, 'de')`,
      ...(source.mainVector
        ? [`select m.id from "${source.table}" m where m.search_vector @@ ${anyWord}`]
        : []),
    ].join(' union all ')
    return [
      `${select}
      from "${source.table}" d
      left join "${source.table}_locales" de on de._parent_id = d.id and de._locale = 'de'
      left join "${source.table}_locales" l on l._parent_id = d.id and l._locale = ${localeParam}
      where d.id in (${candidates}) and ${keep}`,
    ]
  })
  const text = `select r.collection, r.id, r.slug, r.district_id, dist.slug as district_slug, r.title, r.excerpt,
           r.rank, r.total
    from (select p.*, count(*) over () as total
          from (${parts.flat().join('\n    union all ')}) as p
          order by p.rank desc, p.title asc, p.id asc
          limit ${limitParam} offset ${offsetParam}) as r
    left join districts dist on dist.id = r.district_id
    order by r.rank desc, r.title asc, r.id asc`
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
