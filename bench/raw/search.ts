import type pg from 'pg'

import config from '../../payload.config'
import { isLocaleCode, LOCALE_CODES } from '../../src/lib/locales'
import { searchQuery, searchResult, type SearchRow, searchSources, wordsOf } from '../../src/lib/searchQuery'

/**
 * Scenario 4: GET /api/search?q=…&limit=… — the endpoint's own SQL (src/lib/searchQuery.ts, plain
 * SQL without Payload), so the comparison shows what the framework adds around it.
 */

const MAX_LIMIT = 50

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

  const { text, values } = searchQuery({
    // The CMS's own list, from the same built config.
    sources: searchSources((await config).collections),
    tsQuery: words.map((word) => `${word}:*`).join(' & '),
    words,
    locale,
    districtId,
    limit,
    offset: (page - 1) * limit,
  })
  const { rows } = await pool.query<SearchRow>(text, values)
  return searchResult(rows, limit, page)
}
