import type { RelationshipField } from 'payload'

import { keepRelationshipValidation } from './keepRelationshipValidation'
import { sameDistrict } from './sameDistrict'

type Overrides = Partial<Pick<RelationshipField, 'required' | 'label' | 'admin' | 'validate'>>

/** The network a document belongs to (same district only, also with a `validate` of its own). */
export const networkRelation = ({ validate, ...overrides }: Overrides = {}): RelationshipField =>
  ({
    name: 'network',
    type: 'relationship',
    relationTo: 'networks',
    index: true,
    filterOptions: sameDistrict,
    label: { de: 'Netzwerk', en: 'Network' },
    ...overrides,
    ...(validate ? { validate: keepRelationshipValidation(validate as never) } : {}),
  }) as RelationshipField

/** Networks of the same district a document belongs to or works with. */
export const networksRelation = (): RelationshipField => ({
  name: 'networks',
  type: 'relationship',
  relationTo: 'networks',
  hasMany: true,
  filterOptions: sameDistrict,
  label: { de: 'Netzwerke', en: 'Networks' },
})

/** Fields of action: the state-wide taxonomy, shared by all districts. */
export const fieldsOfActionRelation = (): RelationshipField => ({
  name: 'fieldsOfAction',
  type: 'relationship',
  relationTo: 'fields-of-action',
  hasMany: true,
  label: { de: 'Handlungsfelder', en: 'Fields of action' },
})

/** Target groups of the same district. */
export const targetGroupsRelation = (): RelationshipField => ({
  name: 'targetGroups',
  type: 'relationship',
  relationTo: 'target-groups',
  hasMany: true,
  filterOptions: sameDistrict,
  label: { de: 'Zielgruppen', en: 'Target groups' },
})
