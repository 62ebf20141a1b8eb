import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '../../access/predicates'
import { slugField } from '../../src/fields/slugField'
import { preventDeleteWhenReferenced } from '../../src/hooks/preventDeleteWhenReferenced'
import { GROUPS } from '../adminGroups'
import { REFERRERS } from '../references'
import { nameField } from '../../src/fields/nameField'

/** Fields of action (Handlungsfelder): one state-wide taxonomy, kept by state administrators. */
export const FieldsOfAction: CollectionConfig<'fields-of-action'> = {
  slug: 'fields-of-action',
  // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
  defaultPopulate: { name: true, slug: true },
  labels: {
    singular: { de: 'Handlungsfeld', en: 'Field of action' },
    plural: { de: 'Handlungsfelder', en: 'Fields of action' },
  },
  admin: {
    useAsTitle: 'name',
    group: GROUPS.taxonomies,
    defaultColumns: ['name', 'slug'],
    listSearchableFields: ['name'],
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeDelete: [preventDeleteWhenReferenced(REFERRERS['fields-of-action'] ?? [])] },
  fields: [
    nameField(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { de: 'Beschreibung', en: 'Description' },
    },
    slugField('name', { unique: true }),
  ],
}
