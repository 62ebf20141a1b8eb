import { orderField } from '../../src/fields/orderField'
import { networkRelation } from '../../src/fields/relations'
import { requiredInDefaultLocale } from '../../src/fields/requiredInDefaultLocale'
import { slugField } from '../../src/fields/slugField'
import { GROUPS } from '../adminGroups'
import { contentCollection } from '../contentCollection'

/** A network's principles (Grundsätze, Selbstverständnis), one statement per document. */
export const Principles = contentCollection<'principles'>(
  {
    slug: 'principles',
    // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
    defaultPopulate: { title: true, slug: true, district: true },
    labels: {
      singular: { de: 'Grundsatz', en: 'Principle' },
      plural: { de: 'Grundsätze', en: 'Principles' },
    },
    admin: {
      group: GROUPS.network,
      defaultColumns: ['title', 'network', 'order', '_status'],
      listSearchableFields: ['title'],
    },
    defaultSort: 'order',
    fields: [
      networkRelation({ required: true }),
      {
        name: 'title',
        type: 'text',
        localized: true,
        validate: requiredInDefaultLocale,
        label: { de: 'Titel', en: 'Title' },
      },
      { name: 'text', type: 'richText', localized: true, label: { de: 'Text', en: 'Text' } },
      orderField(),
      slugField('title', { scopedToDistrict: true, maxLength: 60 }),
    ],
  },
  { titleField: 'title', slugPerDistrict: true, directory: true },
)
