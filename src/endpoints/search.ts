import type { Endpoint, PayloadRequest } from 'payload'

import { isLocaleCode } from '../lib/locales'
import { postgresDbOf } from '../lib/postgresDb'
import { noteReadsOf } from '../lib/publicCache/recording'
import {
  searchQuery,
  searchResult,
  type SearchRow,
  searchSources,
  toPrefixQuery,
  wordsOf,
} from '../lib/searchQuery'
import { badRequest, unknownLocale } from './badRequest'

const MAX_LIMIT = 50

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

    const sources = searchSources(req.payload.config.collections)
    // Hand-written SQL: the public cache learns here what this answer depends on.
    noteReadsOf(['districts', ...sources.map(({ collection }) => collection)])
    const { text, values } = searchQuery({
      sources,
      tsQuery,
      words: wordsOf(q),
      locale,
      districtId,
      limit,
      offset: (page - 1) * limit,
    })
    const { rows } = await postgresDbOf(req.payload).pool.query<SearchRow>(text, values)
    return Response.json(searchResult(rows, limit, page))
  },
}
