import { nameField } from '../../src/fields/nameField'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

/**
 * Shared categories, so that a state portal can ask for one kind of group in every district
 * even though each district names its groups in its own words.
 */
export const TARGET_GROUP_CATEGORIES = [
  {
    value: 'migrants-with-residence',
    label: { de: 'Bleibeberechtigte Zugewanderte', en: 'Migrants with residence rights' },
  },
  { value: 'foreign-nationals', label: { de: 'Ausländerinnen und Ausländer', en: 'Foreign nationals' } },
  {
    value: 'refugees-asylum',
    label: { de: 'Geflüchtete, Asylsuchende, Geduldete', en: 'Refugees, asylum seekers, tolerated persons' },
  },
  {
    value: 'unaccompanied-minors',
    label: { de: 'Unbegleitete minderjährige Geflüchtete', en: 'Unaccompanied minors' },
  },
  { value: 'children-youth', label: { de: 'Kinder und Jugendliche', en: 'Children and young people' } },
  { value: 'women-girls', label: { de: 'Frauen und Mädchen', en: 'Women and girls' } },
  { value: 'students', label: { de: 'Internationale Studierende', en: 'International students' } },
  { value: 'workers', label: { de: 'Arbeitskräfte und Arbeitsuchende', en: 'Workers and job seekers' } },
  { value: 'religious-communities', label: { de: 'Religiöse Gemeinschaften', en: 'Religious communities' } },
  { value: 'organisations', label: { de: 'Einrichtungen und Vereine', en: 'Institutions and associations' } },
  {
    value: 'professionals',
    label: { de: 'Fachkräfte der Integrationsarbeit', en: 'Integration professionals' },
  },
  { value: 'guests', label: { de: 'Gäste und Besucher', en: 'Guests and visitors' } },
  { value: 'general-public', label: { de: 'Aufnehmende Gesellschaft', en: 'Receiving society' } },
]

/** A target group (Zielgruppe) as a district names it. */
export const TargetGroups = contentCollection<'target-groups'>(
  {
    slug: 'target-groups',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { name: true, slug: true, category: true, district: true },
    labels: {
      singular: { de: 'Zielgruppe', en: 'Target group' },
      plural: { de: 'Zielgruppen', en: 'Target groups' },
    },
    admin: {
      group: GROUPS.taxonomies,
      defaultColumns: ['name', 'category', '_status'],
      listSearchableFields: ['name'],
    },
    fields: [
      nameField(),
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        label: { de: 'Beschreibung', en: 'Description' },
      },
      {
        name: 'category',
        type: 'select',
        index: true,
        options: TARGET_GROUP_CATEGORIES,
        label: { de: 'Kategorie (landesweit)', en: 'Category (state-wide)' },
        admin: {
          description: {
            de: 'Macht die Gruppe landesweit auffindbar.',
            en: 'Makes the group findable state-wide.',
          },
        },
      },
      {
        name: 'networks',
        type: 'relationship',
        relationTo: 'networks',
        hasMany: true,
        filterOptions: sameDistrict,
        label: { de: 'Netzwerke', en: 'Networks' },
      },
      slugField('name', { scopedToDistrict: true }),
    ],
  },
  { titleField: 'name', slugPerDistrict: true, directory: true },
)
