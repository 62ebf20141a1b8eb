import type { Endpoint, PayloadRequest } from 'payload'

import { LANGUAGE_CODES } from '../fields/languagesField'
import { isLocaleCode, LOCALE_CODES, type LocaleCode } from '../lib/locales'
import {
  answerExpiry,
  DEFAULT_RADIUS_KM,
  MAX_RADIUS_KM,
  offerDetailsQuery,
  type OfferDetailsRow,
  type OfferFilters,
  offerPageQuery,
  type OfferPageRow,
  offerResult,
  type Position,
} from '../lib/offerQuery'
import { berlinWallTime, parseOpenAt } from '../lib/openingHours'
import { type PostgresDb, postgresDbOf } from '../lib/postgresDb'
import { noteExpiry, noteReadsOf } from '../lib/publicCache/recording'
import { toPrefixQuery, wordsOf } from '../lib/searchQuery'
import { badRequest } from './badRequest'

const MAX_LIMIT = 100
const DEFAULT_LIMIT = 20
/** An answer that holds "open now" is true for a minute at most (the `openAt=now` filter moves). */
const MAX_AGE_SECONDS = 60

export const FIND_PARAMETERS = [
  'district',
  'near',
  'radius',
  'language',
  'targetGroup',
  'offerType',
  'field',
  'free',
  'openAt',
  'q',
  'locale',
  'limit',
  'page',
] as const

/** A 400 naming the parameter, thrown while reading the query and answered by the handler. */
export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

const fail = (parameter: string, message: string): never => {
  throw new BadParameter(parameter, message)
}

const one = (query: Record<string, unknown>, name: string): string | null => {
  const value = query[name]
  if (value === undefined) return null
  if (typeof value !== 'string') return fail(name, `Give ${name} once, as a plain value.`)
  return value.trim() === '' ? fail(name, `${name} is empty.`) : value.trim()
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

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
    : fail(name, `${name} is a whole number from 1${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}.`)
}

/** Ids of a taxonomy term or document named by id or slug (and, for target groups, category). */
const resolveIds = async (
  db: PostgresDb,
  parameter: string,
  value: string,
  sql: (byId: boolean) => string,
  values: (byId: boolean) => unknown[],
  what: string,
): Promise<number[]> => {
  const byId = /^\d+$/.test(value)
  // Ids are PostgreSQL integers: a larger number names nothing (and must not reach the cast).
  if (byId && Number(value) > 2_147_483_647) return fail(parameter, `No ${what} with the id ${value}.`)
  const { rows } = await db.pool.query<{ id: number }>(sql(byId), values(byId))
  return rows.length
    ? rows.map(({ id }) => id)
    : fail(parameter, `No ${what} "${value}" (give its slug or id).`)
}

/**
 * The filters of a request, every parameter checked: a bad one is a 400 naming it. Names
 * (district, target group, offer type, field of action) are resolved to ids among what anonymous
 * clients may see.
 */
export const filtersOf = async (
  query: Record<string, unknown>,
  db: PostgresDb,
  now: Date,
): Promise<OfferFilters & { page: number }> => {
  // Payload's REST layer adds `depth` to every request's query; it means nothing here.
  const unknown = Object.keys(query).filter(
    (name) => name !== 'depth' && !(FIND_PARAMETERS as readonly string[]).includes(name),
  )
  if (unknown.length) {
    fail(unknown[0]!, `Unknown parameter "${unknown[0]}"; known: ${FIND_PARAMETERS.join(', ')}.`)
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

  const freeValue = one(query, 'free')
  if (freeValue !== null && freeValue !== 'true' && freeValue !== 'false')
    fail('free', 'free is true or false.')

  const openAtValue = one(query, 'openAt')
  const openAtInstant = openAtValue === null ? null : parseOpenAt(openAtValue, now)
  if (openAtValue !== null && !openAtInstant) {
    fail(
      'openAt',
      'openAt is "now" or a date and time, e.g. 2026-12-01T10:00 (Berlin time) or 2026-12-01T09:00:00Z.',
    )
  }

  const q = one(query, 'q')
  const tsQuery = q === null ? null : toPrefixQuery(q)
  if (q !== null && (!tsQuery || q.length > 200))
    fail('q', 'q is a search text of 1 to 200 characters with letters or digits.')

  const limit = wholeNumber('limit', one(query, 'limit'), DEFAULT_LIMIT, MAX_LIMIT)
  const page = wholeNumber('page', one(query, 'page'), 1, 100_000)

  const districtValue = one(query, 'district')
  const districtId =
    districtValue === null
      ? null
      : (
          await resolveIds(
            db,
            'district',
            districtValue,
            (byId) => `select id from districts where ${byId ? 'id = $1::int' : 'slug = $1'}`,
            () => [districtValue],
            'district',
          )
        )[0]!

  const targetGroupValue = one(query, 'targetGroup')
  // A category (state-wide) names the target groups of every district; a slug those of the
  // district asked for, or of all districts.
  const targetGroupIds =
    targetGroupValue === null
      ? null
      : await resolveIds(
          db,
          'targetGroup',
          targetGroupValue,
          (byId) =>
            `select id from target_groups t where t._status = 'published' and t.deleted_at is null and ${
              byId ? 't.id = $1::int' : '(t.category::text = $1 or t.slug = $1)'
            }${districtId === null ? '' : ' and t.district_id = $2'}`,
          () => (districtId === null ? [targetGroupValue] : [targetGroupValue, districtId]),
          'target group',
        )

  const termId = async (parameter: string, table: string, what: string) => {
    const value = one(query, parameter)
    if (value === null) return null
    const ids = await resolveIds(
      db,
      parameter,
      value,
      (byId) => `select id from ${table} where ${byId ? 'id = $1::int' : 'slug = $1'}`,
      () => [value],
      what,
    )
    return ids[0]!
  }
  const offerTypeId = await termId('offerType', 'offer_types', 'offer type')
  const fieldOfActionId = await termId('field', 'fields_of_action', 'field of action')

  return {
    districtId,
    near,
    radiusKm,
    language,
    targetGroupIds,
    offerTypeId,
    fieldOfActionId,
    free: freeValue === null ? null : freeValue === 'true',
    openAt: openAtInstant ? berlinWallTime(openAtInstant) : null,
    tsQuery,
    words: q === null ? [] : wordsOf(q),
    locale: locale as LocaleCode,
    today: berlinWallTime(now).date,
    limit,
    offset: (page - 1) * limit,
    page,
  }
}

/**
 * Runs a find: the page, then its details, and until when the answer holds. Tells the public
 * cache what it read and when it expires ("open now" and `openAt=now` change with the clock).
 */
export const findOffers = async (db: PostgresDb, filters: OfferFilters & { page: number }, now: Date) => {
  // Hand-written SQL: the public cache learns here what this answer depends on.
  noteReadsOf(['offers', 'places', 'districts', 'target-groups', 'offer-types', 'fields-of-action', 'actors'])
  const page = offerPageQuery(filters)
  const { rows } = await db.pool.query<OfferPageRow>(page.text, page.values)
  const ids = rows.map(({ id }) => id)
  const details = ids.length ? offerDetailsQuery(ids, filters.locale) : null
  const detailRows = details ? (await db.pool.query<OfferDetailsRow>(details.text, details.values)).rows : []
  const result = offerResult(rows, detailRows, {
    limit: filters.limit,
    pageNumber: filters.page,
    near: filters.near,
    now,
  })
  const expires = answerExpiry(result.docs, now, MAX_AGE_SECONDS)
  noteExpiry(expires.getTime())
  return { result: { ...result, at: now.toISOString() }, expires }
}

/**
 * GET /api/offers/find — published offers with their places, filtered by district, distance
 * (`near`, `radius`), language, target group, offer type, field of action, cost, opening time
 * (`openAt`, Berlin time) and text; nearest first with `near`, else by title. Each offer and
 * place says whether it is open now and when it opens next. What it shows is what anonymous
 * clients may see, whoever asks (no contacts: persons' consent is for their own documents).
 */
export const findOffersEndpoint: Endpoint = {
  path: '/find',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const now = new Date()
    let filters: OfferFilters & { page: number }
    try {
      filters = await filtersOf((req.query ?? {}) as Record<string, unknown>, postgresDbOf(req.payload), now)
    } catch (error) {
      if (error instanceof BadParameter) return badRequest(error.parameter, error.message)
      throw error
    }
    const { result, expires } = await findOffers(postgresDbOf(req.payload), filters, now)
    // "Open now" and the `openAt=now` filter change with the clock: the answer says until when it holds.
    return Response.json(result, { headers: { Expires: expires.toUTCString() } })
  },
}

type Schema = Record<string, unknown>
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] })
const text = nullable({ type: 'string' })
const term = (extra: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer' }, slug: text, name: text, ...extra },
})
const instant = nullable({ type: 'string', format: 'date-time' })

/** The answer of GET /api/offers/find, for the OpenAPI document (src/endpoints/openapi.ts). */
export const FOUND_OFFERS_SCHEMA: Schema = {
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage', 'at'],
  properties: {
    docs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'languages', 'places', 'openNow'],
        properties: {
          id: { type: 'integer' },
          slug: text,
          title: text,
          summary: text,
          district: nullable({
            type: 'object',
            properties: { id: { type: 'integer' }, slug: text },
          }),
          offerTypes: { type: 'array', items: term() },
          targetGroups: { type: 'array', items: term({ category: text }) },
          fieldsOfAction: { type: 'array', items: term() },
          languages: { type: 'array', items: { type: 'string' } },
          provider: nullable(term()),
          cost: { type: 'object', properties: { free: nullable({ type: 'boolean' }), note: text } },
          registration: nullable({ enum: ['none', 'registration', 'appointment'] }),
          online: { type: 'object', properties: { url: text, remote: nullable({ type: 'boolean' }) } },
          eligibility: {
            type: 'object',
            properties: { ageFrom: nullable({ type: 'integer' }), ageTo: nullable({ type: 'integer' }) },
          },
          period: {
            type: 'object',
            properties: {
              from: nullable({ type: 'string', format: 'date' }),
              to: nullable({ type: 'string', format: 'date' }),
            },
          },
          distanceKm: nullable({ type: 'number', minimum: 0 }),
          openNow: { type: 'boolean' },
          opensNext: instant,
          places: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'openNow', 'byAppointmentOnly'],
              properties: {
                id: { type: 'integer' },
                slug: text,
                name: text,
                address: {
                  type: 'object',
                  properties: { addition: text, street: text, postalCode: text, city: text },
                },
                coordinates: nullable({
                  type: 'object',
                  required: ['latitude', 'longitude'],
                  properties: { latitude: { type: 'number' }, longitude: { type: 'number' } },
                }),
                distanceKm: nullable({ type: 'number', minimum: 0 }),
                openNow: { type: 'boolean' },
                opensNext: instant,
                closesAt: instant,
                byAppointmentOnly: { type: 'boolean' },
                hoursNote: text,
                exceptionNote: text,
                accessibility: {
                  type: 'object',
                  additionalProperties: nullable({ enum: ['yes', 'no'] }),
                },
              },
            },
          },
        },
      },
    },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    page: { type: 'integer' },
    totalPages: { type: 'integer' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    at: { type: 'string', format: 'date-time', description: 'The instant openNow and opensNext refer to.' },
  },
}

/** The query parameters of GET /api/offers/find, for the OpenAPI document. */
export const FIND_PARAMETER_SCHEMAS: Schema[] = [
  {
    name: 'district',
    in: 'query',
    schema: { type: 'string' },
    description: 'Slug or id',
    example: 'stendal',
  },
  {
    name: 'near',
    in: 'query',
    schema: { type: 'string', pattern: '^-?[0-9.]+,-?[0-9.]+$' },
    description: 'latitude,longitude in degrees (WGS 84): nearest first, with distanceKm',
    example: '52.6055,11.8583',
  },
  {
    name: 'radius',
    in: 'query',
    schema: { type: 'number', exclusiveMinimum: 0, maximum: MAX_RADIUS_KM, default: DEFAULT_RADIUS_KM },
    description: 'km around near',
  },
  { name: 'language', in: 'query', schema: { enum: [...LANGUAGE_CODES] }, description: 'ISO 639-1, or gsg' },
  {
    name: 'targetGroup',
    in: 'query',
    schema: { type: 'string' },
    description: 'A target-group category (all districts), slug or id',
    example: 'refugees-asylum',
  },
  { name: 'offerType', in: 'query', schema: { type: 'string' }, description: 'Slug or id' },
  { name: 'field', in: 'query', schema: { type: 'string' }, description: 'Field of action: slug or id' },
  { name: 'free', in: 'query', schema: { type: 'boolean' } },
  {
    name: 'openAt',
    in: 'query',
    schema: { type: 'string' },
    description: '"now", a Berlin wall time (2026-12-07T10:00) or an instant with offset',
  },
  { name: 'q', in: 'query', schema: { type: 'string', minLength: 1, maxLength: 200 } },
  { name: 'locale', in: 'query', schema: { enum: LOCALE_CODES, default: 'de' } },
  {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
]
