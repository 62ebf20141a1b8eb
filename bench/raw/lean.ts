import { alias } from './alias'
import { addressGroup, coordinatesGroup } from './groups'
import { mediaLean } from './media'
import { iso, localeJoins, localized } from './sql'
import { type Collection, type Context, readable, tableOf } from './viewer'

/**
 * What a related document carries when Payload populates it: the collection's
 * `defaultPopulate` fields, plus `id`, and `deletedAt` where the collection has a trash.
 * `depth` is what is left for the related document's own relations (0: ids).
 */
const leanFields = (collection: Collection, x: string, l: string, depth: number, ctx: Context): string => {
  const text = (column: string) => localized(l, column, ctx.locale)
  const district = `'district', ${relation('districts', `${x}.district_id`, depth, ctx)}`
  const trash = `'deletedAt', ${iso(`${x}.deleted_at`)}`
  switch (collection) {
    case 'districts':
      return `'id', ${x}.id, 'name', ${x}.name, 'slug', ${x}.slug, 'officialKey', ${x}.official_key, 'kind', ${x}.kind`
    case 'fields-of-action':
    case 'offer-types':
    case 'residence-situations':
      return `'id', ${x}.id, 'name', ${text('name')}, 'slug', ${x}.slug`
    case 'places':
      return `'id', ${x}.id, ${district}, 'name', ${text('name')}, 'address', ${addressGroup(x)},
        'coordinates', ${coordinatesGroup(x)}, 'slug', ${x}.slug, ${trash}`
    case 'offers':
      return `'id', ${x}.id, ${district}, 'title', ${text('title')}, 'summary', ${text('summary')}, 'slug', ${x}.slug, ${trash}`
    case 'networks':
      return `'id', ${x}.id, ${district}, 'name', ${text('name')}, 'summary', ${text('summary')}, 'slug', ${x}.slug, ${trash}`
    case 'actors':
      return `'id', ${x}.id, ${district}, 'name', ${text('name')}, 'shortName', ${x}.short_name, 'kind', ${x}.kind,
        'slug', ${x}.slug, 'logo', ${relation('media', `${x}.logo_id`, depth, ctx)}, ${trash}`
    case 'contacts':
      // kind, district and consent are forced into every selection (collections/Contacts).
      return `'id', ${x}.id, ${district}, 'kind', ${x}.kind, 'name', ${text('name')}, 'position', ${text('position')},
        'actor', ${relation('actors', `${x}.actor_id`, depth, ctx)},
        'publicListing', json_build_object('consent', ${x}.public_listing_consent), 'slug', ${x}.slug, ${trash}`
    case 'target-groups':
      return `'id', ${x}.id, ${district}, 'name', ${text('name')}, 'category', ${x}.category, 'slug', ${x}.slug, ${trash}`
    case 'working-groups':
      return `'id', ${x}.id, ${district}, 'name', ${text('name')}, 'kind', ${x}.kind, 'slug', ${x}.slug, ${trash}`
    case 'principles':
      return `'id', ${x}.id, ${district}, 'title', ${text('title')}, 'slug', ${x}.slug, ${trash}`
    case 'goals':
      return `'id', ${x}.id, ${district}, 'kind', ${x}.kind, 'title', ${text('title')}, 'slug', ${x}.slug, ${trash}`
    case 'media':
      throw new Error('media has its own lean shape')
  }
}

/** The lean JSON of the row `x` of `collection`, with its locale joins from `from`. */
export const lean = (collection: Collection, depth: number, ctx: Context) => {
  const x = alias(collection)
  const l = `${x}l`
  const hasLocales = !['districts', 'media'].includes(collection)
  const table = tableOf(collection)
  return {
    x,
    json:
      collection === 'media'
        ? mediaLean(x)
        : `json_build_object(${leanFields(collection, x, l, depth, ctx)})`,
    from: `"${table}" ${x} ${hasLocales ? localeJoins(`${table}_locales`, l, `${x}.id`, ctx.locale) : ''}`,
  }
}

/**
 * A relationship as Payload renders it at `depth`: the id at depth 0; else the related
 * document's lean shape when the viewer may read it, and the bare id when not.
 */
export const relation = (collection: Collection, id: string, depth: number, ctx: Context): string => {
  if (depth <= 0) return `to_json(${id})`
  const { x, json, from } = lean(collection, depth - 1, ctx)
  return `coalesce((select ${json} from ${from} where ${x}.id = ${id} and ${readable(collection, x, ctx.viewer)}), to_json(${id}))`
}
