import type pg from 'pg'

import { isLocaleCode, LOCALE_CODES, type LocaleCode } from '../../src/lib/locales'
import { NETWORK_QUERY } from '../scenarios'
import { actorsList } from './actorsList'
import { directory } from './directory'
import { networkById, NOT_FOUND } from './networkById'
import { networkGraphql } from './networkGraphql'
import { findOffers } from './offers'
import { BadRequest, search } from './search'

export type Answer = { status: number; body: unknown }

const ok = (body: unknown): Answer => ({ status: 200, body })
const notFound = (message = 'Not Found'): Answer => ({ status: 404, body: { errors: [{ message }] } })

const localeOf = (query: URLSearchParams): LocaleCode => {
  const locale = query.get('locale') ?? 'de'
  if (!isLocaleCode(locale)) {
    throw new BadRequest('locale', `Unknown locale "${locale}": use one of ${LOCALE_CODES.join(', ')}.`)
  }
  return locale
}

/** A whole number from the query string, or the fallback when absent. */
const whole = (query: URLSearchParams, name: string, fallback: number, min: number, max: number) => {
  const raw = query.get(name)
  const value = raw === null ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadRequest(name, `${name} is a whole number from ${min} to ${max}.`)
  }
  return value
}

const actors = (query: URLSearchParams) => {
  const district = whole(query, 'where[district][equals]', NaN, 1, 2 ** 31 - 1)
  const hasTargetGroup = query.has('where[targetGroups][in]')
  return {
    district,
    targetGroup: hasTargetGroup ? whole(query, 'where[targetGroups][in]', NaN, 1, 2 ** 31 - 1) : undefined,
    limit: whole(query, 'limit', 10, 1, 1000),
    page: whole(query, 'page', 1, 1, 2 ** 31 - 1),
    locale: localeOf(query),
    // The district's whole list is scenario 6, an editor's view; the raw server checks no
    // token and answers it as that district's editors are answered (drafts included).
    asEditor: !hasTargetGroup,
  }
}

/** The requests of bench/scenarios.ts 1–6 and 8, answered from SQL; everything else is a 404. */
export const route = async (pool: pg.Pool, method: string, url: URL, body: string): Promise<Answer> => {
  const { pathname, searchParams: query } = url
  try {
    if (method === 'GET' && pathname === '/api/actors') return ok(await actorsList(pool, actors(query)))
    const network = /^\/api\/networks\/(\d+)$/.exec(pathname)
    if (method === 'GET' && network) {
      const doc = await networkById(pool, {
        id: Number(network[1]),
        depth: whole(query, 'depth', 1, 0, 2),
        locale: localeOf(query),
      })
      return doc ? ok(doc) : { status: 404, body: NOT_FOUND }
    }
    if (method === 'POST' && pathname === '/api/graphql') {
      const request = JSON.parse(body || '{}') as { query?: string; variables?: { id?: unknown } }
      const id = request.variables?.id
      if (request.query !== NETWORK_QUERY || !Number.isInteger(id)) {
        return { status: 400, body: { errors: [{ message: 'The raw server answers NETWORK_QUERY only.' }] } }
      }
      return ok(await networkGraphql(pool, { id: id as number }))
    }
    if (method === 'GET' && pathname === '/api/search')
      return ok(await search(pool, Object.fromEntries(query)))
    if (method === 'GET' && pathname === '/api/offers/find') return ok(await findOffers(pool, query))
    const districtDirectory = /^\/api\/districts\/([^/]+)\/directory$/.exec(pathname)
    if (method === 'GET' && districtDirectory) {
      const slug = decodeURIComponent(districtDirectory[1]!)
      const answer = await directory(pool, { slug, locale: localeOf(query) })
      return answer ? ok(answer) : notFound(`No district with the slug "${slug}".`)
    }
    return notFound()
  } catch (error) {
    if (error instanceof BadRequest) return { status: 400, body: error.body }
    if (error instanceof SyntaxError) return { status: 400, body: { errors: [{ message: 'Invalid JSON' }] } }
    throw error
  }
}
