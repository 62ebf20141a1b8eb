import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/**
 * Tables left out of the checksum, with the reason: each changes without any content changing.
 * Everything else in the database (all content, versions, relations, locales, users and their
 * sessions, payload_kv) must be byte-identical after the run. Sequences are not compared: they
 * are not content.
 */
export const EXCLUDED_TABLES: Record<string, string> = {
  payload_locked_documents:
    'document locks: Payload lets any signed-in user (the viewer) take and release them',
  payload_locked_documents_rels: 'the locks’ relations (see payload_locked_documents)',
  payload_preferences:
    'the viewer’s own admin UI preferences (columns, sort), written by POST /api/payload-preferences/:key',
  payload_preferences_rels: 'the preferences’ relations (see payload_preferences)',
  payload_jobs: 'the job queue: the server’s cron (every minute) runs and schedules jobs on its own',
  payload_jobs_log: 'the job queue’s log (see payload_jobs)',
  payload_jobs_stats: 'when the cron last scheduled each scheduled task (the audit log’s retention)',
  audit_log: 'the audit log records sign-ins and failed sign-ins, which the fuzzer sends',
  audit_log_rels: 'the audit entries’ relations (see audit_log)',
  payload_migrations: 'migration bookkeeping: applied at start, before the first checksum',
  sign_in_attempts:
    'sign-in attempts counted per client address (shared by the workers): every fuzzed login counts',
}

export type TableSum = { table: string; rows: number; hash: string }

export type Checksum = {
  tables: TableSum[]
  /** Names, sizes and modification times of the uploaded files, when the upload directory is known. */
  files?: string
}

/** An order-independent hash of each table's rows (every column, as PostgreSQL prints the row). */
export const checksumDatabase = async (databaseUrl: string, mediaDir?: string): Promise<Checksum> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      `select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1, 2`,
    )
    const sums: TableSum[] = []
    for (const { schema, name } of tables) {
      if (name in EXCLUDED_TABLES) continue
      const quoted = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`
      const { rows } = await client.query<{ rows: number; hash: string | null }>(
        `select count(*)::int as rows, md5(string_agg(md5(t::text), '' order by md5(t::text))) as hash from ${quoted} t`,
      )
      sums.push({
        table: schema === 'public' ? name : `${schema}.${name}`,
        rows: rows[0]!.rows,
        hash: rows[0]!.hash ?? '',
      })
    }
    return { tables: sums, ...(mediaDir ? { files: listFiles(mediaDir) } : {}) }
  } finally {
    await client.end()
  }
}

const listFiles = (dir: string): string => {
  if (!fs.existsSync(dir)) return ''
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      const stat = fs.statSync(file)
      return `${path.relative(dir, file)} ${stat.size} ${stat.mtimeMs}`
    })
    .sort()
    .join('\n')
}

/** What differs between two checksums: tables (with row counts) and the upload directory. */
export const compareChecksums = (before: Checksum, after: Checksum): string[] => {
  const changes: string[] = []
  const afterByName = new Map(after.tables.map((table) => [table.table, table]))
  for (const table of before.tables) {
    const later = afterByName.get(table.table)
    if (!later) changes.push(`${table.table}: gone`)
    else if (later.hash !== table.hash)
      changes.push(`${table.table}: changed (${table.rows} → ${later.rows} rows)`)
    afterByName.delete(table.table)
  }
  for (const table of afterByName.values()) changes.push(`${table.table}: new table (${table.rows} rows)`)
  if (before.files !== undefined && before.files !== after.files) changes.push('uploaded files: changed')
  return changes
}
