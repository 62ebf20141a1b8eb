import type pg from 'pg'

import type { LocaleCode } from '../../src/lib/locales'
import { documentOf } from './documents'
import { readable } from './viewer'

export type NetworkByIdParams = { id: number; depth: number; locale: LocaleCode }

const queries = new Map<string, string>()

const queryFor = ({ depth, locale }: NetworkByIdParams) => {
  const key = `${depth}-${locale}`
  const cached = queries.get(key)
  if (cached) return cached
  const ctx = { locale, viewer: { kind: 'anonymous' as const } }
  const { x, json, from } = documentOf('networks', depth, ctx)
  const sql = `select ${json} as doc from ${from} where ${x}.id = $1 and ${readable('networks', x, ctx.viewer)}`
  queries.set(key, sql)
  return sql
}

/** Payload's answer when the document does not exist or the caller may not read it. */
export const NOT_FOUND = { errors: [{ message: 'Not Found' }] }

/** Scenario 2: GET /api/networks/:id?depth=2&locale=de, anonymous; null when not found. */
export const networkById = async (pool: pg.Pool, params: NetworkByIdParams): Promise<unknown> => {
  const { rows } = await pool.query<{ doc: unknown }>(queryFor(params), [params.id])
  return rows[0]?.doc ?? null
}
