import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_networks_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_networks_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__networks_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__networks_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_principles_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_principles_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__principles_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__principles_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_goals_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_goals_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__goals_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__goals_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_working_groups_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_working_groups_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__working_groups_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__working_groups_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_actors_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_actors_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__actors_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__actors_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_contacts_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_contacts_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__contacts_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__contacts_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_offers_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_offers_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__offers_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__offers_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_places_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_places_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__places_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__places_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_target_groups_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_target_groups_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__target_groups_v_version_translations_outdated" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__target_groups_v_version_translations_missing" AS ENUM('en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_link_checks_outcome" AS ENUM('ok', 'broken', 'unreachable');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'verify' BEFORE 'publish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkLinks' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'freshnessDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkLinks' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'freshnessDigest' BEFORE 'schedulePublish';
  CREATE TABLE "networks_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_networks_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "networks_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_networks_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_networks_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__networks_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_networks_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__networks_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "principles_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_principles_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "principles_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_principles_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_principles_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__principles_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_principles_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__principles_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "goals_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_goals_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "goals_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_goals_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_goals_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__goals_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_goals_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__goals_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "working_groups_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_working_groups_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "working_groups_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_working_groups_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_working_groups_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__working_groups_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_working_groups_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__working_groups_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "actors_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_actors_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "actors_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_actors_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_actors_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__actors_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_actors_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__actors_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contacts_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contacts_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contacts_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contacts_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_contacts_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contacts_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_contacts_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contacts_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "offers_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_offers_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "offers_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_offers_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_offers_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__offers_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_offers_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__offers_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "places_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_places_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "places_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_places_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_places_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__places_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_places_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__places_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "target_groups_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_target_groups_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "target_groups_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_target_groups_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_target_groups_v_version_translations_outdated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__target_groups_v_version_translations_outdated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_target_groups_v_version_translations_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__target_groups_v_version_translations_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"url" varchar NOT NULL,
  	"outcome" "enum_link_checks_outcome" NOT NULL,
  	"status" numeric,
  	"reason" varchar,
  	"collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"field" varchar NOT NULL,
  	"title" varchar,
  	"final_url" varchar,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"failing_since" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "networks" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "networks" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_networks_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_networks_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "principles" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "principles" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_principles_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_principles_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "goals" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "goals" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_goals_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_goals_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "working_groups" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "working_groups" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_working_groups_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_working_groups_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "actors" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "actors" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "actors" ADD COLUMN "verified_at" timestamp(3) with time zone;
  ALTER TABLE "actors" ADD COLUMN "verified_by_id" integer;
  ALTER TABLE "_actors_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_actors_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "_actors_v" ADD COLUMN "version_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_actors_v" ADD COLUMN "version_verified_by_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "contacts" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "contacts" ADD COLUMN "verified_at" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "verified_by_id" integer;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_verified_by_id" integer;
  ALTER TABLE "offers" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "offers" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "offers" ADD COLUMN "verified_at" timestamp(3) with time zone;
  ALTER TABLE "offers" ADD COLUMN "verified_by_id" integer;
  ALTER TABLE "_offers_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_offers_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "_offers_v" ADD COLUMN "version_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_offers_v" ADD COLUMN "version_verified_by_id" integer;
  ALTER TABLE "places" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "places" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "places" ADD COLUMN "verified_at" timestamp(3) with time zone;
  ALTER TABLE "places" ADD COLUMN "verified_by_id" integer;
  ALTER TABLE "_places_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_places_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "_places_v" ADD COLUMN "version_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_places_v" ADD COLUMN "version_verified_by_id" integer;
  ALTER TABLE "target_groups" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "target_groups" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_target_groups_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_target_groups_v" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "districts" ADD COLUMN "stale_after_months" numeric DEFAULT 12;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  ALTER TABLE "networks_translations_outdated" ADD CONSTRAINT "networks_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_translations_missing" ADD CONSTRAINT "networks_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_translations_outdated" ADD CONSTRAINT "_networks_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_translations_missing" ADD CONSTRAINT "_networks_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles_translations_outdated" ADD CONSTRAINT "principles_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles_translations_missing" ADD CONSTRAINT "principles_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_version_translations_outdated" ADD CONSTRAINT "_principles_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_version_translations_missing" ADD CONSTRAINT "_principles_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_translations_outdated" ADD CONSTRAINT "goals_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_translations_missing" ADD CONSTRAINT "goals_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_version_translations_outdated" ADD CONSTRAINT "_goals_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_version_translations_missing" ADD CONSTRAINT "_goals_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups_translations_outdated" ADD CONSTRAINT "working_groups_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups_translations_missing" ADD CONSTRAINT "working_groups_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v_version_translations_outdated" ADD CONSTRAINT "_working_groups_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_working_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v_version_translations_missing" ADD CONSTRAINT "_working_groups_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_working_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_translations_outdated" ADD CONSTRAINT "actors_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_translations_missing" ADD CONSTRAINT "actors_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_translations_outdated" ADD CONSTRAINT "_actors_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_translations_missing" ADD CONSTRAINT "_actors_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_translations_outdated" ADD CONSTRAINT "contacts_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_translations_missing" ADD CONSTRAINT "contacts_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_translations_outdated" ADD CONSTRAINT "_contacts_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_translations_missing" ADD CONSTRAINT "_contacts_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_translations_outdated" ADD CONSTRAINT "offers_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_translations_missing" ADD CONSTRAINT "offers_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_translations_outdated" ADD CONSTRAINT "_offers_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_translations_missing" ADD CONSTRAINT "_offers_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_translations_outdated" ADD CONSTRAINT "places_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_translations_missing" ADD CONSTRAINT "places_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_translations_outdated" ADD CONSTRAINT "_places_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_translations_missing" ADD CONSTRAINT "_places_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "target_groups_translations_outdated" ADD CONSTRAINT "target_groups_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "target_groups_translations_missing" ADD CONSTRAINT "target_groups_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_target_groups_v_version_translations_outdated" ADD CONSTRAINT "_target_groups_v_version_translations_outdated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_target_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_target_groups_v_version_translations_missing" ADD CONSTRAINT "_target_groups_v_version_translations_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_target_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "link_checks" ADD CONSTRAINT "link_checks_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "networks_translations_outdated_order_idx" ON "networks_translations_outdated" USING btree ("order");
  CREATE INDEX "networks_translations_outdated_parent_idx" ON "networks_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "networks_translations_missing_order_idx" ON "networks_translations_missing" USING btree ("order");
  CREATE INDEX "networks_translations_missing_parent_idx" ON "networks_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_networks_v_version_translations_outdated_order_idx" ON "_networks_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_networks_v_version_translations_outdated_parent_idx" ON "_networks_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_networks_v_version_translations_missing_order_idx" ON "_networks_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_networks_v_version_translations_missing_parent_idx" ON "_networks_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "principles_translations_outdated_order_idx" ON "principles_translations_outdated" USING btree ("order");
  CREATE INDEX "principles_translations_outdated_parent_idx" ON "principles_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "principles_translations_missing_order_idx" ON "principles_translations_missing" USING btree ("order");
  CREATE INDEX "principles_translations_missing_parent_idx" ON "principles_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_principles_v_version_translations_outdated_order_idx" ON "_principles_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_principles_v_version_translations_outdated_parent_idx" ON "_principles_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_principles_v_version_translations_missing_order_idx" ON "_principles_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_principles_v_version_translations_missing_parent_idx" ON "_principles_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "goals_translations_outdated_order_idx" ON "goals_translations_outdated" USING btree ("order");
  CREATE INDEX "goals_translations_outdated_parent_idx" ON "goals_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "goals_translations_missing_order_idx" ON "goals_translations_missing" USING btree ("order");
  CREATE INDEX "goals_translations_missing_parent_idx" ON "goals_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_goals_v_version_translations_outdated_order_idx" ON "_goals_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_goals_v_version_translations_outdated_parent_idx" ON "_goals_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_goals_v_version_translations_missing_order_idx" ON "_goals_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_goals_v_version_translations_missing_parent_idx" ON "_goals_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "working_groups_translations_outdated_order_idx" ON "working_groups_translations_outdated" USING btree ("order");
  CREATE INDEX "working_groups_translations_outdated_parent_idx" ON "working_groups_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "working_groups_translations_missing_order_idx" ON "working_groups_translations_missing" USING btree ("order");
  CREATE INDEX "working_groups_translations_missing_parent_idx" ON "working_groups_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_working_groups_v_version_translations_outdated_order_idx" ON "_working_groups_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_working_groups_v_version_translations_outdated_parent_idx" ON "_working_groups_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_working_groups_v_version_translations_missing_order_idx" ON "_working_groups_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_working_groups_v_version_translations_missing_parent_idx" ON "_working_groups_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "actors_translations_outdated_order_idx" ON "actors_translations_outdated" USING btree ("order");
  CREATE INDEX "actors_translations_outdated_parent_idx" ON "actors_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "actors_translations_missing_order_idx" ON "actors_translations_missing" USING btree ("order");
  CREATE INDEX "actors_translations_missing_parent_idx" ON "actors_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_actors_v_version_translations_outdated_order_idx" ON "_actors_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_actors_v_version_translations_outdated_parent_idx" ON "_actors_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_actors_v_version_translations_missing_order_idx" ON "_actors_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_actors_v_version_translations_missing_parent_idx" ON "_actors_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "contacts_translations_outdated_order_idx" ON "contacts_translations_outdated" USING btree ("order");
  CREATE INDEX "contacts_translations_outdated_parent_idx" ON "contacts_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "contacts_translations_missing_order_idx" ON "contacts_translations_missing" USING btree ("order");
  CREATE INDEX "contacts_translations_missing_parent_idx" ON "contacts_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_version_translations_outdated_order_idx" ON "_contacts_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_contacts_v_version_translations_outdated_parent_idx" ON "_contacts_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_version_translations_missing_order_idx" ON "_contacts_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_contacts_v_version_translations_missing_parent_idx" ON "_contacts_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "offers_translations_outdated_order_idx" ON "offers_translations_outdated" USING btree ("order");
  CREATE INDEX "offers_translations_outdated_parent_idx" ON "offers_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "offers_translations_missing_order_idx" ON "offers_translations_missing" USING btree ("order");
  CREATE INDEX "offers_translations_missing_parent_idx" ON "offers_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_translations_outdated_order_idx" ON "_offers_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_offers_v_version_translations_outdated_parent_idx" ON "_offers_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_translations_missing_order_idx" ON "_offers_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_offers_v_version_translations_missing_parent_idx" ON "_offers_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "places_translations_outdated_order_idx" ON "places_translations_outdated" USING btree ("order");
  CREATE INDEX "places_translations_outdated_parent_idx" ON "places_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "places_translations_missing_order_idx" ON "places_translations_missing" USING btree ("order");
  CREATE INDEX "places_translations_missing_parent_idx" ON "places_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_places_v_version_translations_outdated_order_idx" ON "_places_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_places_v_version_translations_outdated_parent_idx" ON "_places_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_places_v_version_translations_missing_order_idx" ON "_places_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_places_v_version_translations_missing_parent_idx" ON "_places_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "target_groups_translations_outdated_order_idx" ON "target_groups_translations_outdated" USING btree ("order");
  CREATE INDEX "target_groups_translations_outdated_parent_idx" ON "target_groups_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "target_groups_translations_missing_order_idx" ON "target_groups_translations_missing" USING btree ("order");
  CREATE INDEX "target_groups_translations_missing_parent_idx" ON "target_groups_translations_missing" USING btree ("parent_id");
  CREATE INDEX "_target_groups_v_version_translations_outdated_order_idx" ON "_target_groups_v_version_translations_outdated" USING btree ("order");
  CREATE INDEX "_target_groups_v_version_translations_outdated_parent_idx" ON "_target_groups_v_version_translations_outdated" USING btree ("parent_id");
  CREATE INDEX "_target_groups_v_version_translations_missing_order_idx" ON "_target_groups_v_version_translations_missing" USING btree ("order");
  CREATE INDEX "_target_groups_v_version_translations_missing_parent_idx" ON "_target_groups_v_version_translations_missing" USING btree ("parent_id");
  CREATE INDEX "link_checks_district_idx" ON "link_checks" USING btree ("district_id");
  CREATE INDEX "link_checks_outcome_idx" ON "link_checks" USING btree ("outcome");
  CREATE INDEX "link_checks_checked_at_idx" ON "link_checks" USING btree ("checked_at");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  CREATE UNIQUE INDEX "collection_documentId_field_url_idx" ON "link_checks" USING btree ("collection","document_id","field","url");
  ALTER TABLE "actors" ADD CONSTRAINT "actors_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_version_verified_by_id_users_id_fk" FOREIGN KEY ("version_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_verified_by_id_users_id_fk" FOREIGN KEY ("version_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_verified_by_id_users_id_fk" FOREIGN KEY ("version_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places" ADD CONSTRAINT "places_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_version_verified_by_id_users_id_fk" FOREIGN KEY ("version_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "actors_verified_at_idx" ON "actors" USING btree ("verified_at");
  CREATE INDEX "actors_verified_by_idx" ON "actors" USING btree ("verified_by_id");
  CREATE INDEX "_actors_v_version_version_verified_at_idx" ON "_actors_v" USING btree ("version_verified_at");
  CREATE INDEX "_actors_v_version_version_verified_by_idx" ON "_actors_v" USING btree ("version_verified_by_id");
  CREATE INDEX "contacts_verified_at_idx" ON "contacts" USING btree ("verified_at");
  CREATE INDEX "contacts_verified_by_idx" ON "contacts" USING btree ("verified_by_id");
  CREATE INDEX "_contacts_v_version_version_verified_at_idx" ON "_contacts_v" USING btree ("version_verified_at");
  CREATE INDEX "_contacts_v_version_version_verified_by_idx" ON "_contacts_v" USING btree ("version_verified_by_id");
  CREATE INDEX "offers_verified_at_idx" ON "offers" USING btree ("verified_at");
  CREATE INDEX "offers_verified_by_idx" ON "offers" USING btree ("verified_by_id");
  CREATE INDEX "_offers_v_version_version_verified_at_idx" ON "_offers_v" USING btree ("version_verified_at");
  CREATE INDEX "_offers_v_version_version_verified_by_idx" ON "_offers_v" USING btree ("version_verified_by_id");
  CREATE INDEX "places_verified_at_idx" ON "places" USING btree ("verified_at");
  CREATE INDEX "places_verified_by_idx" ON "places" USING btree ("verified_by_id");
  CREATE INDEX "_places_v_version_version_verified_at_idx" ON "_places_v" USING btree ("version_verified_at");
  CREATE INDEX "_places_v_version_version_verified_by_idx" ON "_places_v" USING btree ("version_verified_by_id");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "networks_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "networks_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_networks_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_networks_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "principles_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "principles_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_principles_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_principles_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "goals_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "goals_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_goals_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_goals_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "working_groups_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "working_groups_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_working_groups_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_working_groups_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actors_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actors_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actors_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actors_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contacts_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contacts_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "target_groups_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "target_groups_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_target_groups_v_version_translations_outdated" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_target_groups_v_version_translations_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "networks_translations_outdated" CASCADE;
  DROP TABLE "networks_translations_missing" CASCADE;
  DROP TABLE "_networks_v_version_translations_outdated" CASCADE;
  DROP TABLE "_networks_v_version_translations_missing" CASCADE;
  DROP TABLE "principles_translations_outdated" CASCADE;
  DROP TABLE "principles_translations_missing" CASCADE;
  DROP TABLE "_principles_v_version_translations_outdated" CASCADE;
  DROP TABLE "_principles_v_version_translations_missing" CASCADE;
  DROP TABLE "goals_translations_outdated" CASCADE;
  DROP TABLE "goals_translations_missing" CASCADE;
  DROP TABLE "_goals_v_version_translations_outdated" CASCADE;
  DROP TABLE "_goals_v_version_translations_missing" CASCADE;
  DROP TABLE "working_groups_translations_outdated" CASCADE;
  DROP TABLE "working_groups_translations_missing" CASCADE;
  DROP TABLE "_working_groups_v_version_translations_outdated" CASCADE;
  DROP TABLE "_working_groups_v_version_translations_missing" CASCADE;
  DROP TABLE "actors_translations_outdated" CASCADE;
  DROP TABLE "actors_translations_missing" CASCADE;
  DROP TABLE "_actors_v_version_translations_outdated" CASCADE;
  DROP TABLE "_actors_v_version_translations_missing" CASCADE;
  DROP TABLE "contacts_translations_outdated" CASCADE;
  DROP TABLE "contacts_translations_missing" CASCADE;
  DROP TABLE "_contacts_v_version_translations_outdated" CASCADE;
  DROP TABLE "_contacts_v_version_translations_missing" CASCADE;
  DROP TABLE "offers_translations_outdated" CASCADE;
  DROP TABLE "offers_translations_missing" CASCADE;
  DROP TABLE "_offers_v_version_translations_outdated" CASCADE;
  DROP TABLE "_offers_v_version_translations_missing" CASCADE;
  DROP TABLE "places_translations_outdated" CASCADE;
  DROP TABLE "places_translations_missing" CASCADE;
  DROP TABLE "_places_v_version_translations_outdated" CASCADE;
  DROP TABLE "_places_v_version_translations_missing" CASCADE;
  DROP TABLE "target_groups_translations_outdated" CASCADE;
  DROP TABLE "target_groups_translations_missing" CASCADE;
  DROP TABLE "_target_groups_v_version_translations_outdated" CASCADE;
  DROP TABLE "_target_groups_v_version_translations_missing" CASCADE;
  DROP TABLE "link_checks" CASCADE;
  ALTER TABLE "actors" DROP CONSTRAINT "actors_verified_by_id_users_id_fk";
  
  ALTER TABLE "_actors_v" DROP CONSTRAINT "_actors_v_version_verified_by_id_users_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_verified_by_id_users_id_fk";
  
  ALTER TABLE "_contacts_v" DROP CONSTRAINT "_contacts_v_version_verified_by_id_users_id_fk";
  
  ALTER TABLE "offers" DROP CONSTRAINT "offers_verified_by_id_users_id_fk";
  
  ALTER TABLE "_offers_v" DROP CONSTRAINT "_offers_v_version_verified_by_id_users_id_fk";
  
  ALTER TABLE "places" DROP CONSTRAINT "places_verified_by_id_users_id_fk";
  
  ALTER TABLE "_places_v" DROP CONSTRAINT "_places_v_version_verified_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'submit', 'requestChanges', 'publish', 'unpublish', 'trash', 'restore', 'delete', 'login', 'loginFailed', 'lockout', 'forgotPassword', 'passwordReset', 'rolesChanged', 'membershipsChanged');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "actors_verified_at_idx";
  DROP INDEX "actors_verified_by_idx";
  DROP INDEX "_actors_v_version_version_verified_at_idx";
  DROP INDEX "_actors_v_version_version_verified_by_idx";
  DROP INDEX "contacts_verified_at_idx";
  DROP INDEX "contacts_verified_by_idx";
  DROP INDEX "_contacts_v_version_version_verified_at_idx";
  DROP INDEX "_contacts_v_version_version_verified_by_idx";
  DROP INDEX "offers_verified_at_idx";
  DROP INDEX "offers_verified_by_idx";
  DROP INDEX "_offers_v_version_version_verified_at_idx";
  DROP INDEX "_offers_v_version_version_verified_by_idx";
  DROP INDEX "places_verified_at_idx";
  DROP INDEX "places_verified_by_idx";
  DROP INDEX "_places_v_version_version_verified_at_idx";
  DROP INDEX "_places_v_version_version_verified_by_idx";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "networks" DROP COLUMN "translation_status";
  ALTER TABLE "networks" DROP COLUMN "translation_sources";
  ALTER TABLE "_networks_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_networks_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "principles" DROP COLUMN "translation_status";
  ALTER TABLE "principles" DROP COLUMN "translation_sources";
  ALTER TABLE "_principles_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_principles_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "goals" DROP COLUMN "translation_status";
  ALTER TABLE "goals" DROP COLUMN "translation_sources";
  ALTER TABLE "_goals_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_goals_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "working_groups" DROP COLUMN "translation_status";
  ALTER TABLE "working_groups" DROP COLUMN "translation_sources";
  ALTER TABLE "_working_groups_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_working_groups_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "actors" DROP COLUMN "translation_status";
  ALTER TABLE "actors" DROP COLUMN "translation_sources";
  ALTER TABLE "actors" DROP COLUMN "verified_at";
  ALTER TABLE "actors" DROP COLUMN "verified_by_id";
  ALTER TABLE "_actors_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_actors_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "_actors_v" DROP COLUMN "version_verified_at";
  ALTER TABLE "_actors_v" DROP COLUMN "version_verified_by_id";
  ALTER TABLE "contacts" DROP COLUMN "translation_status";
  ALTER TABLE "contacts" DROP COLUMN "translation_sources";
  ALTER TABLE "contacts" DROP COLUMN "verified_at";
  ALTER TABLE "contacts" DROP COLUMN "verified_by_id";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_verified_at";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_verified_by_id";
  ALTER TABLE "offers" DROP COLUMN "translation_status";
  ALTER TABLE "offers" DROP COLUMN "translation_sources";
  ALTER TABLE "offers" DROP COLUMN "verified_at";
  ALTER TABLE "offers" DROP COLUMN "verified_by_id";
  ALTER TABLE "_offers_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_offers_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "_offers_v" DROP COLUMN "version_verified_at";
  ALTER TABLE "_offers_v" DROP COLUMN "version_verified_by_id";
  ALTER TABLE "places" DROP COLUMN "translation_status";
  ALTER TABLE "places" DROP COLUMN "translation_sources";
  ALTER TABLE "places" DROP COLUMN "verified_at";
  ALTER TABLE "places" DROP COLUMN "verified_by_id";
  ALTER TABLE "_places_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_places_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "_places_v" DROP COLUMN "version_verified_at";
  ALTER TABLE "_places_v" DROP COLUMN "version_verified_by_id";
  ALTER TABLE "target_groups" DROP COLUMN "translation_status";
  ALTER TABLE "target_groups" DROP COLUMN "translation_sources";
  ALTER TABLE "_target_groups_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_target_groups_v" DROP COLUMN "version_translation_sources";
  ALTER TABLE "districts" DROP COLUMN "stale_after_months";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  DROP TYPE "public"."enum_networks_translations_outdated";
  DROP TYPE "public"."enum_networks_translations_missing";
  DROP TYPE "public"."enum__networks_v_version_translations_outdated";
  DROP TYPE "public"."enum__networks_v_version_translations_missing";
  DROP TYPE "public"."enum_principles_translations_outdated";
  DROP TYPE "public"."enum_principles_translations_missing";
  DROP TYPE "public"."enum__principles_v_version_translations_outdated";
  DROP TYPE "public"."enum__principles_v_version_translations_missing";
  DROP TYPE "public"."enum_goals_translations_outdated";
  DROP TYPE "public"."enum_goals_translations_missing";
  DROP TYPE "public"."enum__goals_v_version_translations_outdated";
  DROP TYPE "public"."enum__goals_v_version_translations_missing";
  DROP TYPE "public"."enum_working_groups_translations_outdated";
  DROP TYPE "public"."enum_working_groups_translations_missing";
  DROP TYPE "public"."enum__working_groups_v_version_translations_outdated";
  DROP TYPE "public"."enum__working_groups_v_version_translations_missing";
  DROP TYPE "public"."enum_actors_translations_outdated";
  DROP TYPE "public"."enum_actors_translations_missing";
  DROP TYPE "public"."enum__actors_v_version_translations_outdated";
  DROP TYPE "public"."enum__actors_v_version_translations_missing";
  DROP TYPE "public"."enum_contacts_translations_outdated";
  DROP TYPE "public"."enum_contacts_translations_missing";
  DROP TYPE "public"."enum__contacts_v_version_translations_outdated";
  DROP TYPE "public"."enum__contacts_v_version_translations_missing";
  DROP TYPE "public"."enum_offers_translations_outdated";
  DROP TYPE "public"."enum_offers_translations_missing";
  DROP TYPE "public"."enum__offers_v_version_translations_outdated";
  DROP TYPE "public"."enum__offers_v_version_translations_missing";
  DROP TYPE "public"."enum_places_translations_outdated";
  DROP TYPE "public"."enum_places_translations_missing";
  DROP TYPE "public"."enum__places_v_version_translations_outdated";
  DROP TYPE "public"."enum__places_v_version_translations_missing";
  DROP TYPE "public"."enum_target_groups_translations_outdated";
  DROP TYPE "public"."enum_target_groups_translations_missing";
  DROP TYPE "public"."enum__target_groups_v_version_translations_outdated";
  DROP TYPE "public"."enum__target_groups_v_version_translations_missing";
  DROP TYPE "public"."enum_link_checks_outcome";`)
}
