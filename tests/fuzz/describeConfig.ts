import type { FlattenedField, SanitizedConfig } from 'payload'

import type { CollectionModel, FieldModel, FuzzModel } from './model'

const optionValues = (field: FlattenedField): string[] | undefined =>
  'options' in field && Array.isArray(field.options)
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : undefined

/** Every field reachable by a dotted path: groups and arrays contribute their sub-fields. */
const describeFields = (fields: FlattenedField[], prefix = ''): FieldModel[] =>
  fields.flatMap((field): FieldModel[] => {
    const path = `${prefix}${field.name}`
    const own: FieldModel = {
      path,
      type: field.type,
      localized: Boolean('localized' in field && field.localized),
      hasMany: Boolean('hasMany' in field && field.hasMany),
    }
    if ('relationTo' in field && field.relationTo) {
      own.relationTo = ([] as string[]).concat(field.relationTo as string | string[])
    }
    const options = optionValues(field)
    if (options) own.options = options
    if (field.type === 'join') own.join = { collection: String(field.collection), on: field.on }
    const nested =
      (field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field
        ? describeFields(field.flattenedFields, `${path}.`)
        : []
    return [own, ...nested]
  })

/** The fuzzer's model of a built (sanitized) Payload config: plain data, serialisable as JSON. */
export const describeConfig = (config: SanitizedConfig): FuzzModel => ({
  collections: config.collections.map((collection): CollectionModel => ({
    slug: collection.slug,
    auth: Boolean(collection.auth),
    upload: Boolean(collection.upload),
    versions: Boolean(collection.versions),
    drafts: Boolean(collection.versions && collection.versions.drafts),
    trash: Boolean(collection.trash),
    endpoints: Array.isArray(collection.endpoints)
      ? collection.endpoints.map(({ method, path }) => ({ method: method.toUpperCase(), path }))
      : [],
    fields: describeFields(collection.flattenedFields),
  })),
  rootEndpoints: (Array.isArray(config.endpoints) ? config.endpoints : []).map(({ method, path }) => ({
    method: method.toUpperCase(),
    path,
  })),
  locales: config.localization ? config.localization.localeCodes : [],
  defaultLocale: config.localization ? config.localization.defaultLocale : 'en',
  routes: {
    api: config.routes.api,
    graphQL: config.routes.graphQL,
    admin: config.routes.admin,
  },
})
