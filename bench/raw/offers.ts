import type pg from 'pg'

import { LANGUAGE_CODES } from '../../src/fields/languagesField'
import { isLocaleCode, LOCALE_CODES, type LocaleCode } from '../../src/lib/locales'
import {
  DEFAULT_RADIUS_KM,
  MAX_RADIUS_KM,
  offerDetailsQuery,
  type OfferDetailsRow,
  type OfferFilters,
  offerPageQuery,
  type OfferPageRow,
  offerResult,
  type Position,
} from '../../src/lib/offerQuery'
import { berlinWallTime } from '../../src/lib/openingHours'
import { BadRequest } from './search'

/**
 * Scenario 8: GET /api/offers/find?near=…&radius=…&language=…&targetGroup=…&limit=… — the
 * endpoint's own SQL (src/lib/offerQuery.ts: the page, then its details) and its answer
 * (`offerResult`, opening states at the moment of the request), through `pg` without Payload.
 * The parameters the scenario uses are read and checked as src/endpoints/findOffers.ts reads
 * them, with the same 400s; the endpoint's other filters are refused here.
 */

const HANDLED = ['near', 'radius', 'language', 'targetGroup', 'locale', 'limit', 'page'] as const
const MAX_LIMIT = 100
const DEFAULT_LIMIT = 20
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

const fail = (parameter: string, message: string): never => {
  throw new BadRequest(parameter, message)
}

/** One value of a parameter, trimmed; a repeated or empty one is a 400, as the endpoint's. */
const one = (query: URLSearchParams, name: string): string | null => {
  const values = query.getAll(name)
  if (values.length === 0) return null
  if (values.length > 1) return fail(name, `Give ${name} once, as a plain value.`)
  const value = values[0]!.trim()
  return value === '' ? fail(name, `${name} is empty.`) : value
}

const parseNear = (value: string): Position => {
  const parts = value.split(',')
  if (parts.length !== 2 || !parts.every((part) => DECIMAL.test(part.trim()))) {
    return fail('near', 'near is "latitude,longitude" in degrees, e.g. near=52.6055,11.8583.')
  }
  const [latitude, longitude] = parts.map(Number) as [number, number]
  if (Math.abs(latitude) > 90) return fail('near', `Latitude ${latitude} is out of range (-90 to 90).`)
  if (Math.abs(longitude) > 180) return fail('near', `Longitude ${longitude} is out of range (-180 to 180).`)
  return { latitude, longitude }
}

const parseRadius = (value: string): number => {
  const radius = DECIMAL.test(value) ? Number(value) : Number.NaN
  if (!(radius > 0) || radius > MAX_RADIUS_KM) {
    return fail('radius', `radius is a distance in km, more than 0 and at most ${MAX_RADIUS_KM}.`)
  }
  return radius
}

const wholeNumber = (name: string, value: string | null, fallback: number, max: number): number => {
  if (value === null) return fallback
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN
  return Number.isSafeInteger(number) && number >= 1 && number <= max
    ? number
    : fail(name, `${name} is a whole number from 1 to ${max}.`)
}

/** The target groups a category or slug (or id) names, among the published ones, as the endpoint resolves them. */
const targetGroupIds = async (pool: pg.Pool, value: string): Promise<number[]> => {
  const byId = /^\d+$/.test(value)
  // Ids are PostgreSQL integers: a larger number names nothing (and must not reach the cast).
  if (byId && Number(value) > 2_147_483_647)
    return fail('targetGroup', `No target group with the id ${value}.`)
  const { rows } = await pool.query<{ id: number }>(
    `select id from target_groups t where t._status = 'published' and t.deleted_at is null and ${
      byId ? 't.id = $1::int' : '(t.category::text = $1 or t.slug = $1)'
    }`,
    [value],
  )
  return rows.length
    ? rows.map(({ id }) => id)
    : fail('targetGroup', `No target group "${value}" (give its slug or id).`)
}

/** The filters of a request, in the endpoint's order of checks. */
export const offerFiltersOf = async (
  pool: pg.Pool,
  query: URLSearchParams,
  now: Date,
): Promise<OfferFilters & { page: number }> => {
  // Payload's REST layer adds `depth` to every request; the endpoint ignores it.
  const other = [...new Set(query.keys())].find(
    (name) => name !== 'depth' && !(HANDLED as readonly string[]).includes(name),
  )
  if (other !== undefined) {
    fail(other, `The raw server answers the parameters ${HANDLED.join(', ')} only, not "${other}".`)
  }
  const locale = one(query, 'locale') ?? 'de'
  if (!isLocaleCode(locale))
    fail('locale', `Unknown locale "${locale}": use one of ${LOCALE_CODES.join(', ')}.`)

  const nearValue = one(query, 'near')
  const radiusValue = one(query, 'radius')
  const near = nearValue === null ? null : parseNear(nearValue)
  if (radiusValue !== null && !near) fail('radius', 'radius needs near (the point to measure from).')
  const radiusKm = radiusValue === null ? DEFAULT_RADIUS_KM : parseRadius(radiusValue)

  const language = one(query, 'language')
  if (language !== null && !LANGUAGE_CODES.has(language)) {
    fail(
      'language',
      `Unknown language "${language}": use an ISO 639-1 code (ar, uk, …) or gsg for German Sign Language.`,
    )
  }

  const limit = wholeNumber('limit', one(query, 'limit'), DEFAULT_LIMIT, MAX_LIMIT)
  const page = wholeNumber('page', one(query, 'page'), 1, 100_000)
  const targetGroup = one(query, 'targetGroup')

  return {
    districtId: null,
    near,
    radiusKm,
    language,
    targetGroupIds: targetGroup === null ? null : await targetGroupIds(pool, targetGroup),
    offerTypeId: null,
    fieldOfActionId: null,
    free: null,
    openAt: null,
    tsQuery: null,
    words: [],
    locale: locale as LocaleCode,
    today: berlinWallTime(now).date,
    limit,
    offset: (page - 1) * limit,
    page,
  }
}

/** The endpoint's answer: the page, its details, opening states at `now`, and `at`. */
export const findOffers = async (pool: pg.Pool, query: URLSearchParams, now = new Date()) => {
  const filters = await offerFiltersOf(pool, query, now)
  const page = offerPageQuery(filters)
  const { rows } = await pool.query<OfferPageRow>(page.text, page.values)
  const ids = rows.map(({ id }) => id)
  const details = ids.length ? offerDetailsQuery(ids, filters.locale) : null
  const detailRows = details ? (await pool.query<OfferDetailsRow>(details.text, details.values)).rows : []
  const result = offerResult(rows, detailRows, {
    limit: filters.limit,
    pageNumber: filters.page,
    near: filters.near,
    now,
  })
  return { ...result, at: now.toISOString() }
}
