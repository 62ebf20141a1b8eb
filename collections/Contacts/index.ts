import type { Field } from 'payload'

import { personalDataVisible } from '../../access/personalDataVisible'
import { readContacts } from '../../access/readContacts'
import { addressField } from '../../src/fields/addressField'
import { DAY_ONLY } from '../../src/fields/dateRangeEnd'
import { emailsField } from '../../src/fields/emailsField'
import { languagesField } from '../../src/fields/languagesField'
import { nameField } from '../../src/fields/nameField'
import { officeHoursField } from '../../src/fields/officeHoursField'
import { phonesField } from '../../src/fields/phonesField'
import { networksRelation } from '../../src/fields/relations'
import { requiredInDefaultLocale } from '../../src/fields/requiredInDefaultLocale'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

/** Fields that identify or reach a person: hidden from anonymous clients without consent. */
const personal = <F extends Field>(field: F): F => ({
  ...field,
  access: { ...('access' in field ? field.access : {}), read: personalDataVisible },
})

/** An office (Koordinierungsstelle, Sekretariat) or a person to contact. */

export const Contacts = contentCollection<'contacts'>(
  {
    slug: 'contacts',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { name: true, slug: true, kind: true, position: true, actor: true, district: true },
    // personalDataVisible decides on these: without them a `select` or a populated contact would
    // hide the name even of a person who consented.
    forceSelect: { kind: true, district: true, publicListing: { consent: true } },
    labels: {
      singular: { de: 'Ansprechpartner / Stelle', en: 'Contact' },
      plural: { de: 'Ansprechpartner', en: 'Contacts' },
    },
    access: { read: readContacts },
    admin: {
      group: GROUPS.people,
      defaultColumns: ['name', 'kind', 'position', 'actor', '_status', 'translationStatus'],
      listSearchableFields: ['name', 'position', 'organisationalUnit'],
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'person',
            index: true,
            options: [
              { value: 'office', label: { de: 'Stelle / Büro', en: 'Office' } },
              { value: 'person', label: { de: 'Person', en: 'Person' } },
            ],
            label: { de: 'Art', en: 'Kind' },
          },
          personal({
            name: 'salutation',
            type: 'select',
            options: [
              { value: 'frau', label: { de: 'Frau', en: 'Ms' } },
              { value: 'herr', label: { de: 'Herr', en: 'Mr' } },
            ],
            label: { de: 'Anrede', en: 'Salutation' },
            admin: { condition: (data) => data?.kind === 'person' },
          }),
        ],
      },
      personal(nameField()),
      {
        type: 'row',
        fields: [
          { name: 'position', type: 'text', localized: true, label: { de: 'Funktion', en: 'Position' } },
          {
            name: 'organisationalUnit',
            type: 'text',
            label: { de: 'Organisationseinheit', en: 'Organisational unit' },
            admin: { description: { de: 'z. B. „Stabsstelle V/02“', en: 'e.g. “Stabsstelle V/02”' } },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'actor',
            type: 'relationship',
            relationTo: 'actors',
            index: true,
            filterOptions: sameDistrict,
            label: { de: 'Akteur', en: 'Actor' },
          },
          networksRelation(),
        ],
      },
      personal(phonesField()),
      personal(emailsField()),
      addressField(),
      {
        name: 'place',
        type: 'relationship',
        relationTo: 'places',
        filterOptions: sameDistrict,
        label: { de: 'Ort', en: 'Place' },
        admin: { description: { de: 'Wo die Stelle oder Person zu finden ist.', en: 'Where to find them.' } },
      },
      officeHoursField(),
      {
        name: 'responsibilities',
        type: 'array',
        label: { de: 'Aufgaben', en: 'Responsibilities' },
        labels: {
          singular: { de: 'Aufgabe', en: 'Responsibility' },
          plural: { de: 'Aufgaben', en: 'Responsibilities' },
        },
        fields: [
          {
            name: 'text',
            type: 'text',
            localized: true,
            validate: requiredInDefaultLocale,
            label: { de: 'Aufgabe', en: 'Responsibility' },
          },
        ],
      },
      languagesField(),
      {
        name: 'publicListing',
        type: 'group',
        label: { de: 'Einwilligung zur Veröffentlichung', en: 'Consent to public listing' },
        admin: {
          description: {
            de: 'Personen erscheinen öffentlich erst mit erfasster Einwilligung. Stellen sind immer öffentlich.',
            en: 'Persons are public only once their consent is recorded. Offices are always public.',
          },
        },
        fields: [
          {
            name: 'consent',
            type: 'checkbox',
            defaultValue: false,
            label: { de: 'Einwilligung liegt vor', en: 'Consent recorded' },
          },
          {
            name: 'recordedAt',
            type: 'date',
            label: { de: 'Erfasst am', en: 'Recorded on' },
            admin: DAY_ONLY,
          },
          {
            name: 'source',
            type: 'text',
            label: { de: 'Quelle / Nachweis', en: 'Source' },
            admin: {
              description: {
                de: 'z. B. „Eigene Veröffentlichung der Stelle auf ihrer Website“',
                en: 'e.g. “published by the office on its website”',
              },
            },
          },
        ],
      },
      personal({
        name: 'photo',
        type: 'upload',
        relationTo: 'media',
        filterOptions: sameDistrict,
        label: { de: 'Foto', en: 'Photo' },
        admin: { position: 'sidebar' },
      }),
      // Made from the name, so as personal as the name itself.
      personal(slugField('name', { scopedToDistrict: true })),
    ],
  },
  {
    titleField: 'name',
    slugPerDistrict: true,
    directory: true,
    verifiable: true,
    // Persons only with recorded consent, as everywhere in public.
    search: {
      title: 'name',
      excerpt: { localized: 'position' },
      where: `(d.kind = 'office' or d.public_listing_consent = true)`,
    },
  },
)
