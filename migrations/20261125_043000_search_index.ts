import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search without scanning: every searchable locale row keeps its weighted German search vector
 * in a generated column with a GIN index, titles get trigram indexes for substring matches
 * ("Migrationsberatung" for "beratung"), and actors keep a vector of their short name. Written by
 * hand: Payload's schema knows nothing of these columns and never selects or writes them.
 */
const VECTORS: Array<[table: string, title: string, expression: string]> = [
  [
    'networks_locales',
    'name',
    `setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', lexical_text(description)), 'C')`,
  ],
  [
    'actors_locales',
    'name',
    `setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', lexical_text(description)), 'C')`,
  ],
  [
    'working_groups_locales',
    'name',
    `setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', lexical_text(profile)), 'C')`,
  ],
  [
    'goals_locales',
    'title',
    `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', lexical_text(description)), 'C')`,
  ],
  [
    'contacts_locales',
    'name',
    `setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', coalesce(position, '')), 'B')`,
  ],
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  // All text of a Lexical document. IMMUTABLE (it depends on its argument only) so that
  // generated columns may use it.
  await db.execute(sql`
    CREATE OR REPLACE FUNCTION lexical_text(document jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(string_agg(t #>> '{}', ' '), '') FROM jsonb_path_query(document, 'strict $.**.text') AS t
    $$`)
  for (const [table, title, expression] of VECTORS) {
    await db.execute(
      sql.raw(
        `ALTER TABLE "${table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED;
         CREATE INDEX "${table}_search_vector_idx" ON "${table}" USING gin ("search_vector");
         CREATE INDEX "${table}_${title}_trgm_idx" ON "${table}" USING gin ("${title}" gin_trgm_ops);`,
      ),
    )
  }
  await db.execute(
    sql.raw(
      `ALTER TABLE "actors" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(short_name, '')), 'A')) STORED;
       CREATE INDEX "actors_search_vector_idx" ON "actors" USING gin ("search_vector");`,
    ),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`ALTER TABLE "actors" DROP COLUMN IF EXISTS "search_vector";`))
  for (const [table, title] of VECTORS) {
    await db.execute(
      sql.raw(
        `DROP INDEX IF EXISTS "${table}_${title}_trgm_idx";
         ALTER TABLE "${table}" DROP COLUMN IF EXISTS "search_vector";`,
      ),
    )
  }
  await db.execute(sql`DROP FUNCTION IF EXISTS lexical_text(jsonb)`)
}
