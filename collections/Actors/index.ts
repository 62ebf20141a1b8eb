import { addressField } from '../../src/fields/addressField'
import { emailsField } from '../../src/fields/emailsField'
import { languagesField } from '../../src/fields/languagesField'
import { nameField } from '../../src/fields/nameField'
import { phonesField } from '../../src/fields/phonesField'
import { fieldsOfActionRelation, networkRelation, targetGroupsRelation } from '../../src/fields/relations'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { urlField } from '../../src/fields/urlField'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

export const ACTOR_KINDS = [
  { value: 'authority', label: { de: 'Behörde / Verwaltung', en: 'Authority' } },
  { value: 'advice-centre', label: { de: 'Beratungsstelle', en: 'Advice centre' } },
  { value: 'welfare-association', label: { de: 'Wohlfahrtsverband', en: 'Welfare association' } },
  { value: 'association', label: { de: 'Verein', en: 'Association' } },
  { value: 'migrant-organisation', label: { de: 'Migrantenorganisation', en: 'Migrant organisation' } },
  { value: 'education-provider', label: { de: 'Bildungsträger', en: 'Education provider' } },
  {
    value: 'religious-community',
    label: { de: 'Religionsgemeinschaft / Kirche', en: 'Religious community' },
  },
  { value: 'university', label: { de: 'Hochschule', en: 'University' } },
  {
    value: 'employment-agency',
    label: { de: 'Arbeitsagentur / Jobcenter', en: 'Employment agency / job centre' },
  },
  { value: 'political-body', label: { de: 'Politisches Gremium / Partei', en: 'Political body' } },
  { value: 'chamber', label: { de: 'Kammer / Wirtschaftsverband', en: 'Chamber' } },
  { value: 'sports', label: { de: 'Sport', en: 'Sports' } },
  { value: 'initiative', label: { de: 'Initiative / Projekt', en: 'Initiative' } },
  { value: 'school-daycare', label: { de: 'Schule / Kita', en: 'School / day care' } },
  { value: 'accommodation', label: { de: 'Unterkunft', en: 'Accommodation' } },
  { value: 'other', label: { de: 'Sonstige', en: 'Other' } },
]

export const MEMBERSHIP_ROLES = [
  { value: 'member', label: { de: 'Mitglied', en: 'Member' } },
  { value: 'partner', label: { de: 'Partner', en: 'Partner' } },
  { value: 'coordination', label: { de: 'Koordination', en: 'Coordination' } },
  { value: 'carrier', label: { de: 'Träger', en: 'Carrier' } },
]

/** An organisation active in integration work: authority, advice centre, association … */

export const Actors = contentCollection<'actors'>(
  {
    slug: 'actors',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { name: true, shortName: true, slug: true, kind: true, district: true, logo: true },
    labels: {
      singular: { de: 'Akteur', en: 'Actor' },
      plural: { de: 'Akteure', en: 'Actors' },
    },
    admin: {
      group: GROUPS.people,
      defaultColumns: ['name', 'shortName', 'kind', '_status', 'translationStatus'],
      listSearchableFields: ['name', 'shortName'],
    },
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            label: { de: 'Profil', en: 'Profile' },
            fields: [
              {
                type: 'row',
                fields: [
                  nameField(),
                  {
                    name: 'shortName',
                    type: 'text',
                    index: true,
                    label: { de: 'Kurzname', en: 'Short name' },
                    admin: { description: { de: 'z. B. DRK, AWO, JMD, BAMF', en: 'e.g. DRK, AWO, BAMF' } },
                  },
                ],
              },
              {
                name: 'kind',
                type: 'select',
                required: true,
                index: true,
                options: ACTOR_KINDS,
                label: { de: 'Art', en: 'Kind' },
              },
              {
                name: 'description',
                type: 'richText',
                localized: true,
                label: { de: 'Beschreibung', en: 'Description' },
              },
              {
                name: 'memberships',
                type: 'array',
                label: { de: 'Mitwirkung in Netzwerken', en: 'Network memberships' },
                labels: {
                  singular: { de: 'Mitwirkung', en: 'Membership' },
                  plural: { de: 'Mitwirkungen', en: 'Memberships' },
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      networkRelation({ required: true }),
                      {
                        name: 'role',
                        type: 'select',
                        required: true,
                        defaultValue: 'member',
                        options: MEMBERSHIP_ROLES,
                        label: { de: 'Rolle', en: 'Role' },
                      },
                    ],
                  },
                ],
              },
              fieldsOfActionRelation(),
              targetGroupsRelation(),
              languagesField(),
            ],
          },
          {
            label: { de: 'Kontakt', en: 'Contact' },
            fields: [
              addressField(),
              {
                name: 'places',
                type: 'relationship',
                relationTo: 'places',
                hasMany: true,
                filterOptions: sameDistrict,
                label: { de: 'Orte', en: 'Places' },
                admin: {
                  description: {
                    de: 'Wo der Akteur Menschen empfängt.',
                    en: 'Where the actor receives people.',
                  },
                },
              },
              urlField(),
              emailsField(),
              phonesField(),
            ],
          },
          {
            label: { de: 'Ansprechpartner', en: 'Contacts' },
            fields: [
              {
                name: 'contacts',
                type: 'join',
                collection: 'contacts',
                on: 'actor',
                label: { de: 'Ansprechpartner', en: 'Contacts' },
              },
            ],
          },
        ],
      },
      slugField('name', { scopedToDistrict: true }),
      {
        name: 'logo',
        type: 'upload',
        relationTo: 'media',
        filterOptions: sameDistrict,
        label: { de: 'Logo', en: 'Logo' },
        admin: { position: 'sidebar' },
      },
    ],
  },
  {
    titleField: 'name',
    slugPerDistrict: true,
    directory: true,
    verifiable: true,
    search: { title: 'name', excerpt: { main: 'short_name' }, mainVector: true },
  },
)
