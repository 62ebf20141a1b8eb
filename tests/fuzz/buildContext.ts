import type { GraphQLSchema } from 'graphql'

import type { CollectionModel, FieldModel, FuzzContext, FuzzModel } from './model'
import type { Random } from './random'

/** Everything a baseline or a mutation may draw on while building one request. */
export type BuildContext = {
  random: Random
  model: FuzzModel
  context: FuzzContext
  schema: GraphQLSchema
  collection?: CollectionModel
}

/** Fields a where, sort or select can name (joins, rich text and containers are left out). */
export const queryableFields = (collection: CollectionModel | undefined): FieldModel[] =>
  (collection?.fields ?? []).filter(
    (field) =>
      !['join', 'richText', 'group', 'array', 'tab', 'ui', 'blocks', 'point', 'json'].includes(field.type),
  )

export const idsOf = (build: BuildContext, slug: string | undefined): number[] => {
  const ids = slug ? build.context.ids[slug] : undefined
  if (ids?.length) return ids
  const all = Object.values(build.context.ids).flat()
  return all.length ? all : [1]
}
