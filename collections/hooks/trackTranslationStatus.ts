import type { CollectionBeforeChangeHook, CollectionSlug, SanitizedCollectionConfig } from 'payload'

import { DEFAULT_LOCALE } from '../../src/lib/locales'
import {
  isObject,
  type Leaf,
  localizedLeaves,
  MACHINE_TRANSLATED,
  translationFieldsAfterSave,
} from '../../src/lib/translationStatus'

type Found = { leaves: Leaf[]; select: Record<string, true> }

/**
 * The localized leaves of a collection and the top-level fields that hold them (with the
 * sources: all the read needs), found once per collection (every save asks).
 */
const foundByCollection = new WeakMap<SanitizedCollectionConfig, Found>()
const leavesOf = (collection: SanitizedCollectionConfig): Found => {
  let found = foundByCollection.get(collection)
  if (!found) {
    const leaves = localizedLeaves(collection.fields)
    const select = Object.fromEntries(
      [...leaves.map(({ steps }) => steps[0]!.name), 'translationSources'].map((name) => [
        name,
        true as const,
      ]),
    )
    found = { leaves, select }
    foundByCollection.set(collection, found)
  }
  return found
}

/**
 * Keeps the translation status of a document (src/fields/translationStatusFields.ts) as the
 * server computes it (src/lib/translationStatus.ts), from the document as it will be after
 * this save: the latest version (drafts included, inside this save's transaction) with the
 * saved locale's data over it. Whatever a client sends for these fields is replaced.
 *
 * A duplicate is a create whose `originalDoc` is the copied document in one locale: Payload
 * copies the other locales' texts without showing them to this hook, so the copy keeps the
 * original's status and sources (it says the same in every locale).
 */
export const trackTranslationStatus: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const localization = req.payload.config.localization
  if (!localization) return data
  // Only a stored document holds the hidden field (a new one's `originalDoc` is all but empty).
  const duplicate = operation === 'create' && isObject(originalDoc) && 'translationSources' in originalDoc
  if (duplicate) {
    return {
      ...data,
      translationStatus: originalDoc.translationStatus ?? null,
      translationSources: originalDoc.translationSources ?? null,
      translationsOutdated: originalDoc.translationsOutdated ?? [],
      translationsMissing: originalDoc.translationsMissing ?? [],
    }
  }
  const { locale: saved, fallbackLocale } = req
  const locale: string = saved ?? localization.defaultLocale ?? DEFAULT_LOCALE
  const { leaves, select } = leavesOf(collection)
  let stored: unknown = null
  if (operation === 'update' && originalDoc?.id !== undefined) {
    try {
      stored = await req.payload.findByID({
        collection: collection.slug as CollectionSlug,
        id: originalDoc.id,
        locale: 'all',
        draft: true,
        depth: 0,
        select,
        // Joins list other documents: nothing to do with this one's texts (typed per slug).
        joins: false as never,
        overrideAccess: true,
        showHiddenFields: true,
        // Restoring from the trash is an update of a trashed document.
        trash: true,
        disableErrors: true,
        req,
      })
    } finally {
      // The Local API sets the locale of the request it is given: the rest of this save (the
      // other hooks, Payload's merge of the saved locale) must go on in the locale saved.
      req.locale = saved
      req.fallbackLocale = fallbackLocale
    }
  }
  const machine = req.context[MACHINE_TRANSLATED]
  const fields = translationFieldsAfterSave({
    stored: stored ?? {},
    data,
    locale,
    leaves,
    locales: localization.localeCodes,
    source: localization.defaultLocale,
    machine: Array.isArray(machine)
      ? machine.filter((path): path is string => typeof path === 'string')
      : undefined,
  })
  // Nothing recorded is no value (as before any translation), not an empty object.
  const sources = Object.keys(fields.translationSources).length ? fields.translationSources : null
  return { ...data, ...fields, translationSources: sources }
}
