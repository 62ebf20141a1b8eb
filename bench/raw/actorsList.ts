import type pg from 'pg'

import type { LocaleCode } from '../../src/lib/locales'
import { documentOf } from './documents'
import { paginated } from './paginated'
import { readable } from './viewer'

export type ActorsListParams = {
  district: number
  /** Scenario 1 filters by a target group; scenario 6 lists the whole district. */
  targetGroup?: number
  limit: number
  page: number
  locale: LocaleCode
  /** Scenario 6: the view of an editor of the district (drafts included). */
  asEditor: boolean
}

const queries = new Map<string, string>()

/** One SQL text per variant, built once: the count and the page's documents in one round trip. */
const queryFor = ({ targetGroup, locale, asEditor }: ActorsListParams) => {
  const key = `${targetGroup === undefined}-${locale}-${asEditor}`
  const cached = queries.get(key)
  if (cached) return cached
  const ctx = {
    locale,
    viewer: asEditor ? { kind: 'editor' as const, district: '$1' } : { kind: 'anonymous' as const },
  }
  const where = (a: string) =>
    `${a}.district_id = $1 and ${readable('actors', a, ctx.viewer)}` +
    (targetGroup === undefined
      ? ''
      : ` and exists (select 1 from actors_rels r where r.parent_id = ${a}.id and r.path = 'targetGroups' and r.target_groups_id = $4)`)
  const { x, json, from } = documentOf('actors', 1, ctx)
  const sql = `select (select count(*) from actors c where ${where('c')})::int as total,
      coalesce((select json_agg(p.doc order by p.n) from (
        select ${json} as doc, row_number() over (order by ${x}.created_at desc) as n
        from ${from} where ${where(x)} order by ${x}.created_at desc limit $2 offset $3) p), '[]'::json) as docs`
  queries.set(key, sql)
  return sql
}

/** Scenarios 1 and 6: GET /api/actors?where[district][equals]=…[&where[targetGroups][in]=…]&depth=1&limit=… */
export const actorsList = async (pool: pg.Pool, params: ActorsListParams) => {
  const { district, targetGroup, limit, page } = params
  const values: unknown[] = [district, limit, (page - 1) * limit]
  if (targetGroup !== undefined) values.push(targetGroup)
  const { rows } = await pool.query<{ total: number; docs: unknown[] }>(queryFor(params), values)
  const { total, docs } = rows[0]!
  return paginated(docs, total, limit, page, targetGroup !== undefined)
}
