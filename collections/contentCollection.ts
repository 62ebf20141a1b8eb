import type { CollectionConfig, CollectionSlug } from 'payload'

import {
  createContent,
  deleteContent,
  readContent,
  readContentVersions,
  updateContent,
} from '../access/contentAccess'
import { cellOf } from '../access/matrix'
import { machineTranslateField } from '../src/fields/machineTranslateField'
import { reviewField } from '../src/fields/reviewField'
import { trackTranslations, translationsField } from '../src/fields/translationsField'
import { translationStatusFields } from '../src/fields/translationStatusFields'
import { verifiedFields } from '../src/fields/verifiedFields'
import { type CollectionFacts, declare, factsOf } from '../src/lib/collectionFacts'
import { LOCALES } from '../src/lib/locales'
import { guardDistrict } from './hooks/guardDistrict'
import { keepVerification } from './hooks/keepVerification'
import { notifyReview } from './hooks/notifyReview'
import { preventDeleteWhenReferenced } from './hooks/preventDeleteWhenReferenced'
import { rememberDraftFlag } from './hooks/rememberDraftFlag'
import { trackReview } from './hooks/trackReview'
import { trackTranslationStatus } from './hooks/trackTranslationStatus'

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
      ...(facts.verifiable ? [keepVerification] : []),
      ...(config.hooks?.beforeChange ?? []),
      trackTranslations(titleField),
      trackTranslationStatus,
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
    // The sidebar in the order of the team's work: the review first (Payload renders fields below
    // the fold only once scrolled to), then the check, then the translations.
    reviewField(),
    ...(facts.verifiable ? verifiedFields() : []),
    translationsField([...LOCALES]),
    machineTranslateField(),
    ...translationStatusFields(LOCALES),
  ],
})

/**
 * The selects that hold locales (`translations`, `translationsOutdated`, `translationsMissing`)
 * offer the locales of the built config, the host's own included: the translation status
 * reports every configured locale.
 */
export const withLocaleOptions = (
  collection: CollectionConfig,
  locales: Array<{ code: string; label: unknown }>,
): CollectionConfig => {
  if (factsOf(collection)?.resource !== 'content') return collection
  const labelled = locales as Array<{ code: string; label: string }>
  const fresh = new Map(
    [translationsField(labelled), ...translationStatusFields(labelled)].flatMap((field) =>
      'name' in field && field.type === 'select' ? [[field.name, field.options] as const] : [],
    ),
  )
  return {
    ...collection,
    fields: collection.fields.map((field) =>
      'name' in field && field.type === 'select' && fresh.has(field.name)
        ? { ...field, options: fresh.get(field.name)! }
        : field,
    ),
  }
}
