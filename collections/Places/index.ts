import { accessibilityField } from '../../src/fields/accessibilityField'
import { addressField } from '../../src/fields/addressField'
import { coordinatesField } from '../../src/fields/coordinatesField'
import { nameField } from '../../src/fields/nameField'
import { officeHoursField } from '../../src/fields/officeHoursField'
import { openingExceptionsField } from '../../src/fields/openingExceptionsField'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'
import { fillCoordinates } from './hooks/fillCoordinates'

/**
 * A place where people go (Ort): an office, a school, a community centre. Offers happen at
 * places; actors and contacts may name theirs. Position, step-free access and opening hours
 * with their exceptions are what people filter by.
 */
export const Places = contentCollection<'places'>(
  {
    slug: 'places',
    defaultSort: 'name',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { name: true, slug: true, address: true, coordinates: true, district: true },
    labels: {
      singular: { de: 'Ort', en: 'Place' },
      plural: { de: 'Orte', en: 'Places' },
    },
    admin: {
      group: GROUPS.offers,
      defaultColumns: ['name', 'address.city', 'owner', '_status'],
      listSearchableFields: ['name', 'address.street', 'address.city'],
    },
    // The bounding-box prefilter of the distance search reads these two columns together.
    indexes: [{ fields: ['coordinates.latitude', 'coordinates.longitude'] }],
    hooks: { beforeChange: [fillCoordinates] },
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            label: { de: 'Ort', en: 'Place' },
            fields: [
              nameField(),
              addressField(),
              coordinatesField(),
              {
                name: 'publicTransport',
                type: 'textarea',
                localized: true,
                label: { de: 'Anfahrt mit Bus und Bahn', en: 'Public transport' },
                admin: {
                  description: {
                    de: 'z. B. „Straßenbahn 1, Haltestelle Markt“',
                    en: 'e.g. “Tram 1, stop Markt”',
                  },
                },
              },
              {
                name: 'owner',
                type: 'relationship',
                relationTo: 'actors',
                index: true,
                filterOptions: sameDistrict,
                label: { de: 'Träger / Betreiber', en: 'Operated by' },
              },
            ],
          },
          {
            label: { de: 'Öffnungszeiten', en: 'Opening hours' },
            fields: [
              officeHoursField({
                name: 'openingHours',
                label: { de: 'Öffnungszeiten', en: 'Opening hours' },
              }),
              openingExceptionsField(),
            ],
          },
          {
            label: { de: 'Barrierefreiheit', en: 'Accessibility' },
            fields: [accessibilityField()],
          },
        ],
      },
      slugField('name', { scopedToDistrict: true }),
    ],
  },
  {
    titleField: 'name',
    slugPerDistrict: true,
    directory: true,
    verifiable: true,
    search: { title: 'name', excerpt: { main: 'address_city' } },
  },
)
