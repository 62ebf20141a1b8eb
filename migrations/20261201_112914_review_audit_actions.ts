import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'submit' BEFORE 'publish';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'requestChanges' BEFORE 'publish';`)
}

/** Entries of the review's steps become updates again: the older type has no values for them. */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  UPDATE "audit_log" SET "action" = 'update' WHERE "action" IN ('submit', 'requestChanges');
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'publish', 'unpublish', 'trash', 'restore', 'delete', 'login', 'loginFailed', 'lockout', 'forgotPassword', 'passwordReset', 'rolesChanged', 'membershipsChanged');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";`)
}
