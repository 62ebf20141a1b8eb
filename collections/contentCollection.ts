import type { CollectionConfig, CollectionSlug } from 'payload'

import {
  createContent,
  deleteContent,
  readContent,
  readContentVersions,
  updateContent,
} from '../access/contentAccess'
import { reviewField } from '../src/fields/reviewField'
import { translationsField, trackTranslations } from '../src/fields/translationsField'
import { preventDeleteWhenReferenced } from '../src/hooks/preventDeleteWhenReferenced'
import { LOCALES } from '../src/lib/locales'
import { guardDistrict } from './hooks/guardDistrict'
import { rememberDraftFlag } from './hooks/rememberDraftFlag'
import { trackReview } from './hooks/trackReview'
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
  // From the role matrix (access/matrix.ts); the multi-tenant plugin adds nothing on top.
  access: {
    read: readContent,
    readVersions: readContentVersions,
    create: createContent,
    update: updateContent,
    delete: deleteContent,
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
    beforeOperation: [rememberDraftFlag as never, ...(config.hooks?.beforeOperation ?? [])],
    beforeChange: [
      guardDistrict,
      ...(config.hooks?.beforeChange ?? []),
      trackTranslations(titleField),
      trackReview,
    ],
    beforeDelete: [
      ...(config.hooks?.beforeDelete ?? []),
      preventDeleteWhenReferenced(REFERRERS[config.slug] ?? []),
    ],
  },
  fields: [...config.fields, translationsField([...LOCALES]), reviewField()],
})
