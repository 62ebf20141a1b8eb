import { DEFAULT_LOCALE } from '../../src/lib/locales'
import { alias } from './alias'
import { relation } from './lean'
import { iso, jsonArray, localeJoins, localized } from './sql'
import type { Collection, Context } from './viewer'

/** A hasMany relationship stored in `<table>_rels`, in the editor's order. */
export const manyRelation = (
  table: string,
  parent: string,
  path: string,
  collection: Collection,
  depth: number,
  ctx: Context,
) => {
  const r = alias('rel')
  const column = `${r}.${collection.replace(/-/g, '_')}_id`
  return jsonArray(
    `select json_agg(${relation(collection, column, depth, ctx)} order by ${r}."order")
     from "${table}_rels" ${r} where ${r}.parent_id = ${parent} and ${r}.path = '${path}'`,
  )
}

/** A hasMany select (languages, translations): its own table of values. */
export const manySelect = (table: string, parent: string) => {
  const v = alias('val')
  return jsonArray(
    `select json_agg(${v}.value order by ${v}."order") from "${table}" ${v} where ${v}.parent_id = ${parent}`,
  )
}

/**
 * An array field: one row per item in `table`, its localized subfields in `table_locales`.
 * Payload leaves a localized subfield out altogether (no key, not null) when the item has no
 * row in that table for the locale (or the German fallback), e.g. a phone saved without a label.
 */
export const arrayField = (
  table: string,
  parent: string,
  fields: (row: string) => string,
  ctx: Context,
  localizedFields: Record<string, string> = {},
) => {
  const a = alias('arr')
  const l = `${a}l`
  const localizedPairs = Object.entries(localizedFields)
    .map(([key, column]) => `'${key}', ${localized(l, column, ctx.locale)}`)
    .join(', ')
  const plain = `json_build_object(${[`'id', ${a}.id`, fields(a)].filter(Boolean).join(', ')})`
  if (!localizedPairs) {
    return jsonArray(
      `select json_agg(${plain} order by ${a}._order) from "${table}" ${a} where ${a}._parent_id = ${parent}`,
    )
  }
  const hasRow =
    ctx.locale === DEFAULT_LOCALE ? `${l}.id is not null` : `(${l}.id is not null or ${l}_de.id is not null)`
  const item = `${plain}::jsonb || case when ${hasRow} then jsonb_build_object(${localizedPairs}) else '{}'::jsonb end`
  return jsonArray(
    `select json_agg(${item} order by ${a}._order)
     from "${table}" ${a} ${localeJoins(`${table}_locales`, l, `${a}.id`, ctx.locale)} where ${a}._parent_id = ${parent}`,
  )
}

/** The editors' review group: shown to signed-in users only (src/fields/reviewField.ts). */
export const reviewGroup = (x: string, ctx: Context) =>
  ctx.viewer.kind === 'editor'
    ? `'review', json_build_object('requested', ${x}.review_requested, 'note', ${x}.review_note,
        'requestedAt', ${iso(`${x}.review_requested_at`)}, 'requestedBy', ${x}.review_requested_by_id,
        'changesRequested', ${x}.review_changes_requested, 'comment', ${x}.review_comment,
        'changesRequestedAt', ${iso(`${x}.review_changes_requested_at`)},
        'changesRequestedBy', ${x}.review_changes_requested_by_id),`
    : ''

/** Tables whose collections declare `verifiable` (src/fields/verifiedFields.ts). */
const VERIFIABLE = new Set(['actors', 'contacts', 'offers', 'places'])

/** When an entry was last confirmed as current, and by whom (signed-in users only). */
const verification = (table: string, x: string, ctx: Context) =>
  VERIFIABLE.has(table)
    ? `'verifiedAt', ${iso(`${x}.verified_at`)},
       ${ctx.viewer.kind === 'editor' ? `'verifiedBy', ${x}.verified_by_id,` : ''}`
    : ''

/** What every district content document ends with. */
export const contentTail = (table: string, x: string, ctx: Context) =>
  `'translations', ${manySelect(`${table}_translations`, `${x}.id`)},
   'translationStatus', ${x}.translation_status,
   'translationsOutdated', ${manySelect(`${table}_translations_outdated`, `${x}.id`)},
   'translationsMissing', ${manySelect(`${table}_translations_missing`, `${x}.id`)},
   ${verification(table, x, ctx)} ${reviewGroup(x, ctx)}
   'updatedAt', ${iso(`${x}.updated_at`)}, 'createdAt', ${iso(`${x}.created_at`)},
   'deletedAt', ${iso(`${x}.deleted_at`)}, '_status', ${x}._status`
