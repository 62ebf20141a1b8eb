import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "used_publicly" boolean DEFAULT false;
  -- Files uploaded before visibility rules existed were public: they stay so.
  UPDATE "media" SET "public" = true;
  CREATE INDEX "media_used_publicly_idx" ON "media" USING btree ("used_publicly");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_used_publicly_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "media" DROP COLUMN "used_publicly";`)
}
