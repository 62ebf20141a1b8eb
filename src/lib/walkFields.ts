import type { Field, FieldAffectingData } from 'payload'

/** A field that stores data, with its dotted query path (`memberships.network`). */
export type FieldAt = { field: FieldAffectingData & { type: string }; path: string }

/**
 * Every field of a field list that stores data, with the path Payload queries it by: named
 * arrays, groups and tabs add their name; rows, collapsibles and unnamed tabs add nothing.
 * Blocks are not entered (their paths depend on the block type).
 */
export const walkFields = (fields: readonly Field[], prefix = ''): FieldAt[] =>
  fields.flatMap((field): FieldAt[] => {
    if (field.type === 'row' || field.type === 'collapsible') return walkFields(field.fields, prefix)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? walkFields(tab.fields, `${prefix}${tab.name}.`)
          : walkFields(tab.fields, prefix),
      )
    }
    if (field.type === 'ui' || !('name' in field) || !field.name) {
      return 'fields' in field ? walkFields(field.fields, prefix) : []
    }
    const path = `${prefix}${field.name}`
    const here: FieldAt = { field: field as FieldAt['field'], path }
    if (field.type === 'array' || field.type === 'group')
      return [here, ...walkFields(field.fields, `${path}.`)]
    return [here]
  })

/** A relationship or upload field: which collections it points to and whether it holds several. */
export type RelationAt = { path: string; relationTo: string[]; hasMany: boolean; upload: boolean }

/** Every relationship and upload field of a field list (joins are not stored, so not listed). */
export const relationsOf = (fields: readonly Field[]): RelationAt[] =>
  walkFields(fields).flatMap(({ field, path }) =>
    field.type === 'relationship' || field.type === 'upload'
      ? [
          {
            path,
            relationTo: [(field as { relationTo: string | string[] }).relationTo].flat(),
            hasMany: Boolean((field as { hasMany?: boolean }).hasMany),
            upload: field.type === 'upload',
          },
        ]
      : [],
  )

/** Who points at a collection: every (collection, field path) whose relation may hold its documents. */
export const referrersOf = <C extends { slug: string; fields: readonly Field[] }>(
  collections: readonly C[],
  target: string,
): Array<{ collection: C['slug']; field: string }> =>
  collections.flatMap((collection) =>
    relationsOf(collection.fields)
      .filter(({ relationTo }) => relationTo.includes(target))
      .map(({ path }) => ({ collection: collection.slug, field: path })),
  )
