import type { CollectionConfig } from 'payload'

import { stateWideAccess } from '../../access/stateWideAccess'
import { nameField } from '../../src/fields/nameField'
import { slugField } from '../../src/fields/slugField'
import { declare } from '../../src/lib/collectionFacts'
import { GROUPS } from '../adminGroups'
import { preventDeleteWhenReferenced } from '../hooks/preventDeleteWhenReferenced'

/** Fields of action (Handlungsfelder): one state-wide taxonomy, kept by state administrators. */
export const FieldsOfAction: CollectionConfig<'fields-of-action'> = {
  slug: 'fields-of-action',
  custom: declare({ resource: 'stateWide', directory: true }),
  defaultSort: 'name',
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
  // From the role matrix's state-wide row (access/matrix.ts).
  access: stateWideAccess,
  hooks: { beforeDelete: [preventDeleteWhenReferenced] },
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
