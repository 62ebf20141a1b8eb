import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '../lib/idOf'
import { publicDistrict } from './publicDistrict'

/** The media type of RFC 7946. */
export const GEOJSON_TYPE = 'application/geo+json'

type PlaceDoc = {
  id: number
  slug?: string | null
  name?: string | null
  address?: Record<string, unknown> | null
  coordinates?: { latitude?: number | null; longitude?: number | null } | null
  openingHours?: unknown
  openingExceptions?: unknown
  accessibility?: unknown
  publicTransport?: string | null
}

type OfferDoc = {
  id: number
  slug?: string | null
  title?: string | null
  summary?: string | null
  offerTypes?: unknown[] | null
  languages?: string[] | null
  places?: Array<{ place?: unknown }> | null
}

/**
 * GET /api/districts/:slug/places.geojson?locale=de — a district's published places with a
 * position as an RFC 7946 FeatureCollection (longitude first), each with the published offers
 * held there: what a map layer needs in one request. Places without coordinates have no
 * geometry to draw and are left out (`placesWithoutPosition` counts them). What anonymous
 * clients may see, whoever asks.
 */
export const placesGeoJson: Endpoint = {
  path: '/:slug/places.geojson',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const found = await publicDistrict(req)
    if (found instanceof Response) return found
    const { district, locale } = found
    // No req and no user: the Local API applies anonymous access, as the public sees it.
    const anonymous = {
      overrideAccess: false,
      depth: 0,
      locale,
      fallbackLocale: 'de',
      pagination: false,
    } as const

    const { docs: places } = (await req.payload.find({
      ...anonymous,
      collection: 'places',
      where: { district: { equals: district.id } },
      sort: ['name', 'id'],
      select: {
        slug: true,
        name: true,
        address: true,
        coordinates: { latitude: true, longitude: true },
        openingHours: true,
        openingExceptions: true,
        accessibility: true,
        publicTransport: true,
      },
    })) as unknown as { docs: PlaceDoc[] }
    const located = places.filter(
      ({ coordinates }) =>
        typeof coordinates?.latitude === 'number' && typeof coordinates.longitude === 'number',
    )
    const { docs: offers } = (await req.payload.find({
      ...anonymous,
      collection: 'offers',
      where: { district: { equals: district.id } },
      sort: ['title', 'id'],
      select: { slug: true, title: true, summary: true, offerTypes: true, languages: true, places: true },
    })) as unknown as { docs: OfferDoc[] }

    const offersAt = new Map<number, Array<Omit<OfferDoc, 'places'>>>()
    for (const { places: rows, ...offer } of offers) {
      for (const placeId of new Set((rows ?? []).map(({ place }) => idOf(place)))) {
        if (typeof placeId !== 'number') continue
        offersAt.set(placeId, [...(offersAt.get(placeId) ?? []), offer])
      }
    }

    const body = {
      type: 'FeatureCollection',
      district: { id: district.id, slug: district.slug, name: district.name },
      locale,
      placesWithoutPosition: places.length - located.length,
      features: located.map(({ id, coordinates, ...place }) => ({
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [coordinates!.longitude, coordinates!.latitude] },
        properties: { id, ...place, offers: offersAt.get(id) ?? [] },
      })),
    }
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': GEOJSON_TYPE } })
  },
}

/** The answer of GET /api/districts/:slug/places.geojson, for the OpenAPI document. */
export const PLACES_GEOJSON_SCHEMA: Record<string, unknown> = {
  type: 'object',
  required: ['type', 'features'],
  properties: {
    type: { const: 'FeatureCollection' },
    district: { type: 'object', properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: {} } },
    locale: { type: 'string' },
    placesWithoutPosition: { type: 'integer', minimum: 0 },
    features: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'id', 'geometry', 'properties'],
        properties: {
          type: { const: 'Feature' },
          id: { type: 'integer' },
          geometry: {
            type: 'object',
            required: ['type', 'coordinates'],
            properties: {
              type: { const: 'Point' },
              coordinates: {
                type: 'array',
                description: '[longitude, latitude]',
                prefixItems: [
                  { type: 'number', minimum: -180, maximum: 180 },
                  { type: 'number', minimum: -90, maximum: 90 },
                ],
                minItems: 2,
                maxItems: 2,
              },
            },
          },
          properties: {
            type: 'object',
            required: ['id', 'offers'],
            properties: {
              id: { type: 'integer' },
              offers: {
                type: 'array',
                items: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
              },
            },
          },
        },
      },
    },
  },
}
