import type { CollectionConfig, CollectionSlug } from 'payload'

import { stateWideAccess } from '../access/stateWideAccess'
import { nameField } from '../src/fields/nameField'
import { slugField } from '../src/fields/slugField'
import { declare } from '../src/lib/collectionFacts'
import { GROUPS } from './adminGroups'
import { preventDeleteWhenReferenced } from './hooks/preventDeleteWhenReferenced'

type Label = { de: string; en: string }

/**
 * A state-wide taxonomy (fields of action, offer types, residence situations): a translatable
 * name, a description and a unique slug, kept by the state admin and shared by every district, so
 * that a state portal can ask all districts for the same term. Deleting a term that documents
 * still use is refused.
 */
export const stateWideTaxonomy = <Slug extends CollectionSlug>({
  slug,
  singular,
  plural,
}: {
  slug: Slug
  singular: Label
  plural: Label
}): CollectionConfig<Slug> => ({
  slug,
  custom: declare({ resource: 'stateWide', directory: true }),
  defaultSort: 'name',
  // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
  defaultPopulate: { name: true, slug: true } as CollectionConfig<Slug>['defaultPopulate'],
  labels: { singular, plural },
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
})
