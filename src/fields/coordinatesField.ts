import type { GroupField, NumberFieldSingleValidation } from 'payload'

import { message } from '../lib/message'

type Sibling = { latitude?: number | null; longitude?: number | null }

const inRange =
  (max: number, de: string, en: string): NumberFieldSingleValidation =>
  (value, { req, siblingData }) => {
    if (value === null || value === undefined) {
      // Half a position is none: a map and a distance need both.
      const other = siblingData as Sibling
      return other.latitude == null && other.longitude == null
        ? true
        : message(
            req,
            'Breiten- und Längengrad gehören zusammen: beide angeben oder beide leeren.',
            'Latitude and longitude go together: give both or neither.',
          )
    }
    return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= max
      ? true
      : message(req, de, en)
  }

/**
 * A position in WGS 84 degrees, entered by hand or filled by the geocoder
 * (collections/Places/hooks/fillCoordinates.ts). Both columns are indexed together: the
 * distance search prefilters on a bounding box (src/lib/offerQuery.ts).
 */
export const coordinatesField = (): GroupField => ({
  name: 'coordinates',
  type: 'group',
  label: { de: 'Koordinaten', en: 'Coordinates' },
  admin: {
    description: {
      de: 'In Grad (WGS 84), z. B. 51,3556 und 11,9898. Leer lassen, wenn unbekannt.',
      en: 'In degrees (WGS 84), e.g. 51.3556 and 11.9898. Leave empty when unknown.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          label: { de: 'Breitengrad', en: 'Latitude' },
          validate: inRange(
            90,
            'Der Breitengrad liegt zwischen -90 und 90.',
            'Latitude must be between -90 and 90.',
          ),
        },
        {
          name: 'longitude',
          type: 'number',
          label: { de: 'Längengrad', en: 'Longitude' },
          validate: inRange(
            180,
            'Der Längengrad liegt zwischen -180 und 180.',
            'Longitude must be between -180 and 180.',
          ),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          options: [
            { value: 'manual', label: { de: 'von Hand eingetragen', en: 'entered by hand' } },
            { value: 'geocoder', label: { de: 'aus der Anschrift ermittelt', en: 'found from the address' } },
          ],
          label: { de: 'Herkunft', en: 'Source' },
          admin: { readOnly: true },
        },
        {
          name: 'geocodingNote',
          type: 'text',
          label: { de: 'Hinweis der Ortssuche', en: 'Geocoding note' },
          admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.geocodingNote) },
        },
      ],
    },
    // The position on a small map, where tiles are configured and load (src/components/PlaceMap.tsx).
    { name: 'map', type: 'ui', admin: { components: { Field: '/src/components/PlaceMap#PlaceMap' } } },
  ],
})
