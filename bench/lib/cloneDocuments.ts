import type pg from 'pg'

import { familyOf, type Schema } from './schema'

type Row = Record<string, string | null>

/** How a column of a cloned row is written; `g` in the SQL is the clone's number (1 … count). */
export type ColumnRule = (column: {
  table: string
  /** The column name without Payload's `version_` prefix of version tables. */
  field: string
  /** The template's value as a typed SQL literal, e.g. `'Beratung'::character varying`. */
  value: string
  isNull: boolean
}) => string | undefined

/** Where a reference to another collection's document points in a clone (SQL), or null to keep it. */
export type ReferenceRule = (reference: { refTable: string; table: string; idx: number }) => string | null

export type CloneSpec = {
  /** The collection's main table, e.g. `actors`. */
  base: string
  /** Documents created normally through the CMS; clone g copies template (g - 1) % n. */
  templateIds: number[]
  count: number
  /** Clone g gets the id `mainBase + g`; other collections' rules rely on that. */
  mainBase: number
  column: ColumnRule
  reference: ReferenceRule
}

type Family = {
  order: string[]
  owner: Map<string, { column: string; parent: string }>
  rows: Map<string, Row[][]>
  width: Map<string, number>
  position: Map<string, { idx: number }>
  /** Rows of array tables (text ids) by id, for the versions' `_uuid` references to them. */
  arrayRows: Map<string, { table: string; idx: number }>
}

/** A template's rows in every table of its collection, found along the family's foreign keys. */
const readFamily = async (client: pg.Client, schema: Schema, spec: CloneSpec): Promise<Family> => {
  const tables = familyOf(schema, spec.base)
  const inFamily = new Set(tables)
  const order = [spec.base]
  const owner = new Map<string, { column: string; parent: string }>()
  // Parents before children: a table joins once the table it hangs from is placed.
  for (let progress = true; progress;) {
    progress = false
    for (const table of tables) {
      if (order.includes(table)) continue
      const key = schema.foreignKeys.find(
        (fk) => fk.table === table && inFamily.has(fk.refTable) && order.includes(fk.refTable),
      )
      if (key) {
        order.push(table)
        owner.set(table, { column: key.column, parent: key.refTable })
        progress = true
      }
    }
  }
  const orphans = tables.filter((table) => !order.includes(table))
  if (orphans.length) throw new Error(`${spec.base}: no owner found for ${orphans.join(', ')}`)

  const rows = new Map<string, Row[][]>()
  const position = new Map<string, { idx: number }>()
  const arrayRows = new Map<string, { table: string; idx: number }>()
  const templateOf = new Map<string, number>()
  for (const table of order) {
    const perTemplate: Row[][] = spec.templateIds.map(() => [])
    const link = owner.get(table)
    const result = link
      ? await client.query<Row>(
          `SELECT * FROM "${table}" WHERE "${link.column}"::text = ANY($1) ORDER BY id`,
          [
            [...templateOf.keys()]
              .filter((key) => key.startsWith(`${link.parent}:`))
              .map((key) => key.split(':')[1]),
          ],
        )
      : await client.query<Row>(`SELECT * FROM "${table}" WHERE id::text = ANY($1) ORDER BY id`, [
          spec.templateIds.map(String),
        ])
    for (const row of result.rows) {
      const template = link
        ? templateOf.get(`${link.parent}:${row[link.column]}`)!
        : spec.templateIds.indexOf(Number(row.id))
      perTemplate[template]!.push(row)
      position.set(`${table}:${row.id}`, { idx: perTemplate[template]!.length - 1 })
      if (!schema.tables.get(table)!.numericId)
        arrayRows.set(row.id!, { table, idx: perTemplate[template]!.length - 1 })
      templateOf.set(`${table}:${row.id}`, template)
    }
    rows.set(table, perTemplate)
  }
  const width = new Map(order.map((table) => [table, Math.max(1, ...rows.get(table)!.map((r) => r.length))]))
  return { order, owner, rows, width, position, arrayRows }
}

/** Number of rows the clones will write, for the progress bar. */
export const plannedRows = async (client: pg.Client, schema: Schema, spec: CloneSpec): Promise<number> => {
  const family = await readFamily(client, schema, spec)
  return family.order.reduce(
    (sum, table) =>
      sum +
      family.rows
        .get(table)!
        .reduce((acc, rows, t) => acc + rows.length * clonesOf(t, spec.templateIds.length, spec.count), 0),
    0,
  )
}

const clonesOf = (template: number, templates: number, count: number) =>
  template >= count ? 0 : Math.floor((count - 1 - template) / templates) + 1

/**
 * Writes `count` clones of the templates with one INSERT … SELECT over generate_series per
 * template row: every table of the collection gets exactly the rows the CMS wrote for the
 * template, with new ids, the parent links remapped within the clone, references to other
 * collections remapped by `reference`, and the columns `column` varies.
 */
export const cloneDocuments = async (
  client: pg.Client,
  schema: Schema,
  spec: CloneSpec,
  onRows: (rows: number) => void,
): Promise<void> => {
  const family = await readFamily(client, schema, spec)
  const bases = new Map<string, number>([[spec.base, spec.mainBase]])
  for (const table of family.order.slice(1)) {
    if (!schema.tables.get(table)!.numericId) continue
    const { rows } = await client.query<{ max: string | null }>(`SELECT max(id)::text AS max FROM "${table}"`)
    bases.set(table, Number(rows[0]!.max ?? 0))
  }
  const idOf = (table: string, idx: number): string => {
    if (table === spec.base) return `${spec.mainBase} + g`
    return schema.tables.get(table)!.numericId
      ? `${bases.get(table)} + (g - 1) * ${family.width.get(table)} + ${idx + 1}`
      : `substr(md5('${table}:' || g || ':${idx}'), 1, 24)`
  }
  const templates = spec.templateIds.length

  for (const table of family.order) {
    const { columns } = schema.tables.get(table)!
    const keys = schema.foreignKeys.filter((fk) => fk.table === table)
    for (const [template, rows] of family.rows.get(table)!.entries()) {
      const clones = clonesOf(template, templates, spec.count)
      if (clones === 0) continue
      for (const [idx, row] of rows.entries()) {
        // Literals rather than parameters: a rule may drop the template's value, and an unused
        // parameter has no type PostgreSQL could infer.
        const literal = (value: string | null, type: string) =>
          value === null ? `NULL::${type}` : `${client.escapeLiteral(value)}::${type}`
        const expressions = columns.map(({ name, type }) => {
          const value = row[name] ?? null
          if (name === 'id') return idOf(table, idx)
          const key = keys.find((fk) => fk.column === name)
          if (key && value !== null) {
            if (family.order.includes(key.refTable)) {
              return idOf(key.refTable, family.position.get(`${key.refTable}:${value}`)!.idx)
            }
            return spec.reference({ refTable: key.refTable, table, idx }) ?? literal(value, type)
          }
          // A version's array row carries the id of the document's row it copies (`_uuid`);
          // Payload takes it when it saves the document again, so it must be the clone's.
          if (name === '_uuid' && value !== null) {
            const row = family.arrayRows.get(value)
            return row
              ? idOf(row.table, row.idx)
              : `substr(md5('_uuid:' || g || ':' || ${literal(value, type)}), 1, 24)`
          }
          const field = name.replace(/^version_/, '')
          const original = literal(value, type)
          return spec.column({ table, field, value: original, isNull: value === null }) ?? original
        })
        const sql =
          `INSERT INTO "${table}" (${columns.map(({ name }) => `"${name}"`).join(', ')}) ` +
          `SELECT ${expressions.join(', ')} FROM generate_series(${template + 1}, ${spec.count}, ${templates}) AS g`
        await client.query(sql)
        onRows(clones)
      }
    }
  }
}

/** After writing ids by hand: every serial continues after the highest id. */
export const resetSequences = async (client: pg.Client, schema: Schema, bases: string[]) => {
  for (const base of bases) {
    for (const table of familyOf(schema, base)) {
      if (!schema.tables.get(table)!.numericId) continue
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT max(id) FROM "${table}"), 1))`,
      )
    }
  }
}
