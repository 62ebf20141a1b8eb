import type { LocaleCode } from '../../src/lib/locales'

/**
 * Whose view a handler renders. The raw server has no users: `editor` is the view an editor of
 * `district` gets (everything of that district, drafts included, the trash left out), which is
 * what scenario 6 asks the CMS for with an editor's token.
 */
export type Viewer = { kind: 'anonymous' } | { kind: 'editor'; district: string }

export type Context = { locale: LocaleCode; viewer: Viewer }

export type Collection =
  | 'districts'
  | 'fields-of-action'
  | 'media'
  | 'networks'
  | 'principles'
  | 'goals'
  | 'working-groups'
  | 'actors'
  | 'contacts'
  | 'target-groups'
  | 'places'
  | 'offers'
  | 'offer-types'
  | 'residence-situations'

export const tableOf = (collection: Collection) => collection.replace(/-/g, '_')

/** Read by anybody: the districts and the state-wide taxonomies. */
export const STATE_WIDE = new Set<Collection>([
  'districts',
  'fields-of-action',
  'offer-types',
  'residence-situations',
])

const PUBLISHED = (alias: string) => `${alias}._status = 'published' and ${alias}.deleted_at is null`

/**
 * Read access (access/contentAccess.ts, readContacts.ts, mediaAccess.ts) as a condition on a row:
 * what Payload lets the viewer populate or list.
 */
export const readable = (collection: Collection, alias: string, viewer: Viewer): string => {
  if (STATE_WIDE.has(collection)) return 'true'
  if (viewer.kind === 'editor') {
    return collection === 'media'
      ? `${alias}.district_id = ${viewer.district}`
      : `${alias}.district_id = ${viewer.district} and ${alias}.deleted_at is null`
  }
  if (collection === 'media') return `(${alias}.public or ${alias}.used_publicly)`
  if (collection === 'contacts') {
    return `${PUBLISHED(alias)} and (${alias}.kind = 'office' or ${alias}.public_listing_consent)`
  }
  return PUBLISHED(alias)
}

/**
 * What a join field finds: the read access as a where, which for signed-in users says nothing
 * about the trash. Payload then populates a trashed hit as null (see joins.ts).
 */
export const joinable = (collection: Collection, alias: string, viewer: Viewer): string =>
  viewer.kind === 'editor' ? `${alias}.district_id = ${viewer.district}` : readable(collection, alias, viewer)
