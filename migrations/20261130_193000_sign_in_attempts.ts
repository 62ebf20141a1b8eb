import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Sign-in attempts per client address, counted in the database so that every worker process
 * and every instance sees the same count (collections/Users/hooks/guardSignIn.ts). Written by
 * hand: Payload's schema knows nothing of this table; payload.config.ts keeps a schema push
 * from dropping it (`tablesFilter`).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "sign_in_attempts" (
      "key" text PRIMARY KEY NOT NULL,
      "count" integer NOT NULL,
      "reset_at" timestamp(3) with time zone NOT NULL
    );
    CREATE INDEX "sign_in_attempts_reset_at_idx" ON "sign_in_attempts" ("reset_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "sign_in_attempts"`)
}
