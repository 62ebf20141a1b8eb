import type { NumberFieldSingleValidation } from 'payload'

import { nameField } from '../../src/fields/nameField'
import { requiredInDefaultLocale } from '../../src/fields/requiredInDefaultLocale'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { urlField } from '../../src/fields/urlField'
import { message } from '../../src/lib/message'
import { CURRENT_YEAR } from '../../src/lib/validators'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

const validateFoundedYear: NumberFieldSingleValidation = (value, { req }) =>
  value === null ||
  value === undefined ||
  (Number.isInteger(value) && value >= 1950 && value <= CURRENT_YEAR())
    ? true
    : message(
        req,
        `Das Gründungsjahr liegt zwischen 1950 und ${CURRENT_YEAR()}.`,
        `The founding year must be between 1950 and ${CURRENT_YEAR()}.`,
      )

export const MEMBERSHIP_MODELS = [
  { value: 'open', label: { de: 'Offen für alle Interessierten', en: 'Open to everyone interested' } },
  { value: 'no-formal-membership', label: { de: 'Ohne formale Mitgliedschaft', en: 'No formal membership' } },
  { value: 'formal-membership', label: { de: 'Formale Mitgliedschaft', en: 'Formal membership' } },
  { value: 'by-invitation', label: { de: 'Auf Einladung', en: 'By invitation' } },
]

/** An integration network of a district: its self-description, history, structure and links. */

export const Networks = contentCollection<'networks'>(
  {
    slug: 'networks',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { name: true, slug: true, summary: true, district: true },
    labels: {
      singular: { de: 'Netzwerk', en: 'Network' },
      plural: { de: 'Netzwerke', en: 'Networks' },
    },
    admin: {
      group: GROUPS.network,
      defaultColumns: ['name', 'foundedYear', '_status', 'translations', 'translationStatus'],
      listSearchableFields: ['name', 'summary'],
      description: {
        de: 'Das Integrationsnetzwerk eines Landkreises oder einer Stadt.',
        en: "A district's integration network.",
      },
    },
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            label: { de: 'Profil', en: 'Profile' },
            fields: [
              nameField(),
              {
                name: 'summary',
                type: 'textarea',
                localized: true,
                maxLength: 400,
                label: { de: 'Kurzbeschreibung', en: 'Summary' },
                admin: {
                  description: {
                    de: 'Ein bis zwei Sätze für Übersichten und Karten.',
                    en: 'One or two sentences for cards.',
                  },
                },
              },
              {
                name: 'description',
                type: 'richText',
                localized: true,
                label: { de: 'Beschreibung', en: 'Description' },
              },
              urlField(),
            ],
          },
          {
            label: { de: 'Geschichte und Struktur', en: 'History and structure' },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'foundedYear',
                    type: 'number',
                    index: true,
                    label: { de: 'Gegründet', en: 'Founded' },
                    validate: validateFoundedYear,
                  },
                  {
                    name: 'meetingRhythm',
                    type: 'text',
                    localized: true,
                    label: { de: 'Treffen', en: 'Meetings' },
                    admin: {
                      description: { de: 'z. B. „mehrmals im Jahr“', en: 'e.g. “several times a year”' },
                    },
                  },
                ],
              },
              {
                name: 'history',
                type: 'richText',
                localized: true,
                label: { de: 'Geschichte', en: 'History' },
              },
              {
                type: 'row',
                fields: [
                  { name: 'carrier', type: 'text', localized: true, label: { de: 'Träger', en: 'Carrier' } },
                  {
                    name: 'funding',
                    type: 'text',
                    localized: true,
                    label: { de: 'Förderung', en: 'Funding' },
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'membershipModel',
                    type: 'select',
                    options: MEMBERSHIP_MODELS,
                    label: { de: 'Mitgliedschaft', en: 'Membership' },
                  },
                  {
                    name: 'membershipNote',
                    type: 'text',
                    localized: true,
                    label: { de: 'Hinweis zur Mitgliedschaft', en: 'Membership note' },
                  },
                ],
              },
              {
                name: 'sizeStatement',
                type: 'text',
                localized: true,
                label: { de: 'Größe', en: 'Size' },
                admin: {
                  description: {
                    de: 'z. B. „ca. 70 Personen aus mehr als 50 Institutionen (Stand 2006)“',
                    en: 'e.g. “about 70 people from more than 50 institutions (2006)”',
                  },
                },
              },
              {
                name: 'coordinatingContacts',
                type: 'relationship',
                relationTo: 'contacts',
                hasMany: true,
                filterOptions: sameDistrict,
                label: { de: 'Koordination', en: 'Coordination' },
              },
            ],
          },
          {
            label: { de: 'Bezüge und Downloads', en: 'Frameworks and downloads' },
            fields: [
              {
                name: 'referenceFrameworks',
                type: 'array',
                label: { de: 'Orientierungsrahmen', en: 'Reference frameworks' },
                labels: {
                  singular: { de: 'Rahmen', en: 'Framework' },
                  plural: { de: 'Rahmen', en: 'Frameworks' },
                },
                admin: {
                  description: {
                    de: 'z. B. Nationaler Integrationsplan, Landesintegrationskonzept 2014',
                    en: 'e.g. National Integration Plan',
                  },
                },
                fields: [
                  {
                    name: 'title',
                    type: 'text',
                    localized: true,
                    validate: requiredInDefaultLocale,
                    label: { de: 'Titel', en: 'Title' },
                  },
                  urlField({ name: 'url', label: { de: 'Link', en: 'Link' } }),
                ],
              },
              {
                name: 'alliances',
                type: 'array',
                label: { de: 'Bündnisse und Partnernetzwerke', en: 'Alliances and partner networks' },
                labels: {
                  singular: { de: 'Bündnis', en: 'Alliance' },
                  plural: { de: 'Bündnisse', en: 'Alliances' },
                },
                fields: [
                  {
                    name: 'name',
                    type: 'text',
                    localized: true,
                    validate: requiredInDefaultLocale,
                    label: { de: 'Name', en: 'Name' },
                  },
                  urlField({ name: 'url', label: { de: 'Link', en: 'Link' } }),
                ],
              },
              {
                name: 'downloads',
                type: 'upload',
                relationTo: 'media',
                hasMany: true,
                filterOptions: sameDistrict,
                label: { de: 'Downloads (z. B. Flyer)', en: 'Downloads (e.g. flyer)' },
              },
            ],
          },
          {
            label: { de: 'Zugehörige Inhalte', en: 'Related content' },
            fields: [
              {
                name: 'principles',
                type: 'join',
                collection: 'principles',
                on: 'network',
                label: { de: 'Grundsätze', en: 'Principles' },
                defaultSort: 'order',
              },
              {
                name: 'goals',
                type: 'join',
                collection: 'goals',
                on: 'network',
                label: { de: 'Ziele und Aufgaben', en: 'Goals and tasks' },
                defaultSort: 'order',
              },
              {
                name: 'workingGroups',
                type: 'join',
                collection: 'working-groups',
                on: 'network',
                label: { de: 'Arbeits- und Fachgruppen', en: 'Working groups' },
              },
              {
                name: 'memberActors',
                type: 'join',
                collection: 'actors',
                on: 'memberships.network',
                label: { de: 'Akteure', en: 'Actors' },
              },
              {
                name: 'contacts',
                type: 'join',
                collection: 'contacts',
                on: 'networks',
                label: { de: 'Ansprechpartner', en: 'Contacts' },
              },
            ],
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
    search: { title: 'name', excerpt: { localized: 'summary' } },
  },
)
