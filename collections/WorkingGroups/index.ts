import { nameField } from '../../src/fields/nameField'
import { fieldsOfActionRelation, networkRelation, targetGroupsRelation } from '../../src/fields/relations'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

export const WORKING_GROUP_KINDS = [
  { value: 'fachgruppe', label: { de: 'Fachgruppe', en: 'Specialist group' } },
  { value: 'arbeitsgruppe', label: { de: 'Arbeitsgruppe', en: 'Working group' } },
  { value: 'arbeitskreis', label: { de: 'Arbeitskreis', en: 'Working circle' } },
  { value: 'koordinierungsgruppe', label: { de: 'Koordinierungsgruppe', en: 'Coordination group' } },
  { value: 'steuerungsgruppe', label: { de: 'Steuerungsgruppe', en: 'Steering group' } },
]

/** A Fachgruppe, Arbeitsgruppe, Arbeitskreis, Koordinierungs- or Steuerungsgruppe of a network. */
export const WorkingGroups = contentCollection<'working-groups'>(
  {
    slug: 'working-groups',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { name: true, slug: true, kind: true, district: true },
    labels: {
      singular: { de: 'Arbeits- / Fachgruppe', en: 'Working group' },
      plural: { de: 'Arbeits- und Fachgruppen', en: 'Working groups' },
    },
    admin: {
      group: GROUPS.network,
      defaultColumns: ['name', 'kind', 'network', '_status', 'translations', 'translationStatus'],
      listSearchableFields: ['name'],
    },
    fields: [
      networkRelation({ required: true }),
      {
        type: 'row',
        fields: [
          nameField(),
          {
            name: 'kind',
            type: 'select',
            required: true,
            index: true,
            options: WORKING_GROUP_KINDS,
            label: { de: 'Art', en: 'Kind' },
          },
        ],
      },
      { name: 'profile', type: 'richText', localized: true, label: { de: 'Profil', en: 'Profile' } },
      {
        type: 'row',
        fields: [
          {
            name: 'meetingRhythm',
            type: 'text',
            localized: true,
            label: { de: 'Treffen', en: 'Meetings' },
            admin: { description: { de: 'z. B. „vierteljährlich“', en: 'e.g. “quarterly”' } },
          },
          {
            name: 'chair',
            type: 'relationship',
            relationTo: 'contacts',
            filterOptions: sameDistrict,
            label: { de: 'Vorsitz / Koordination', en: 'Chair / coordinator' },
          },
        ],
      },
      {
        name: 'memberActors',
        type: 'relationship',
        relationTo: 'actors',
        hasMany: true,
        filterOptions: sameDistrict,
        label: { de: 'Beteiligte Akteure', en: 'Member actors' },
      },
      fieldsOfActionRelation(),
      targetGroupsRelation(),
      {
        name: 'goals',
        type: 'join',
        collection: 'goals',
        on: 'workingGroup',
        defaultSort: 'order',
        label: { de: 'Ziele', en: 'Goals' },
      },
      slugField('name', { scopedToDistrict: true }),
    ],
  },
  { titleField: 'name', slugPerDistrict: true, directory: true, search: { title: 'name' } },
)
