import type { CollectionBeforeChangeHook } from 'payload'

import { type Address, geocode, geocoderOf } from '../../../src/lib/geocoder'
import { message } from '../../../src/lib/message'

type Coordinates = {
  latitude?: number | null
  longitude?: number | null
  source?: 'manual' | 'geocoder' | null
  geocodingNote?: string | null
}
type Place = { address?: Address | null; coordinates?: Coordinates | null }

const ADDRESS_PARTS = ['street', 'postalCode', 'city'] as const

/** Stored degrees may come back as strings of a numeric column; compare them as numbers. */
const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || (a != null && b != null && Number(a) === Number(b))

/**
 * Fills a place's coordinates from its address through the configured geocoder
 * (src/lib/geocoder.ts). Coordinates typed by hand always win: an editor who placed the pin
 * knows better than a lookup, so a later change of the address leaves them alone. A failed
 * lookup never blocks the save: it is written to `geocodingNote`, which the form shows.
 */
export const fillCoordinates: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  // The seed and the benchmark generator write prepared positions, and thousands of them:
  // they must neither ask a public service nor have their sources rewritten.
  if (context.skipGeocoding) return data
  const place = data as Place
  const stored = operation === 'update' ? ((originalDoc ?? {}) as Place) : {}
  const was = stored.coordinates ?? {}
  const given = place.coordinates ?? {}
  // A partial update leaves out what it does not change, and Payload keeps the stored value.
  const latitude = 'latitude' in given ? (given.latitude ?? null) : (was.latitude ?? null)
  const longitude = 'longitude' in given ? (given.longitude ?? null) : (was.longitude ?? null)
  const coordinates: Coordinates = {
    ...given,
    // Source and note are the server's: what a client sends for them counts for nothing.
    source: was.source ?? null,
    geocodingNote: was.geocodingNote ?? null,
  }

  if (!same(latitude, was.latitude) || !same(longitude, was.longitude)) {
    // New coordinates are typed by hand, unless the save copies geocoded ones (a duplicate, a
    // restored version): those come with source 'geocoder' where the stored document had none.
    // The admin form sends the stored source back unchanged, so an edit there counts as by hand.
    const copied = given.source === 'geocoder' && was.source !== 'geocoder'
    const cleared = latitude === null && longitude === null
    coordinates.source = copied ? 'geocoder' : cleared ? null : 'manual'
    coordinates.geocodingNote = null
  }

  const settings = geocoderOf(req.payload.config)
  const address = Object.fromEntries(
    ADDRESS_PARTS.map((part) => [
      part,
      (place.address && part in place.address ? place.address[part] : stored.address?.[part])?.trim() || null,
    ]),
  ) as Address
  const addressChanged = ADDRESS_PARTS.some((part) =>
    operation === 'create' ? address[part] : address[part] !== (stored.address?.[part]?.trim() || null),
  )
  const hasCoordinates = latitude !== null || longitude !== null
  if (settings && addressChanged && (coordinates.source !== 'manual' || !hasCoordinates)) {
    const result = await geocode(address, settings)
    if (result.ok) {
      Object.assign(coordinates, {
        latitude: result.latitude,
        longitude: result.longitude,
        source: 'geocoder',
        geocodingNote: null,
      })
    } else {
      coordinates.geocodingNote = message(req, result.problem, result.problemEn)
      req.payload.logger.warn(`Geocoding place ${String(originalDoc?.id ?? '(new)')}: ${result.problemEn}`)
    }
  }
  return { ...data, coordinates }
}
