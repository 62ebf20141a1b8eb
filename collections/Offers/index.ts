import type { NumberFieldSingleValidation } from 'payload'

import { DAY_ONLY, validateRangeEnd } from '../../src/fields/dateRangeEnd'
import { languagesField } from '../../src/fields/languagesField'
import { officeHoursField } from '../../src/fields/officeHoursField'
import { fieldsOfActionRelation, networksRelation, targetGroupsRelation } from '../../src/fields/relations'
import { requiredInDefaultLocale } from '../../src/fields/requiredInDefaultLocale'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { urlField } from '../../src/fields/urlField'
import { message } from '../../src/lib/message'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

const validateAge: NumberFieldSingleValidation = (value, { req }) =>
  value === null || value === undefined || (Number.isInteger(value) && value >= 0 && value <= 120)
    ? true
    : message(req, 'Ein Alter ist eine ganze Zahl von 0 bis 120.', 'An age is a whole number from 0 to 120.')

const validateAgeTo: NumberFieldSingleValidation = (value, options) => {
  const valid = validateAge(value, options)
  const from = (options.siblingData as { ageFrom?: number | null }).ageFrom
  return valid === true && typeof value === 'number' && typeof from === 'number' && value < from
    ? message(
        options.req,
        'Das Höchstalter liegt unter dem Mindestalter.',
        'The maximum age is below the minimum age.',
      )
    : valid
}

/**
 * An offer (Angebot): what people look for — counselling, a language course, a meeting place —
 * with who provides it, where and when, in which languages, for whom and at what cost.
 * GET /api/offers/find searches them (src/endpoints/findOffers.ts).
 */
export const Offers = contentCollection<'offers'>(
  {
    slug: 'offers',
    defaultSort: 'title',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { title: true, slug: true, summary: true, district: true },
    labels: {
      singular: { de: 'Angebot', en: 'Offer' },
      plural: { de: 'Angebote', en: 'Offers' },
    },
    admin: {
      group: GROUPS.offers,
      defaultColumns: ['title', 'offerTypes', 'languages', 'targetGroups', '_status', 'translationStatus'],
      listSearchableFields: ['title', 'summary'],
    },
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            label: { de: 'Angebot', en: 'Offer' },
            fields: [
              {
                name: 'title',
                type: 'text',
                localized: true,
                validate: requiredInDefaultLocale,
                index: true,
                label: { de: 'Titel', en: 'Title' },
              },
              {
                name: 'summary',
                type: 'textarea',
                localized: true,
                label: { de: 'Kurzbeschreibung', en: 'Summary' },
                admin: {
                  description: {
                    de: 'Ein bis zwei Sätze für Listen und Suchergebnisse.',
                    en: 'One or two sentences for lists and search results.',
                  },
                },
              },
              {
                name: 'description',
                type: 'richText',
                localized: true,
                label: { de: 'Beschreibung', en: 'Description' },
              },
              {
                name: 'offerTypes',
                type: 'relationship',
                relationTo: 'offer-types',
                hasMany: true,
                label: { de: 'Angebotsarten', en: 'Offer types' },
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'provider',
                    type: 'relationship',
                    relationTo: 'actors',
                    index: true,
                    filterOptions: sameDistrict,
                    label: { de: 'Anbieter', en: 'Provider' },
                  },
                  {
                    name: 'workingGroup',
                    type: 'relationship',
                    relationTo: 'working-groups',
                    filterOptions: sameDistrict,
                    label: { de: 'Arbeitsgruppe', en: 'Working group' },
                  },
                ],
              },
              networksRelation(),
              fieldsOfActionRelation(),
              targetGroupsRelation(),
              {
                ...languagesField(),
                admin: {
                  description: {
                    de: 'Sprachen, in denen das Angebot stattfindet oder beraten wird.',
                    en: 'Languages the offer is held or advised in.',
                  },
                },
              },
            ],
          },
          {
            label: { de: 'Zugang', en: 'Access' },
            fields: [
              {
                name: 'eligibility',
                type: 'group',
                label: { de: 'Für wen', en: 'Eligibility' },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'ageFrom',
                        type: 'number',
                        label: { de: 'Alter ab', en: 'Age from' },
                        validate: validateAge,
                      },
                      {
                        name: 'ageTo',
                        type: 'number',
                        label: { de: 'Alter bis', en: 'Age to' },
                        validate: validateAgeTo,
                      },
                    ],
                  },
                  {
                    name: 'residenceSituations',
                    type: 'relationship',
                    relationTo: 'residence-situations',
                    hasMany: true,
                    label: { de: 'Aufenthaltssituationen', en: 'Residence situations' },
                    admin: { description: { de: 'Leer = für alle.', en: 'Empty = for everyone.' } },
                  },
                  { name: 'note', type: 'text', localized: true, label: { de: 'Hinweis', en: 'Note' } },
                ],
              },
              {
                name: 'cost',
                type: 'group',
                label: { de: 'Kosten', en: 'Cost' },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'free',
                        type: 'checkbox',
                        index: true,
                        admin: {
                          description: {
                            de: 'Nicht angekreuzt: kostenpflichtig oder unbekannt.',
                            en: 'Unticked: charged for, or not known.',
                          },
                        },
                        label: { de: 'kostenlos', en: 'free of charge' },
                      },
                      {
                        name: 'note',
                        type: 'text',
                        localized: true,
                        label: { de: 'Gebühr / Hinweis', en: 'Fee / note' },
                        admin: {
                          description: {
                            de: 'z. B. „5 € pro Termin, ermäßigt 2 €“',
                            en: 'e.g. “€5 per session”',
                          },
                        },
                      },
                    ],
                  },
                ],
              },
              {
                name: 'registration',
                type: 'select',
                // Empty: not known (the sources rarely say).
                options: [
                  { value: 'none', label: { de: 'ohne Anmeldung', en: 'no registration' } },
                  {
                    value: 'registration',
                    label: { de: 'Anmeldung erforderlich', en: 'registration required' },
                  },
                  { value: 'appointment', label: { de: 'nach Terminvereinbarung', en: 'by appointment' } },
                ],
                label: { de: 'Anmeldung', en: 'Registration' },
              },
              {
                name: 'documentsToBring',
                type: 'textarea',
                localized: true,
                label: { de: 'Mitzubringende Unterlagen', en: 'Documents to bring' },
              },
              {
                name: 'online',
                type: 'group',
                label: { de: 'Online', en: 'Online' },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      urlField({ name: 'url', label: { de: 'Web-Adresse', en: 'URL' } }),
                      {
                        name: 'remote',
                        type: 'checkbox',
                        defaultValue: false,
                        label: {
                          de: 'auch aus der Ferne nutzbar (online, telefonisch)',
                          en: 'available remotely',
                        },
                      },
                    ],
                  },
                ],
              },
              {
                name: 'period',
                type: 'group',
                label: { de: 'Zeitraum', en: 'Period' },
                admin: { description: { de: 'Leer = laufendes Angebot.', en: 'Empty = ongoing.' } },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'from', type: 'date', label: { de: 'von', en: 'from' }, admin: DAY_ONLY },
                      {
                        name: 'to',
                        type: 'date',
                        index: true,
                        label: { de: 'bis', en: 'to' },
                        validate: validateRangeEnd,
                        admin: DAY_ONLY,
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            label: { de: 'Orte und Kontakte', en: 'Places and contacts' },
            fields: [
              {
                name: 'places',
                type: 'array',
                label: { de: 'Orte', en: 'Places' },
                labels: { singular: { de: 'Ort', en: 'Place' }, plural: { de: 'Orte', en: 'Places' } },
                fields: [
                  {
                    name: 'place',
                    type: 'relationship',
                    relationTo: 'places',
                    required: true,
                    index: true,
                    filterOptions: sameDistrict,
                    label: { de: 'Ort', en: 'Place' },
                  },
                  {
                    name: 'ownHours',
                    type: 'checkbox',
                    defaultValue: false,
                    label: {
                      de: 'Eigene Zeiten (statt der Öffnungszeiten des Ortes)',
                      en: 'Own hours (instead of the place’s opening hours)',
                    },
                  },
                  officeHoursField({
                    name: 'hours',
                    label: { de: 'Zeiten an diesem Ort', en: 'Hours at this place' },
                    admin: { condition: (_, sibling) => Boolean(sibling?.ownHours) },
                  }),
                ],
              },
              {
                name: 'contacts',
                type: 'relationship',
                relationTo: 'contacts',
                hasMany: true,
                filterOptions: sameDistrict,
                label: { de: 'Ansprechpartner', en: 'Contacts' },
              },
            ],
          },
        ],
      },
      slugField('title', { scopedToDistrict: true }),
    ],
  },
  {
    titleField: 'title',
    slugPerDistrict: true,
    directory: true,
    verifiable: true,
    search: { title: 'title', excerpt: { localized: 'summary' } },
  },
)
