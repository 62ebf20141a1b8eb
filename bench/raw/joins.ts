import { lean } from './lean'
import { joinPage } from './sql'
import { type Collection, type Context, joinable } from './viewer'

/**
 * A join field as Payload answers it: `{docs, hasNextPage}` with its default limit of 10, sorted
 * by the field's `defaultSort` (then `-createdAt`, Payload's fallback) or by `-createdAt`.
 * At depth ≥ 1 the docs are lean with their own relations as ids, at depth 0 bare ids.
 */
export const joinField = (
  collection: Collection,
  on: (x: string) => string,
  sort: 'order' | 'createdAt',
  depth: number,
  ctx: Context,
) => {
  const { x, json, from } = lean(collection, 0, ctx)
  const order = sort === 'order' ? `${x}."order" asc, ${x}.created_at desc` : `${x}.created_at desc`
  // A signed-in user's join also finds trashed documents, which Payload then cannot populate.
  const populated = ctx.viewer.kind === 'editor' ? `case when ${x}.deleted_at is null then ${json} end` : json
  const doc = depth <= 0 ? `to_json(${x}.id)` : populated
  return joinPage(
    `select ${doc} as doc, row_number() over (order by ${order}) as n
     from ${from} where ${on(x)} and ${joinable(collection, x, ctx.viewer)} order by ${order}`,
  )
}
