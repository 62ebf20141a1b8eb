import type { RelationshipFieldSingleValidation } from 'payload'

import { orderField } from '../../src/fields/orderField'
import { fieldsOfActionRelation, networkRelation, targetGroupsRelation } from '../../src/fields/relations'
import { requiredInDefaultLocale } from '../../src/fields/requiredInDefaultLocale'
import { sameDistrict } from '../../src/fields/sameDistrict'
import { slugField } from '../../src/fields/slugField'
import { message } from '../../src/lib/message'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

export const GOAL_KINDS = [
  { value: 'goal', label: { de: 'Ziel', en: 'Goal' } },
  { value: 'task', label: { de: 'Aufgabe', en: 'Task' } },
  { value: 'focus', label: { de: 'Aufgabenschwerpunkt', en: 'Main task' } },
]

/** A goal belongs to exactly one owner: a network or one of its working groups. */
const exactlyOneOwner: RelationshipFieldSingleValidation = (value, { data, req }) => {
  const { network, workingGroup } = data as { network?: unknown; workingGroup?: unknown }
  if (Boolean(network) === Boolean(workingGroup)) {
    return message(
      req,
      'Ein Ziel gehört entweder zu einem Netzwerk oder zu einer Arbeitsgruppe – genau eins von beiden angeben.',
      'A goal belongs to either a network or a working group: set exactly one of them.',
    )
  }
  return true
}

/** Goals, tasks and main tasks of a network or a working group. */
export const Goals = contentCollection<'goals'>(
  {
    slug: 'goals',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { title: true, slug: true, kind: true, district: true },
    labels: {
      singular: { de: 'Ziel / Aufgabe', en: 'Goal / task' },
      plural: { de: 'Ziele und Aufgaben', en: 'Goals and tasks' },
    },
    admin: {
      group: GROUPS.network,
      defaultColumns: ['title', 'kind', 'network', 'workingGroup', 'order', '_status'],
      listSearchableFields: ['title'],
    },
    defaultSort: 'order',
    fields: [
      {
        type: 'row',
        fields: [
          networkRelation({
            validate: exactlyOneOwner,
            admin: { description: { de: 'Entweder Netzwerk …', en: 'Either a network …' } },
          }),
          {
            name: 'workingGroup',
            type: 'relationship',
            relationTo: 'working-groups',
            index: true,
            filterOptions: sameDistrict,
            label: { de: 'Arbeitsgruppe', en: 'Working group' },
            admin: { description: { de: '… oder Arbeitsgruppe.', en: '… or a working group.' } },
          },
        ],
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'goal',
        index: true,
        options: GOAL_KINDS,
        label: { de: 'Art', en: 'Kind' },
      },
      {
        name: 'title',
        type: 'text',
        localized: true,
        validate: requiredInDefaultLocale,
        label: { de: 'Titel', en: 'Title' },
      },
      {
        name: 'description',
        type: 'richText',
        localized: true,
        label: { de: 'Beschreibung', en: 'Description' },
      },
      fieldsOfActionRelation(),
      targetGroupsRelation(),
      orderField(),
      slugField('title', { scopedToDistrict: true, maxLength: 60 }),
    ],
  },
  { titleField: 'title', slugPerDistrict: true, directory: true, search: { title: 'title' } },
)
