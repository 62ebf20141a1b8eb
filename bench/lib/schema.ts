import type pg from 'pg'

export type Column = { name: string; type: string }
export type ForeignKey = { table: string; column: string; refTable: string }

export type Table = {
  name: string
  columns: Column[]
  /** The primary key column (always `id` in Payload's tables) and whether it is a number. */
  numericId: boolean
}

export type Schema = { tables: Map<string, Table>; foreignKeys: ForeignKey[] }

/** Tables, column types (as SQL casts) and foreign keys of the public schema. */
export const readSchema = async (client: pg.Client | pg.PoolClient): Promise<Schema> => {
  const columns = await client.query<{
    table_name: string
    column_name: string
    data_type: string
    udt_name: string
  }>(
    `SELECT table_name, column_name, data_type, udt_name FROM information_schema.columns
     WHERE table_schema = 'public' AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  )
  const tables = new Map<string, Table>()
  for (const row of columns.rows) {
    const table = tables.get(row.table_name) ?? { name: row.table_name, columns: [], numericId: false }
    const type = row.data_type === 'USER-DEFINED' ? `"${row.udt_name}"` : row.data_type
    table.columns.push({ name: row.column_name, type })
    if (row.column_name === 'id') table.numericId = row.data_type === 'integer' || row.data_type === 'bigint'
    tables.set(row.table_name, table)
  }
  const keys = await client.query<{ table_name: string; column_name: string; ref_table: string }>(
    `SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name,
            c.confrelid::regclass::text AS ref_table
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  )
  const unquote = (name: string) => name.replace(/^"|"$/g, '')
  return {
    tables,
    foreignKeys: keys.rows.map((row) => ({
      table: unquote(row.table_name),
      column: row.column_name,
      refTable: unquote(row.ref_table),
    })),
  }
}

/**
 * The tables that hold a collection's documents: its main table, arrays, locales, relations,
 * and the same for its versions (`_actors_v`, `_actors_v_version_emails`, …).
 */
export const familyOf = (schema: Schema, base: string): string[] =>
  [...schema.tables.keys()].filter(
    (name) =>
      name === base || name.startsWith(`${base}_`) || name === `_${base}_v` || name.startsWith(`_${base}_v_`),
  )
