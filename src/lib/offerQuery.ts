import type { LocaleCode } from './locales'
import {
  type BerlinWallTime,
  type OpeningException,
  openingState,
  type Weekday,
  type WeeklyHours,
} from './openingHours'

/**
 * Finding offers (GET /api/offers/find): plain SQL with $1… parameters, run by the endpoint and by
 * the benchmark's raw server alike (bench/raw/). Two statements: the page (ids, distance, total)
 * and the page's details; opening states are computed in JS (src/lib/openingHours.ts) from the
 * hours the details carry, with the same rule the `openAt` filter applies in SQL.
 *
 * Distance without PostGIS: a bounding box on the indexed (latitude, longitude) pair of `places`
 * narrows the candidates, the great-circle distance (haversine) decides. Only what anonymous
 * clients may see is read: published, not trashed offers, places, actors and target groups.
 */

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088
/** Largest radius a query may ask for, km: enough for a whole state, small enough to stay a prefilter. */
export const MAX_RADIUS_KM = 200
export const DEFAULT_RADIUS_KM = 25

export type Position = { latitude: number; longitude: number }

export type OfferFilters = {
  districtId: number | null
  near: Position | null
  /** Used with `near`. */
  radiusKm: number
  /** A language code (src/fields/languagesField.ts). */
  language: string | null
  /** Offers for any of these target groups (a category or slug resolves to several). */
  targetGroupIds: number[] | null
  offerTypeId: number | null
  fieldOfActionId: number | null
  free: boolean | null
  /** Only offers open at this Berlin wall time at one of their places. */
  openAt: Pick<BerlinWallTime, 'date' | 'day' | 'time'> | null
  /** A prefix query (src/lib/searchQuery.ts, toPrefixQuery). */
  tsQuery: string | null
  /** Substring patterns of the query's words (titles like "Migrationsberatung" for "beratung"). */
  words: string[]
  locale: LocaleCode
  /** The Berlin date of today: offers whose period ended before it are over. */
  today: string
  limit: number
  offset: number
}

/** The box around a point that holds every point within `radiusKm` (a little more near the poles' edges). */
export const boundingBox = ({ latitude, longitude }: Position, radiusKm: number) => {
  const degreesLatitude = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI)
  const cos = Math.cos((latitude * Math.PI) / 180)
  // Near a pole (or a radius that wraps) every longitude may be in reach.
  const degreesLongitude = cos < 1e-6 ? 180 : Math.min(180, degreesLatitude / cos)
  return {
    minLatitude: latitude - degreesLatitude,
    maxLatitude: latitude + degreesLatitude,
    minLongitude: longitude - degreesLongitude,
    maxLongitude: longitude + degreesLongitude,
  }
}

/** Great-circle distance in km (haversine), as the SQL computes it. */
export const distanceKm = (a: Position, b: Position): number => {
  const rad = Math.PI / 180
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) *
      Math.cos(b.latitude * rad) *
      Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Distances in answers: to 10 m. */
export const roundKm = (km: number) => Math.round(km * 100) / 100

const BERLIN = `'Europe/Berlin'`

/**
 * Whether the offer at one of its places (offer row `op`, place `p`) is open at the wall time
 * given by the parameters: not by appointment only; on a day with an exception of the place its
 * rule (closed, or its hours); otherwise the weekly hours, the offer's own at this place if it
 * has them, else the place's. Mirrors `openingState` (src/lib/openingHours.ts).
 */
const openPredicate = (date: string, day: string, time: string) => `(
  not coalesce(case when op.own_hours then op.hours_by_appointment_only else p.opening_hours_by_appointment_only end, false)
  and coalesce(
    (select case when coalesce(e.closed, false) then false
            else exists (select 1 from places_opening_exceptions_slots es
                         where es._parent_id = e.id and es.opens <= ${time} and ${time} < es.closes) end
       from places_opening_exceptions e
      where e._parent_id = p.id
        and (e."from" at time zone ${BERLIN})::date <= ${date}::date
        and (e."to" at time zone ${BERLIN})::date >= ${date}::date
      order by (e."from" at time zone ${BERLIN})::date desc, e._order asc
      limit 1),
    case when op.own_hours
      then exists (select 1 from offers_places_hours_slots s
                   where s._parent_id = op.id and s.day::text = ${day} and s.opens <= ${time} and ${time} < s.closes)
      else exists (select 1 from places_opening_hours_slots s
                   where s._parent_id = p.id and s.day::text = ${day} and s.opens <= ${time} and ${time} < s.closes)
    end))`

export type OfferPageRow = { id: number; distance_km: number | null; total: string | number }

/**
 * The page: ids of matching offers, nearest first when `near` is given (distance to their
 * nearest matching place), else by title in the locale, with the number of all matches.
 */
export const offerPageQuery = (filters: OfferFilters) => {
  const values: unknown[] = []
  const param = (value: unknown) => `$${values.push(value)}`
  const german = filters.locale === 'de'
  const localeParam = german ? null : param(filters.locale)
  const title = german ? 'de.title' : 'coalesce(l.title, de.title)'

  const offerConditions = [
    `o._status = 'published'`,
    `o.deleted_at is null`,
    `(o.period_to is null or (o.period_to at time zone ${BERLIN})::date >= ${param(filters.today)}::date)`,
  ]
  if (filters.districtId !== null) offerConditions.push(`o.district_id = ${param(filters.districtId)}`)
  if (filters.language !== null) {
    offerConditions.push(
      `exists (select 1 from offers_languages x where x.parent_id = o.id and x.value::text = ${param(filters.language)})`,
    )
  }
  const related = (path: string, column: string, ids: number[]) =>
    `exists (select 1 from offers_rels r where r.parent_id = o.id and r.path = '${path}' and r.${column} = any(${param(ids)}::int[]))`
  if (filters.targetGroupIds !== null) {
    offerConditions.push(related('targetGroups', 'target_groups_id', filters.targetGroupIds))
  }
  if (filters.offerTypeId !== null)
    offerConditions.push(related('offerTypes', 'offer_types_id', [filters.offerTypeId]))
  if (filters.fieldOfActionId !== null) {
    offerConditions.push(related('fieldsOfAction', 'fields_of_action_id', [filters.fieldOfActionId]))
  }
  if (filters.free !== null) offerConditions.push(`o.cost_free = ${param(filters.free)}`)
  if (filters.tsQuery !== null) {
    const query = `to_tsquery('german', ${param(filters.tsQuery)})`
    const patterns = param(filters.words.map((word) => `%${word.replace(/[\\%_]/g, '\\$&')}%`))
    const matches = (alias: string) =>
      `(${alias}.search_vector @@ ${query} or coalesce(${alias}.title, '') ilike all (${patterns}::text[]))`
    offerConditions.push(
      `exists (select 1 from offers_locales m where m._parent_id = o.id and m._locale in ('de'${german ? '' : `, ${localeParam}`}) and ${matches('m')})`,
    )
  }

  const placeConditions = [`p._status = 'published'`, `p.deleted_at is null`]
  const open = filters.openAt
    ? openPredicate(param(filters.openAt.date), param(filters.openAt.day), param(filters.openAt.time))
    : null
  if (open) placeConditions.push(open)

  const localeJoins = `left join offers_locales de on de._parent_id = o.id and de._locale = 'de'${
    german ? '' : `\n    left join offers_locales l on l._parent_id = o.id and l._locale = ${localeParam}`
  }`

  if (filters.near) {
    const { latitude, longitude } = filters.near
    const box = boundingBox(filters.near, filters.radiusKm)
    const lat = param(latitude)
    const lng = param(longitude)
    const distance = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
        power(sin(radians(p.coordinates_latitude::float8 - ${lat}::float8) / 2), 2)
        + cos(radians(${lat}::float8)) * cos(radians(p.coordinates_latitude::float8))
          * power(sin(radians(p.coordinates_longitude::float8 - ${lng}::float8) / 2), 2)))))`
    const text = `with near as (
      select op._parent_id as offer_id, min(${distance}) as distance_km
        from places p
        join offers_places op on op.place_id = p.id
       where p.coordinates_latitude between ${param(box.minLatitude)} and ${param(box.maxLatitude)}
         and p.coordinates_longitude between ${param(box.minLongitude)} and ${param(box.maxLongitude)}
         and ${placeConditions.join(' and ')}
         and ${distance} <= ${param(filters.radiusKm)}
       group by op._parent_id)
    select o.id, near.distance_km, count(*) over () as total
      from near
      join offers o on o.id = near.offer_id
     where ${offerConditions.join('\n       and ')}
     order by near.distance_km asc, o.id asc
     limit ${param(filters.limit)} offset ${param(filters.offset)}`
    return { text, values }
  }

  if (open) {
    offerConditions.push(`exists (select 1 from offers_places op join places p on p.id = op.place_id
       where op._parent_id = o.id and ${placeConditions.join(' and ')})`)
  }
  const text = `select o.id, null::float8 as distance_km, count(*) over () as total
      from offers o
      ${localeJoins}
     where ${offerConditions.join('\n       and ')}
     order by ${title} asc nulls last, o.id asc
     limit ${param(filters.limit)} offset ${param(filters.offset)}`
  return { text, values }
}

type Slot = { day?: Weekday; opens: string; closes: string }

/** One place of an offer as the details statement returns it. */
export type OfferPlaceRow = {
  id: number
  slug: string | null
  name: string | null
  addition: string | null
  street: string | null
  postalCode: string | null
  city: string | null
  latitude: number | null
  longitude: number | null
  /** The offer's own hours at this place, else the place's. */
  byAppointmentOnly: boolean | null
  hoursNote: string | null
  slots: Slot[] | null
  exceptions: Array<{
    from: string
    to: string
    closed: boolean | null
    note: string | null
    slots: Slot[] | null
  }> | null
  accessibility: Record<string, string | null>
}

export type OfferDetailsRow = {
  id: number
  slug: string | null
  district_id: number | null
  district_slug: string | null
  title: string | null
  summary: string | null
  cost_free: boolean | null
  cost_note: string | null
  registration: string | null
  online_url: string | null
  online_remote: boolean | null
  age_from: string | number | null
  age_to: string | number | null
  period_from: string | null
  period_to: string | null
  languages: string[]
  offer_types: Array<{ id: number; slug: string | null; name: string | null }>
  target_groups: Array<{ id: number; slug: string | null; name: string | null; category: string | null }>
  fields_of_action: Array<{ id: number; slug: string | null; name: string | null }>
  provider: { id: number; slug: string | null; name: string | null } | null
  places: OfferPlaceRow[]
}

/**
 * The details of the page's offers in the locale (German where a translation is missing): their
 * taxonomies, their provider and their published places with hours and exceptions.
 */
export const offerDetailsQuery = (ids: number[], locale: LocaleCode) => {
  const values: unknown[] = [ids, locale]
  // Localized columns: the requested locale, else German.
  const localized = (table: string, parent: string, column: string) =>
    `coalesce((select x.${column} from ${table} x where x._parent_id = ${parent} and x._locale = $2),
              (select x.${column} from ${table} x where x._parent_id = ${parent} and x._locale = 'de'))`
  const published = (alias: string) => `${alias}._status = 'published' and ${alias}.deleted_at is null`
  const slotsOf = (table: string, parent: string, withDay: boolean) =>
    `(select json_agg(json_build_object(${withDay ? `'day', s.day, ` : ''}'opens', s.opens, 'closes', s.closes) order by s._order)
        from ${table} s where s._parent_id = ${parent})`
  const text = `select o.id, o.slug, o.district_id, dist.slug as district_slug,
      ${localized('offers_locales', 'o.id', 'title')} as title,
      ${localized('offers_locales', 'o.id', 'summary')} as summary,
      o.cost_free, ${localized('offers_locales', 'o.id', 'cost_note')} as cost_note,
      o.registration, o.online_url, o.online_remote,
      o.eligibility_age_from as age_from, o.eligibility_age_to as age_to, o.period_from, o.period_to,
      coalesce((select json_agg(x.value order by x."order") from offers_languages x where x.parent_id = o.id), '[]') as languages,
      coalesce((select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', ${localized('offer_types_locales', 't.id', 'name')}) order by r."order")
         from offers_rels r join offer_types t on t.id = r.offer_types_id
        where r.parent_id = o.id and r.path = 'offerTypes'), '[]') as offer_types,
      coalesce((select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', ${localized('target_groups_locales', 't.id', 'name')}, 'category', t.category) order by r."order")
         from offers_rels r join target_groups t on t.id = r.target_groups_id
        where r.parent_id = o.id and r.path = 'targetGroups' and ${published('t')}), '[]') as target_groups,
      coalesce((select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', ${localized('fields_of_action_locales', 't.id', 'name')}) order by r."order")
         from offers_rels r join fields_of_action t on t.id = r.fields_of_action_id
        where r.parent_id = o.id and r.path = 'fieldsOfAction'), '[]') as fields_of_action,
      (select json_build_object('id', a.id, 'slug', a.slug, 'name', ${localized('actors_locales', 'a.id', 'name')})
         from actors a where a.id = o.provider_id and ${published('a')}) as provider,
      coalesce((select json_agg(json_build_object(
          'id', p.id, 'slug', p.slug, 'name', ${localized('places_locales', 'p.id', 'name')},
          'addition', p.address_addition, 'street', p.address_street, 'postalCode', p.address_postal_code, 'city', p.address_city,
          'latitude', p.coordinates_latitude::float8, 'longitude', p.coordinates_longitude::float8,
          'byAppointmentOnly', case when op.own_hours then op.hours_by_appointment_only else p.opening_hours_by_appointment_only end,
          'hoursNote', case when op.own_hours then ${localized('offers_places_locales', 'op.id', 'hours_note')}
                            else ${localized('places_locales', 'p.id', 'opening_hours_note')} end,
          'slots', case when op.own_hours then ${slotsOf('offers_places_hours_slots', 'op.id', true)}
                        else ${slotsOf('places_opening_hours_slots', 'p.id', true)} end,
          'exceptions', (select json_agg(json_build_object('from', e."from", 'to', e."to", 'closed', e.closed,
                            'note', ${localized('places_opening_exceptions_locales', 'e.id', 'note')},
                            'slots', ${slotsOf('places_opening_exceptions_slots', 'e.id', false)}) order by e._order)
                           from places_opening_exceptions e where e._parent_id = p.id),
          'accessibility', json_build_object(
            'stepFreeEntrance', p.accessibility_step_free_entrance, 'accessibleToilet', p.accessibility_accessible_toilet,
            'lift', p.accessibility_lift, 'hearingLoop', p.accessibility_hearing_loop,
            'disabledParking', p.accessibility_disabled_parking)
        ) order by op._order)
         from offers_places op join places p on p.id = op.place_id
        where op._parent_id = o.id and ${published('p')}), '[]') as places
    from offers o
    left join districts dist on dist.id = o.district_id
   where o.id = any($1::int[])`
  return { text, values }
}

/** A stored date (timestamp) as the Berlin calendar day, as editors entered it. */
const dayOf = (value: string | null) =>
  value ? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(value)) : null

const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value))

/** Earliest of ISO instants (null when none). */
const earliest = (values: Array<string | null>) =>
  values
    .filter((value): value is string => value !== null)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null

export type FoundOffer = ReturnType<typeof foundOffer>

/** One offer of the answer: its places nearest first when `near` is given, each with its opening state at `now`. */
export const foundOffer = (
  row: OfferDetailsRow,
  distance: number | null,
  near: Position | null,
  now: Date,
) => {
  const places = row.places.map((place) => {
    const hours: WeeklyHours = {
      byAppointmentOnly: place.byAppointmentOnly,
      slots: (place.slots ?? []) as WeeklyHours['slots'],
      note: place.hoursNote,
    }
    const exceptions: OpeningException[] = (place.exceptions ?? []).map((exception) => ({
      from: exception.from,
      to: exception.to,
      closed: exception.closed,
      slots: exception.slots,
      note: exception.note,
    }))
    const state = openingState(hours, exceptions, now)
    const position =
      place.latitude === null || place.longitude === null
        ? null
        : { latitude: place.latitude, longitude: place.longitude }
    return {
      id: place.id,
      slug: place.slug,
      name: place.name,
      address: {
        addition: place.addition,
        street: place.street,
        postalCode: place.postalCode,
        city: place.city,
      },
      coordinates: position,
      distanceKm: near && position ? roundKm(distanceKm(near, position)) : null,
      openNow: state.openNow,
      opensNext: state.opensNext,
      closesAt: state.closesAt,
      byAppointmentOnly: state.byAppointmentOnly,
      hoursNote: place.hoursNote,
      exceptionNote: state.exception?.note ?? null,
      accessibility: place.accessibility,
    }
  })
  if (near) {
    places.sort(
      (a, b) =>
        (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
        a.id - b.id,
    )
  }
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    district: row.district_id === null ? null : { id: row.district_id, slug: row.district_slug },
    offerTypes: row.offer_types,
    targetGroups: row.target_groups,
    fieldsOfAction: row.fields_of_action,
    languages: row.languages,
    provider: row.provider,
    cost: { free: row.cost_free, note: row.cost_note },
    registration: row.registration,
    online: { url: row.online_url, remote: row.online_remote },
    eligibility: { ageFrom: numberOrNull(row.age_from), ageTo: numberOrNull(row.age_to) },
    period: { from: dayOf(row.period_from), to: dayOf(row.period_to) },
    distanceKm: distance === null ? null : roundKm(distance),
    openNow: places.some((place) => place.openNow),
    opensNext: places.some((place) => place.openNow)
      ? null
      : earliest(places.map((place) => place.opensNext)),
    places,
  }
}

/**
 * When the answer stops being true without any write: the earliest opening or closing among its
 * places, at most `maxSeconds` ahead (an `openAt=now` filter changes with every minute).
 */
export const answerExpiry = (offers: FoundOffer[], now: Date, maxSeconds: number): Date => {
  const limit = now.getTime() + maxSeconds * 1000
  const changes = offers.flatMap((offer) =>
    offer.places.flatMap((place) =>
      [place.opensNext, place.closesAt].filter((value): value is string => value !== null),
    ),
  )
  const next = Math.min(limit, ...changes.map((value) => Date.parse(value)))
  return new Date(Math.max(now.getTime() + 1000, next))
}

/** The answer of GET /api/offers/find. */
export const offerResult = (
  page: OfferPageRow[],
  details: OfferDetailsRow[],
  { limit, pageNumber, near, now }: { limit: number; pageNumber: number; near: Position | null; now: Date },
) => {
  const byId = new Map(details.map((row) => [row.id, row]))
  const docs = page.flatMap(({ id, distance_km }) => {
    const row = byId.get(id)
    return row ? [foundOffer(row, distance_km === null ? null : Number(distance_km), near, now)] : []
  })
  const totalDocs = Number(page[0]?.total ?? 0)
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    docs,
    totalDocs,
    limit,
    page: pageNumber,
    totalPages,
    hasNextPage: pageNumber < totalPages,
    hasPrevPage: pageNumber > 1,
  }
}
