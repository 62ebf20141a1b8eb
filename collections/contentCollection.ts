import type { CollectionConfig, CollectionSlug } from 'payload'

import {
  createContent,
  deleteContent,
  readContent,
  readContentVersions,
  updateContent,
} from '../access/contentAccess'
import { cellOf } from '../access/matrix'
import { reviewField } from '../src/fields/reviewField'
import { trackTranslations, translationsField } from '../src/fields/translationsField'
import { translationStatusFields } from '../src/fields/translationStatusFields'
import { verifiedFields } from '../src/fields/verifiedFields'
import { type CollectionFacts, declare } from '../src/lib/collectionFacts'
import { LOCALES } from '../src/lib/locales'
import { guardDistrict } from './hooks/guardDistrict'
import { notifyReview } from './hooks/notifyReview'
import { preventDeleteWhenReferenced } from './hooks/preventDeleteWhenReferenced'
import { rememberDraftFlag } from './hooks/rememberDraftFlag'
import { trackReview } from './hooks/trackReview'

type ContentOptions = Omit<CollectionFacts, 'resource'> & {
  /** The localized field that names the document (used for the title and translations). */
  titleField: string
  /** Whether `slug` is unique per district (compound index). */
  slugPerDistrict?: boolean
}

/**
 * What every district content collection shares: validated drafts with scheduled publishing and a
 * version history, the trash, published-only reads for anonymous clients, the record of
 * translated locales and refusal to delete what others still reference.
 */
export const contentCollection = <Slug extends CollectionSlug>(
  config: CollectionConfig<Slug> & { slug: Slug },
  { titleField, slugPerDistrict = false, ...facts }: ContentOptions,
): CollectionConfig<Slug> => ({
  ...config,
  custom: { ...config.custom, ...declare({ resource: 'content', ...facts }) },
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
  // Drafts are validated too: coordinates out of range or hours that end before they begin are
  // refused when written, not only when published (Payload skips validation of drafts by default).
  versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 50 },
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
    afterChange: [
      ...(config.hooks?.afterChange ?? []),
      notifyReview(titleField, cellOf('content', 'requestChanges').roles),
    ],
    beforeDelete: [...(config.hooks?.beforeDelete ?? []), preventDeleteWhenReferenced],
  },
  fields: [
    ...config.fields,
    translationsField([...LOCALES]),
    ...translationStatusFields(LOCALES),
    ...(facts.verifiable ? verifiedFields() : []),
    reviewField(),
  ],
})
