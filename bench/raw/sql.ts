import { DEFAULT_LOCALE, type LocaleCode } from '../../src/lib/locales'

/**
 * SQL fragments shared by the raw handlers. Everything interpolated here is either a fixed
 * identifier of this module or a validated locale code; values from requests travel as `$n`
 * parameters, so that each handler's text stays constant and PostgreSQL can reuse its plan.
 */

/** A timestamp as Payload prints it: ISO 8601 in UTC with milliseconds. */
export const iso = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** A JSON array of the subquery's rows, `[]` when there are none (Payload never gives null). */
export const jsonArray = (select: string) => `coalesce((${select}), '[]'::json)`

/**
 * The joins for a document's localized columns: the requested locale, and German as the
 * fallback when another locale is asked for (Payload falls back field by field).
 */
export const localeJoins = (table: string, alias: string, parent: string, locale: LocaleCode) => {
  const join = (suffix: string, code: string) =>
    `left join "${table}" ${alias}${suffix} on ${alias}${suffix}._parent_id = ${parent} and ${alias}${suffix}._locale = '${code}'`
  return locale === DEFAULT_LOCALE ? join('', locale) : `${join('', locale)} ${join('_de', DEFAULT_LOCALE)}`
}

/** A localized column, with the German fallback when the locale is not German. */
export const localized = (alias: string, column: string, locale: LocaleCode) =>
  locale === DEFAULT_LOCALE ? `${alias}.${column}` : `coalesce(${alias}.${column}, ${alias}_de.${column})`

/** `{docs, hasNextPage}` of a join field: the first `limit` rows of `rows` (ordered by `n`). */
export const joinPage = (rows: string, limit = 10) =>
  `(select json_build_object('docs', coalesce(json_agg(j.doc order by j.n) filter (where j.n <= ${limit}), '[]'::json), 'hasNextPage', count(*) > ${limit})
    from (${rows} limit ${limit + 1}) j)`
