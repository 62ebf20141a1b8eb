import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_language" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'publish', 'unpublish', 'trash', 'restore', 'delete', 'login', 'loginFailed', 'lockout', 'forgotPassword', 'passwordReset', 'rolesChanged', 'membershipsChanged');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'schedulePublish';
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"user_id" integer,
  	"actor_label" varchar,
  	"via_api_key" boolean,
  	"collection" varchar,
  	"document_id" varchar,
  	"title" varchar,
  	"changed_fields" jsonb,
  	"changes" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "networks" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "networks" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "networks" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "networks" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_networks_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_networks_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_networks_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_networks_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "principles" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "principles" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "principles" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "principles" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_principles_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_principles_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_principles_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_principles_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "goals" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "goals" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "goals" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "goals" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_goals_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_goals_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_goals_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_goals_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "working_groups" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "working_groups" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "working_groups" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "working_groups" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_working_groups_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_working_groups_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_working_groups_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_working_groups_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "actors" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "actors" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "actors" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "actors" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_actors_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_actors_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_actors_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_actors_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "contacts" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "contacts" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "contacts" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_contacts_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "offers" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "offers" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "offers" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "offers" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_offers_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "places" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "places" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "places" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "places" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_places_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "target_groups" ADD COLUMN "review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "target_groups" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "target_groups" ADD COLUMN "review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "target_groups" ADD COLUMN "review_changes_requested_by_id" integer;
  ALTER TABLE "_target_groups_v" ADD COLUMN "version_review_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_target_groups_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_target_groups_v" ADD COLUMN "version_review_changes_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_target_groups_v" ADD COLUMN "version_review_changes_requested_by_id" integer;
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'de';
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log_rels" ADD CONSTRAINT "audit_log_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log_rels" ADD CONSTRAINT "audit_log_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "collection_documentId_createdAt_idx" ON "audit_log" USING btree ("collection","document_id","created_at");
  CREATE INDEX "user_createdAt_idx" ON "audit_log" USING btree ("user_id","created_at");
  CREATE INDEX "audit_log_rels_order_idx" ON "audit_log_rels" USING btree ("order");
  CREATE INDEX "audit_log_rels_parent_idx" ON "audit_log_rels" USING btree ("parent_id");
  CREATE INDEX "audit_log_rels_path_idx" ON "audit_log_rels" USING btree ("path");
  CREATE INDEX "audit_log_rels_districts_id_idx" ON "audit_log_rels" USING btree ("districts_id");
  ALTER TABLE "networks" ADD CONSTRAINT "networks_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles" ADD CONSTRAINT "principles_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_working_groups_v" ADD CONSTRAINT "_working_groups_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actors" ADD CONSTRAINT "actors_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places" ADD CONSTRAINT "places_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "target_groups" ADD CONSTRAINT "target_groups_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_target_groups_v" ADD CONSTRAINT "_target_groups_v_version_review_changes_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_changes_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "networks_review_review_changes_requested_idx" ON "networks" USING btree ("review_changes_requested");
  CREATE INDEX "networks_review_review_changes_requested_by_idx" ON "networks" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_networks_v_version_review_version_review_changes_reques_idx" ON "_networks_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_networks_v_version_review_version_review_changes_requ_1_idx" ON "_networks_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "principles_review_review_changes_requested_idx" ON "principles" USING btree ("review_changes_requested");
  CREATE INDEX "principles_review_review_changes_requested_by_idx" ON "principles" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_principles_v_version_review_version_review_changes_requ_idx" ON "_principles_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_principles_v_version_review_version_review_changes_re_1_idx" ON "_principles_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "goals_review_review_changes_requested_idx" ON "goals" USING btree ("review_changes_requested");
  CREATE INDEX "goals_review_review_changes_requested_by_idx" ON "goals" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_goals_v_version_review_version_review_changes_requested_idx" ON "_goals_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_goals_v_version_review_version_review_changes_request_1_idx" ON "_goals_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "working_groups_review_review_changes_requested_idx" ON "working_groups" USING btree ("review_changes_requested");
  CREATE INDEX "working_groups_review_review_changes_requested_by_idx" ON "working_groups" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_working_groups_v_version_review_version_review_changes__idx" ON "_working_groups_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_working_groups_v_version_review_version_review_change_1_idx" ON "_working_groups_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "actors_review_review_changes_requested_idx" ON "actors" USING btree ("review_changes_requested");
  CREATE INDEX "actors_review_review_changes_requested_by_idx" ON "actors" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_actors_v_version_review_version_review_changes_requeste_idx" ON "_actors_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_actors_v_version_review_version_review_changes_reques_1_idx" ON "_actors_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "contacts_review_review_changes_requested_idx" ON "contacts" USING btree ("review_changes_requested");
  CREATE INDEX "contacts_review_review_changes_requested_by_idx" ON "contacts" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_contacts_v_version_review_version_review_changes_reques_idx" ON "_contacts_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_contacts_v_version_review_version_review_changes_requ_1_idx" ON "_contacts_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "offers_review_review_changes_requested_idx" ON "offers" USING btree ("review_changes_requested");
  CREATE INDEX "offers_review_review_changes_requested_by_idx" ON "offers" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_offers_v_version_review_version_review_changes_requeste_idx" ON "_offers_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_offers_v_version_review_version_review_changes_reques_1_idx" ON "_offers_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "places_review_review_changes_requested_idx" ON "places" USING btree ("review_changes_requested");
  CREATE INDEX "places_review_review_changes_requested_by_idx" ON "places" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_places_v_version_review_version_review_changes_requeste_idx" ON "_places_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_places_v_version_review_version_review_changes_reques_1_idx" ON "_places_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "target_groups_review_review_changes_requested_idx" ON "target_groups" USING btree ("review_changes_requested");
  CREATE INDEX "target_groups_review_review_changes_requested_by_idx" ON "target_groups" USING btree ("review_changes_requested_by_id");
  CREATE INDEX "_target_groups_v_version_review_version_review_changes_r_idx" ON "_target_groups_v" USING btree ("version_review_changes_requested");
  CREATE INDEX "_target_groups_v_version_review_version_review_changes_1_idx" ON "_target_groups_v" USING btree ("version_review_changes_requested_by_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "audit_log_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "networks" DROP CONSTRAINT "networks_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_networks_v" DROP CONSTRAINT "_networks_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "principles" DROP CONSTRAINT "principles_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_principles_v" DROP CONSTRAINT "_principles_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "goals" DROP CONSTRAINT "goals_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_goals_v" DROP CONSTRAINT "_goals_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "working_groups" DROP CONSTRAINT "working_groups_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_working_groups_v" DROP CONSTRAINT "_working_groups_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "actors" DROP CONSTRAINT "actors_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_actors_v" DROP CONSTRAINT "_actors_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_contacts_v" DROP CONSTRAINT "_contacts_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "offers" DROP CONSTRAINT "offers_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_offers_v" DROP CONSTRAINT "_offers_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "places" DROP CONSTRAINT "places_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_places_v" DROP CONSTRAINT "_places_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "target_groups" DROP CONSTRAINT "target_groups_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "_target_groups_v" DROP CONSTRAINT "_target_groups_v_version_review_changes_requested_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "networks_review_review_changes_requested_idx";
  DROP INDEX "networks_review_review_changes_requested_by_idx";
  DROP INDEX "_networks_v_version_review_version_review_changes_reques_idx";
  DROP INDEX "_networks_v_version_review_version_review_changes_requ_1_idx";
  DROP INDEX "principles_review_review_changes_requested_idx";
  DROP INDEX "principles_review_review_changes_requested_by_idx";
  DROP INDEX "_principles_v_version_review_version_review_changes_requ_idx";
  DROP INDEX "_principles_v_version_review_version_review_changes_re_1_idx";
  DROP INDEX "goals_review_review_changes_requested_idx";
  DROP INDEX "goals_review_review_changes_requested_by_idx";
  DROP INDEX "_goals_v_version_review_version_review_changes_requested_idx";
  DROP INDEX "_goals_v_version_review_version_review_changes_request_1_idx";
  DROP INDEX "working_groups_review_review_changes_requested_idx";
  DROP INDEX "working_groups_review_review_changes_requested_by_idx";
  DROP INDEX "_working_groups_v_version_review_version_review_changes__idx";
  DROP INDEX "_working_groups_v_version_review_version_review_change_1_idx";
  DROP INDEX "actors_review_review_changes_requested_idx";
  DROP INDEX "actors_review_review_changes_requested_by_idx";
  DROP INDEX "_actors_v_version_review_version_review_changes_requeste_idx";
  DROP INDEX "_actors_v_version_review_version_review_changes_reques_1_idx";
  DROP INDEX "contacts_review_review_changes_requested_idx";
  DROP INDEX "contacts_review_review_changes_requested_by_idx";
  DROP INDEX "_contacts_v_version_review_version_review_changes_reques_idx";
  DROP INDEX "_contacts_v_version_review_version_review_changes_requ_1_idx";
  DROP INDEX "offers_review_review_changes_requested_idx";
  DROP INDEX "offers_review_review_changes_requested_by_idx";
  DROP INDEX "_offers_v_version_review_version_review_changes_requeste_idx";
  DROP INDEX "_offers_v_version_review_version_review_changes_reques_1_idx";
  DROP INDEX "places_review_review_changes_requested_idx";
  DROP INDEX "places_review_review_changes_requested_by_idx";
  DROP INDEX "_places_v_version_review_version_review_changes_requeste_idx";
  DROP INDEX "_places_v_version_review_version_review_changes_reques_1_idx";
  DROP INDEX "target_groups_review_review_changes_requested_idx";
  DROP INDEX "target_groups_review_review_changes_requested_by_idx";
  DROP INDEX "_target_groups_v_version_review_version_review_changes_r_idx";
  DROP INDEX "_target_groups_v_version_review_version_review_changes_1_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "networks" DROP COLUMN "review_changes_requested";
  ALTER TABLE "networks" DROP COLUMN "review_comment";
  ALTER TABLE "networks" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "networks" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_networks_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_networks_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_networks_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_networks_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "principles" DROP COLUMN "review_changes_requested";
  ALTER TABLE "principles" DROP COLUMN "review_comment";
  ALTER TABLE "principles" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "principles" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_principles_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_principles_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_principles_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_principles_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "goals" DROP COLUMN "review_changes_requested";
  ALTER TABLE "goals" DROP COLUMN "review_comment";
  ALTER TABLE "goals" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "goals" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_goals_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_goals_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_goals_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_goals_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "working_groups" DROP COLUMN "review_changes_requested";
  ALTER TABLE "working_groups" DROP COLUMN "review_comment";
  ALTER TABLE "working_groups" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "working_groups" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_working_groups_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_working_groups_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_working_groups_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_working_groups_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "actors" DROP COLUMN "review_changes_requested";
  ALTER TABLE "actors" DROP COLUMN "review_comment";
  ALTER TABLE "actors" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "actors" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_actors_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_actors_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_actors_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_actors_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "contacts" DROP COLUMN "review_changes_requested";
  ALTER TABLE "contacts" DROP COLUMN "review_comment";
  ALTER TABLE "contacts" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "contacts" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_contacts_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "offers" DROP COLUMN "review_changes_requested";
  ALTER TABLE "offers" DROP COLUMN "review_comment";
  ALTER TABLE "offers" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "offers" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_offers_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "places" DROP COLUMN "review_changes_requested";
  ALTER TABLE "places" DROP COLUMN "review_comment";
  ALTER TABLE "places" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "places" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_places_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "target_groups" DROP COLUMN "review_changes_requested";
  ALTER TABLE "target_groups" DROP COLUMN "review_comment";
  ALTER TABLE "target_groups" DROP COLUMN "review_changes_requested_at";
  ALTER TABLE "target_groups" DROP COLUMN "review_changes_requested_by_id";
  ALTER TABLE "_target_groups_v" DROP COLUMN "version_review_changes_requested";
  ALTER TABLE "_target_groups_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_target_groups_v" DROP COLUMN "version_review_changes_requested_at";
  ALTER TABLE "_target_groups_v" DROP COLUMN "version_review_changes_requested_by_id";
  ALTER TABLE "users" DROP COLUMN "language";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum_audit_log_action";`)
}
