import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "district_slug_1_idx";
  DROP INDEX "version_district_version_slug_1_idx";
  DROP INDEX "district_slug_2_idx";
  DROP INDEX "version_district_version_slug_2_idx";
  DROP INDEX "district_slug_3_idx";
  DROP INDEX "version_district_version_slug_3_idx";
  ALTER TABLE "principles" ADD COLUMN "slug" varchar;
  ALTER TABLE "_principles_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "goals" ADD COLUMN "slug" varchar;
  ALTER TABLE "_goals_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "contacts" ADD COLUMN "slug" varchar;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_slug" varchar;
  CREATE INDEX "principles_slug_idx" ON "principles" USING btree ("slug");
  CREATE UNIQUE INDEX "district_slug_1_idx" ON "principles" USING btree ("district_id","slug");
  CREATE INDEX "_principles_v_version_version_slug_idx" ON "_principles_v" USING btree ("version_slug");
  CREATE INDEX "version_district_version_slug_1_idx" ON "_principles_v" USING btree ("version_district_id","version_slug");
  CREATE INDEX "goals_slug_idx" ON "goals" USING btree ("slug");
  CREATE UNIQUE INDEX "district_slug_2_idx" ON "goals" USING btree ("district_id","slug");
  CREATE INDEX "_goals_v_version_version_slug_idx" ON "_goals_v" USING btree ("version_slug");
  CREATE INDEX "version_district_version_slug_2_idx" ON "_goals_v" USING btree ("version_district_id","version_slug");
  CREATE UNIQUE INDEX "district_slug_3_idx" ON "working_groups" USING btree ("district_id","slug");
  CREATE INDEX "version_district_version_slug_3_idx" ON "_working_groups_v" USING btree ("version_district_id","version_slug");
  CREATE UNIQUE INDEX "district_slug_4_idx" ON "actors" USING btree ("district_id","slug");
  CREATE INDEX "version_district_version_slug_4_idx" ON "_actors_v" USING btree ("version_district_id","version_slug");
  CREATE INDEX "contacts_slug_idx" ON "contacts" USING btree ("slug");
  CREATE UNIQUE INDEX "district_slug_5_idx" ON "contacts" USING btree ("district_id","slug");
  CREATE INDEX "_contacts_v_version_version_slug_idx" ON "_contacts_v" USING btree ("version_slug");
  CREATE INDEX "version_district_version_slug_5_idx" ON "_contacts_v" USING btree ("version_district_id","version_slug");
  CREATE UNIQUE INDEX "district_slug_6_idx" ON "target_groups" USING btree ("district_id","slug");
  CREATE INDEX "version_district_version_slug_6_idx" ON "_target_groups_v" USING btree ("version_district_id","version_slug");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "principles_slug_idx";
  DROP INDEX "district_slug_1_idx";
  DROP INDEX "_principles_v_version_version_slug_idx";
  DROP INDEX "version_district_version_slug_1_idx";
  DROP INDEX "goals_slug_idx";
  DROP INDEX "district_slug_2_idx";
  DROP INDEX "_goals_v_version_version_slug_idx";
  DROP INDEX "version_district_version_slug_2_idx";
  DROP INDEX "district_slug_3_idx";
  DROP INDEX "version_district_version_slug_3_idx";
  DROP INDEX "district_slug_4_idx";
  DROP INDEX "version_district_version_slug_4_idx";
  DROP INDEX "contacts_slug_idx";
  DROP INDEX "district_slug_5_idx";
  DROP INDEX "_contacts_v_version_version_slug_idx";
  DROP INDEX "version_district_version_slug_5_idx";
  DROP INDEX "district_slug_6_idx";
  DROP INDEX "version_district_version_slug_6_idx";
  CREATE UNIQUE INDEX "district_slug_1_idx" ON "working_groups" USING btree ("district_id","slug");
  CREATE INDEX "version_district_version_slug_1_idx" ON "_working_groups_v" USING btree ("version_district_id","version_slug");
  CREATE UNIQUE INDEX "district_slug_2_idx" ON "actors" USING btree ("district_id","slug");
  CREATE INDEX "version_district_version_slug_2_idx" ON "_actors_v" USING btree ("version_district_id","version_slug");
  CREATE UNIQUE INDEX "district_slug_3_idx" ON "target_groups" USING btree ("district_id","slug");
  CREATE INDEX "version_district_version_slug_3_idx" ON "_target_groups_v" USING btree ("version_district_id","version_slug");
  ALTER TABLE "principles" DROP COLUMN "slug";
  ALTER TABLE "_principles_v" DROP COLUMN "version_slug";
  ALTER TABLE "goals" DROP COLUMN "slug";
  ALTER TABLE "_goals_v" DROP COLUMN "version_slug";
  ALTER TABLE "contacts" DROP COLUMN "slug";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_slug";`)
}
