import type { CollectionConfig, CollectionSlug } from 'payload'

import { publishedOrSignedIn, signedIn } from '../access/content'
import { translationsField, trackTranslations } from '../src/fields/translationsField'
import { preventDeleteWhenReferenced } from '../src/hooks/preventDeleteWhenReferenced'
import { LOCALES } from '../src/lib/locales'
import { REFERRERS } from './references'

type ContentOptions = {
  /** The localized field that names the document (used for the title and translations). */
  titleField: string
  /** Whether `slug` is unique per district (compound index). */
  slugPerDistrict?: boolean
}

/**
 * What every district content collection shares: drafts with scheduled publishing and a
 * version history, the trash, published-only reads for anonymous clients, the record of
 * translated locales and refusal to delete what others still reference.
 */
export const contentCollection = <Slug extends CollectionSlug>(
  config: CollectionConfig<Slug> & { slug: Slug },
  { titleField, slugPerDistrict = false }: ContentOptions,
): CollectionConfig<Slug> => ({
  ...config,
  admin: { useAsTitle: titleField, ...config.admin },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: signedIn,
    update: signedIn,
    delete: signedIn,
    ...config.access,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  trash: true,
  indexes: [
    ...(config.indexes ?? []),
    ...(slugPerDistrict ? [{ fields: ['district', 'slug'], unique: true }] : []),
  ],
  hooks: {
    ...config.hooks,
    beforeChange: [...(config.hooks?.beforeChange ?? []), trackTranslations(titleField)],
    beforeDelete: [
      ...(config.hooks?.beforeDelete ?? []),
      preventDeleteWhenReferenced(REFERRERS[config.slug] ?? []),
    ],
  },
  fields: [...config.fields, translationsField([...LOCALES])],
})
