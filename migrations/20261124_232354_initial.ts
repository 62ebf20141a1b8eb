import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_networks_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_networks_membership_model" AS ENUM('open', 'no-formal-membership', 'formal-membership', 'by-invitation');
  CREATE TYPE "public"."enum_networks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__networks_v_version_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__networks_v_version_membership_model" AS ENUM('open', 'no-formal-membership', 'formal-membership', 'by-invitation');
  CREATE TYPE "public"."enum__networks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__networks_v_published_locale" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_principles_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_principles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__principles_v_version_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__principles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__principles_v_published_locale" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_goals_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_goals_kind" AS ENUM('goal', 'task', 'focus');
  CREATE TYPE "public"."enum_goals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goals_v_version_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__goals_v_version_kind" AS ENUM('goal', 'task', 'focus');
  CREATE TYPE "public"."enum__goals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goals_v_published_locale" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_working_groups_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_working_groups_kind" AS ENUM('fachgruppe', 'arbeitsgruppe', 'arbeitskreis', 'koordinierungsgruppe', 'steuerungsgruppe');
  CREATE TYPE "public"."enum_working_groups_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__working_groups_v_version_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__working_groups_v_version_kind" AS ENUM('fachgruppe', 'arbeitsgruppe', 'arbeitskreis', 'koordinierungsgruppe', 'steuerungsgruppe');
  CREATE TYPE "public"."enum__working_groups_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__working_groups_v_published_locale" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_actors_memberships_role" AS ENUM('member', 'partner', 'coordination', 'carrier');
  CREATE TYPE "public"."enum_actors_languages" AS ENUM('de', 'en', 'ar', 'fa', 'ps', 'ku', 'tr', 'ru', 'uk', 'pl', 'ro', 'bg', 'sq', 'sr', 'hr', 'bs', 'fr', 'es', 'it', 'pt', 'vi', 'zh', 'hi', 'ur', 'ti', 'so', 'am', 'ka', 'hy', 'el');
  CREATE TYPE "public"."enum_actors_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_actors_kind" AS ENUM('authority', 'advice-centre', 'welfare-association', 'association', 'migrant-organisation', 'education-provider', 'religious-community', 'university', 'employment-agency', 'political-body', 'chamber', 'sports', 'initiative', 'school-daycare', 'accommodation', 'other');
  CREATE TYPE "public"."enum_actors_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actors_v_version_memberships_role" AS ENUM('member', 'partner', 'coordination', 'carrier');
  CREATE TYPE "public"."enum__actors_v_version_languages" AS ENUM('de', 'en', 'ar', 'fa', 'ps', 'ku', 'tr', 'ru', 'uk', 'pl', 'ro', 'bg', 'sq', 'sr', 'hr', 'bs', 'fr', 'es', 'it', 'pt', 'vi', 'zh', 'hi', 'ur', 'ti', 'so', 'am', 'ka', 'hy', 'el');
  CREATE TYPE "public"."enum__actors_v_version_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__actors_v_version_kind" AS ENUM('authority', 'advice-centre', 'welfare-association', 'association', 'migrant-organisation', 'education-provider', 'religious-community', 'university', 'employment-agency', 'political-body', 'chamber', 'sports', 'initiative', 'school-daycare', 'accommodation', 'other');
  CREATE TYPE "public"."enum__actors_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actors_v_published_locale" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_contacts_office_hours_slots_day" AS ENUM('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su');
  CREATE TYPE "public"."enum_contacts_languages" AS ENUM('de', 'en', 'ar', 'fa', 'ps', 'ku', 'tr', 'ru', 'uk', 'pl', 'ro', 'bg', 'sq', 'sr', 'hr', 'bs', 'fr', 'es', 'it', 'pt', 'vi', 'zh', 'hi', 'ur', 'ti', 'so', 'am', 'ka', 'hy', 'el');
  CREATE TYPE "public"."enum_contacts_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_contacts_kind" AS ENUM('office', 'person');
  CREATE TYPE "public"."enum_contacts_salutation" AS ENUM('frau', 'herr');
  CREATE TYPE "public"."enum_contacts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contacts_v_version_office_hours_slots_day" AS ENUM('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su');
  CREATE TYPE "public"."enum__contacts_v_version_languages" AS ENUM('de', 'en', 'ar', 'fa', 'ps', 'ku', 'tr', 'ru', 'uk', 'pl', 'ro', 'bg', 'sq', 'sr', 'hr', 'bs', 'fr', 'es', 'it', 'pt', 'vi', 'zh', 'hi', 'ur', 'ti', 'so', 'am', 'ka', 'hy', 'el');
  CREATE TYPE "public"."enum__contacts_v_version_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__contacts_v_version_kind" AS ENUM('office', 'person');
  CREATE TYPE "public"."enum__contacts_v_version_salutation" AS ENUM('frau', 'herr');
  CREATE TYPE "public"."enum__contacts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contacts_v_published_locale" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_target_groups_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_target_groups_category" AS ENUM('migrants-with-residence', 'foreign-nationals', 'refugees-asylum', 'unaccompanied-minors', 'children-youth', 'women-girls', 'students', 'workers', 'religious-communities', 'organisations', 'professionals', 'guests', 'general-public');
  CREATE TYPE "public"."enum_target_groups_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__target_groups_v_version_translations" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum__target_groups_v_version_category" AS ENUM('migrants-with-residence', 'foreign-nationals', 'refugees-asylum', 'unaccompanied-minors', 'children-youth', 'women-girls', 'students', 'workers', 'religious-communities', 'organisations', 'professionals', 'guests', 'general-public');
  CREATE TYPE "public"."enum__target_groups_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__target_groups_v_published_locale" AS ENUM('de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr');
  CREATE TYPE "public"."enum_districts_kind" AS ENUM('landkreis', 'kreisfreie-stadt', 'landeshauptstadt');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin');
  CREATE TYPE "public"."enum_users_districts_roles" AS ENUM('district-admin', 'editor', 'author', 'viewer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "networks_reference_frameworks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "networks_reference_frameworks_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "networks_alliances" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "networks_alliances_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "networks_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_networks_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "networks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"website" varchar,
  	"founded_year" numeric,
  	"membership_model" "enum_networks_membership_model",
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_networks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "networks_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"meeting_rhythm" varchar,
  	"history" jsonb,
  	"carrier" varchar,
  	"funding" varchar,
  	"membership_note" varchar,
  	"size_statement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "networks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contacts_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_networks_v_version_reference_frameworks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_networks_v_version_reference_frameworks_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_networks_v_version_alliances" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_networks_v_version_alliances_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_networks_v_version_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__networks_v_version_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_networks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_district_id" integer,
  	"version_website" varchar,
  	"version_founded_year" numeric,
  	"version_membership_model" "enum__networks_v_version_membership_model",
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__networks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__networks_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_networks_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_meeting_rhythm" varchar,
  	"version_history" jsonb,
  	"version_carrier" varchar,
  	"version_funding" varchar,
  	"version_membership_note" varchar,
  	"version_size_statement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_networks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contacts_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "principles_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_principles_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "principles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"network_id" integer,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_principles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "principles_locales" (
  	"title" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_principles_v_version_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__principles_v_version_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_principles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_district_id" integer,
  	"version_network_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__principles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__principles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_principles_v_locales" (
  	"version_title" varchar,
  	"version_text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "goals_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_goals_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "goals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"network_id" integer,
  	"working_group_id" integer,
  	"kind" "enum_goals_kind" DEFAULT 'goal',
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_goals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "goals_locales" (
  	"title" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "goals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer,
  	"target_groups_id" integer
  );
  
  CREATE TABLE "_goals_v_version_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__goals_v_version_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_goals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_district_id" integer,
  	"version_network_id" integer,
  	"version_working_group_id" integer,
  	"version_kind" "enum__goals_v_version_kind" DEFAULT 'goal',
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__goals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__goals_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_goals_v_locales" (
  	"version_title" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_goals_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer,
  	"target_groups_id" integer
  );
  
  CREATE TABLE "working_groups_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_working_groups_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "working_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"network_id" integer,
  	"kind" "enum_working_groups_kind",
  	"chair_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_working_groups_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "working_groups_locales" (
  	"name" varchar,
  	"profile" jsonb,
  	"meeting_rhythm" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "working_groups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"actors_id" integer,
  	"fields_of_action_id" integer,
  	"target_groups_id" integer
  );
  
  CREATE TABLE "_working_groups_v_version_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__working_groups_v_version_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_working_groups_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_district_id" integer,
  	"version_network_id" integer,
  	"version_kind" "enum__working_groups_v_version_kind",
  	"version_chair_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__working_groups_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__working_groups_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_working_groups_v_locales" (
  	"version_name" varchar,
  	"version_profile" jsonb,
  	"version_meeting_rhythm" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_working_groups_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"actors_id" integer,
  	"fields_of_action_id" integer,
  	"target_groups_id" integer
  );
  
  CREATE TABLE "actors_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"network_id" integer,
  	"role" "enum_actors_memberships_role" DEFAULT 'member'
  );
  
  CREATE TABLE "actors_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_actors_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "actors_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"address" varchar
  );
  
  CREATE TABLE "actors_emails_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "actors_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar
  );
  
  CREATE TABLE "actors_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "actors_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_actors_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "actors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"short_name" varchar,
  	"kind" "enum_actors_kind",
  	"address_addition" varchar,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"website" varchar,
  	"slug" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_actors_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "actors_locales" (
  	"name" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "actors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer,
  	"target_groups_id" integer
  );
  
  CREATE TABLE "_actors_v_version_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"network_id" integer,
  	"role" "enum__actors_v_version_memberships_role" DEFAULT 'member',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_actors_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__actors_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_actors_v_version_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"address" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_actors_v_version_emails_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_actors_v_version_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_actors_v_version_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_actors_v_version_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__actors_v_version_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_actors_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_district_id" integer,
  	"version_short_name" varchar,
  	"version_kind" "enum__actors_v_version_kind",
  	"version_address_addition" varchar,
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_city" varchar,
  	"version_website" varchar,
  	"version_slug" varchar,
  	"version_logo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__actors_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__actors_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_actors_v_locales" (
  	"version_name" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_actors_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_of_action_id" integer,
  	"target_groups_id" integer
  );
  
  CREATE TABLE "contacts_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar
  );
  
  CREATE TABLE "contacts_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "contacts_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"address" varchar
  );
  
  CREATE TABLE "contacts_emails_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "contacts_office_hours_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_contacts_office_hours_slots_day",
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "contacts_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contacts_responsibilities_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "contacts_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contacts_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contacts_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contacts_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"kind" "enum_contacts_kind" DEFAULT 'person',
  	"salutation" "enum_contacts_salutation",
  	"organisational_unit" varchar,
  	"actor_id" integer,
  	"address_addition" varchar,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"office_hours_by_appointment_only" boolean DEFAULT false,
  	"public_listing_consent" boolean DEFAULT false,
  	"public_listing_recorded_at" timestamp(3) with time zone,
  	"public_listing_source" varchar,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_contacts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "contacts_locales" (
  	"name" varchar,
  	"position" varchar,
  	"office_hours_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "contacts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"networks_id" integer
  );
  
  CREATE TABLE "_contacts_v_version_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contacts_v_version_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_contacts_v_version_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"address" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contacts_v_version_emails_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_contacts_v_version_office_hours_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__contacts_v_version_office_hours_slots_day",
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contacts_v_version_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contacts_v_version_responsibilities_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_contacts_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contacts_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_contacts_v_version_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contacts_v_version_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_contacts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_district_id" integer,
  	"version_kind" "enum__contacts_v_version_kind" DEFAULT 'person',
  	"version_salutation" "enum__contacts_v_version_salutation",
  	"version_organisational_unit" varchar,
  	"version_actor_id" integer,
  	"version_address_addition" varchar,
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_city" varchar,
  	"version_office_hours_by_appointment_only" boolean DEFAULT false,
  	"version_public_listing_consent" boolean DEFAULT false,
  	"version_public_listing_recorded_at" timestamp(3) with time zone,
  	"version_public_listing_source" varchar,
  	"version_photo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__contacts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__contacts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_contacts_v_locales" (
  	"version_name" varchar,
  	"version_position" varchar,
  	"version_office_hours_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_contacts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"networks_id" integer
  );
  
  CREATE TABLE "target_groups_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_target_groups_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "target_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"category" "enum_target_groups_category",
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_target_groups_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "target_groups_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "target_groups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"networks_id" integer
  );
  
  CREATE TABLE "_target_groups_v_version_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__target_groups_v_version_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_target_groups_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_district_id" integer,
  	"version_category" "enum__target_groups_v_version_category",
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__target_groups_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__target_groups_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_target_groups_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_target_groups_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"networks_id" integer
  );
  
  CREATE TABLE "fields_of_action" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fields_of_action_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_id" integer,
  	"alt" varchar,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "districts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"official_key" varchar NOT NULL,
  	"kind" "enum_districts_kind",
  	"state" varchar DEFAULT 'Sachsen-Anhalt',
  	"website" varchar,
  	"coat_of_arms_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_districts_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_districts_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_districts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"district_id" integer
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"networks_id" integer,
  	"principles_id" integer,
  	"goals_id" integer,
  	"working_groups_id" integer,
  	"actors_id" integer,
  	"contacts_id" integer,
  	"target_groups_id" integer,
  	"fields_of_action_id" integer,
  	"media_id" integer,
  	"districts_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "networks_reference_frameworks" ADD CONSTRAINT "networks_reference_frameworks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_reference_frameworks_locales" ADD CONSTRAINT "networks_reference_frameworks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks_reference_frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_alliances" ADD CONSTRAINT "networks_alliances_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_alliances_locales" ADD CONSTRAINT "networks_alliances_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks_alliances"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_translations" ADD CONSTRAINT "networks_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks" ADD CONSTRAINT "networks_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks_locales" ADD CONSTRAINT "networks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_reference_frameworks" ADD CONSTRAINT "_networks_v_version_reference_frameworks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_reference_frameworks_locales" ADD CONSTRAINT "_networks_v_version_reference_frameworks_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v_version_reference_frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_alliances" ADD CONSTRAINT "_networks_v_version_alliances_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_alliances_locales" ADD CONSTRAINT "_networks_v_version_alliances_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v_version_alliances"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_version_translations" ADD CONSTRAINT "_networks_v_version_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_parent_id_networks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v_locales" ADD CONSTRAINT "_networks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles_translations" ADD CONSTRAINT "principles_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles" ADD CONSTRAINT "principles_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles" ADD CONSTRAINT "principles_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles_locales" ADD CONSTRAINT "principles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_version_translations" ADD CONSTRAINT "_principles_v_version_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_parent_id_principles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_version_network_id_networks_id_fk" FOREIGN KEY ("version_network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v_locales" ADD CONSTRAINT "_principles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_translations" ADD CONSTRAINT "goals_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_working_group_id_working_groups_id_fk" FOREIGN KEY ("working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals_locales" ADD CONSTRAINT "goals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_rels" ADD CONSTRAINT "goals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_rels" ADD CONSTRAINT "goals_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_rels" ADD CONSTRAINT "goals_rels_target_groups_fk" FOREIGN KEY ("target_groups_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_version_translations" ADD CONSTRAINT "_goals_v_version_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_network_id_networks_id_fk" FOREIGN KEY ("version_network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_working_group_id_working_groups_id_fk" FOREIGN KEY ("version_working_group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v_locales" ADD CONSTRAINT "_goals_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_rels" ADD CONSTRAINT "_goals_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_rels" ADD CONSTRAINT "_goals_v_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_rels" ADD CONSTRAINT "_goals_v_rels_target_groups_fk" FOREIGN KEY ("target_groups_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups_translations" ADD CONSTRAINT "working_groups_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_chair_id_contacts_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_groups_locales" ADD CONSTRAINT "working_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups_rels" ADD CONSTRAINT "working_groups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups_rels" ADD CONSTRAINT "working_groups_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups_rels" ADD CONSTRAINT "working_groups_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_groups_rels" ADD CONSTRAINT "working_groups_rels_target_groups_fk" FOREIGN KEY ("target_groups_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v_version_translations" ADD CONSTRAINT "_working_groups_v_version_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_working_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v" ADD CONSTRAINT "_working_groups_v_parent_id_working_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_working_groups_v" ADD CONSTRAINT "_working_groups_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_working_groups_v" ADD CONSTRAINT "_working_groups_v_version_network_id_networks_id_fk" FOREIGN KEY ("version_network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_working_groups_v" ADD CONSTRAINT "_working_groups_v_version_chair_id_contacts_id_fk" FOREIGN KEY ("version_chair_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_working_groups_v_locales" ADD CONSTRAINT "_working_groups_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_working_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v_rels" ADD CONSTRAINT "_working_groups_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_working_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v_rels" ADD CONSTRAINT "_working_groups_v_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v_rels" ADD CONSTRAINT "_working_groups_v_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_groups_v_rels" ADD CONSTRAINT "_working_groups_v_rels_target_groups_fk" FOREIGN KEY ("target_groups_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_memberships" ADD CONSTRAINT "actors_memberships_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actors_memberships" ADD CONSTRAINT "actors_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_languages" ADD CONSTRAINT "actors_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_emails" ADD CONSTRAINT "actors_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_emails_locales" ADD CONSTRAINT "actors_emails_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors_emails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_phones" ADD CONSTRAINT "actors_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_phones_locales" ADD CONSTRAINT "actors_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_translations" ADD CONSTRAINT "actors_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors" ADD CONSTRAINT "actors_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actors" ADD CONSTRAINT "actors_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actors_locales" ADD CONSTRAINT "actors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_rels" ADD CONSTRAINT "actors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_rels" ADD CONSTRAINT "actors_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actors_rels" ADD CONSTRAINT "actors_rels_target_groups_fk" FOREIGN KEY ("target_groups_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_memberships" ADD CONSTRAINT "_actors_v_version_memberships_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v_version_memberships" ADD CONSTRAINT "_actors_v_version_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_languages" ADD CONSTRAINT "_actors_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_emails" ADD CONSTRAINT "_actors_v_version_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_emails_locales" ADD CONSTRAINT "_actors_v_version_emails_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actors_v_version_emails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_phones" ADD CONSTRAINT "_actors_v_version_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_phones_locales" ADD CONSTRAINT "_actors_v_version_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actors_v_version_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_version_translations" ADD CONSTRAINT "_actors_v_version_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_parent_id_actors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v" ADD CONSTRAINT "_actors_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actors_v_locales" ADD CONSTRAINT "_actors_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_rels" ADD CONSTRAINT "_actors_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_rels" ADD CONSTRAINT "_actors_v_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actors_v_rels" ADD CONSTRAINT "_actors_v_rels_target_groups_fk" FOREIGN KEY ("target_groups_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_phones" ADD CONSTRAINT "contacts_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_phones_locales" ADD CONSTRAINT "contacts_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_emails" ADD CONSTRAINT "contacts_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_emails_locales" ADD CONSTRAINT "contacts_emails_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts_emails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_office_hours_slots" ADD CONSTRAINT "contacts_office_hours_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_responsibilities" ADD CONSTRAINT "contacts_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_responsibilities_locales" ADD CONSTRAINT "contacts_responsibilities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts_responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_languages" ADD CONSTRAINT "contacts_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_translations" ADD CONSTRAINT "contacts_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts_locales" ADD CONSTRAINT "contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_rels" ADD CONSTRAINT "contacts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_rels" ADD CONSTRAINT "contacts_rels_networks_fk" FOREIGN KEY ("networks_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_phones" ADD CONSTRAINT "_contacts_v_version_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_phones_locales" ADD CONSTRAINT "_contacts_v_version_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v_version_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_emails" ADD CONSTRAINT "_contacts_v_version_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_emails_locales" ADD CONSTRAINT "_contacts_v_version_emails_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v_version_emails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_office_hours_slots" ADD CONSTRAINT "_contacts_v_version_office_hours_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_responsibilities" ADD CONSTRAINT "_contacts_v_version_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_responsibilities_locales" ADD CONSTRAINT "_contacts_v_version_responsibilities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v_version_responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_languages" ADD CONSTRAINT "_contacts_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_version_translations" ADD CONSTRAINT "_contacts_v_version_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_parent_id_contacts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_actor_id_actors_id_fk" FOREIGN KEY ("version_actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v_locales" ADD CONSTRAINT "_contacts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_rels" ADD CONSTRAINT "_contacts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contacts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contacts_v_rels" ADD CONSTRAINT "_contacts_v_rels_networks_fk" FOREIGN KEY ("networks_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "target_groups_translations" ADD CONSTRAINT "target_groups_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "target_groups" ADD CONSTRAINT "target_groups_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "target_groups_locales" ADD CONSTRAINT "target_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "target_groups_rels" ADD CONSTRAINT "target_groups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "target_groups_rels" ADD CONSTRAINT "target_groups_rels_networks_fk" FOREIGN KEY ("networks_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_target_groups_v_version_translations" ADD CONSTRAINT "_target_groups_v_version_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_target_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_target_groups_v" ADD CONSTRAINT "_target_groups_v_parent_id_target_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."target_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_target_groups_v" ADD CONSTRAINT "_target_groups_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_target_groups_v_locales" ADD CONSTRAINT "_target_groups_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_target_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_target_groups_v_rels" ADD CONSTRAINT "_target_groups_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_target_groups_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_target_groups_v_rels" ADD CONSTRAINT "_target_groups_v_rels_networks_fk" FOREIGN KEY ("networks_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_of_action_locales" ADD CONSTRAINT "fields_of_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "districts" ADD CONSTRAINT "districts_coat_of_arms_id_media_id_fk" FOREIGN KEY ("coat_of_arms_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_districts_roles" ADD CONSTRAINT "users_districts_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_districts" ADD CONSTRAINT "users_districts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_districts" ADD CONSTRAINT "users_districts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_networks_fk" FOREIGN KEY ("networks_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_working_groups_fk" FOREIGN KEY ("working_groups_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_target_groups_fk" FOREIGN KEY ("target_groups_id") REFERENCES "public"."target_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fields_of_action_fk" FOREIGN KEY ("fields_of_action_id") REFERENCES "public"."fields_of_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "networks_reference_frameworks_order_idx" ON "networks_reference_frameworks" USING btree ("_order");
  CREATE INDEX "networks_reference_frameworks_parent_id_idx" ON "networks_reference_frameworks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "networks_reference_frameworks_locales_locale_parent_id_uniqu" ON "networks_reference_frameworks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "networks_alliances_order_idx" ON "networks_alliances" USING btree ("_order");
  CREATE INDEX "networks_alliances_parent_id_idx" ON "networks_alliances" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "networks_alliances_locales_locale_parent_id_unique" ON "networks_alliances_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "networks_translations_order_idx" ON "networks_translations" USING btree ("order");
  CREATE INDEX "networks_translations_parent_idx" ON "networks_translations" USING btree ("parent_id");
  CREATE INDEX "networks_district_idx" ON "networks" USING btree ("district_id");
  CREATE INDEX "networks_founded_year_idx" ON "networks" USING btree ("founded_year");
  CREATE INDEX "networks_slug_idx" ON "networks" USING btree ("slug");
  CREATE INDEX "networks_updated_at_idx" ON "networks" USING btree ("updated_at");
  CREATE INDEX "networks_created_at_idx" ON "networks" USING btree ("created_at");
  CREATE INDEX "networks_deleted_at_idx" ON "networks" USING btree ("deleted_at");
  CREATE INDEX "networks__status_idx" ON "networks" USING btree ("_status");
  CREATE UNIQUE INDEX "district_slug_idx" ON "networks" USING btree ("district_id","slug");
  CREATE INDEX "networks_name_idx" ON "networks_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "networks_locales_locale_parent_id_unique" ON "networks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "networks_rels_order_idx" ON "networks_rels" USING btree ("order");
  CREATE INDEX "networks_rels_parent_idx" ON "networks_rels" USING btree ("parent_id");
  CREATE INDEX "networks_rels_path_idx" ON "networks_rels" USING btree ("path");
  CREATE INDEX "networks_rels_contacts_id_idx" ON "networks_rels" USING btree ("contacts_id");
  CREATE INDEX "networks_rels_media_id_idx" ON "networks_rels" USING btree ("media_id");
  CREATE INDEX "_networks_v_version_reference_frameworks_order_idx" ON "_networks_v_version_reference_frameworks" USING btree ("_order");
  CREATE INDEX "_networks_v_version_reference_frameworks_parent_id_idx" ON "_networks_v_version_reference_frameworks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_networks_v_version_reference_frameworks_locales_locale_pare" ON "_networks_v_version_reference_frameworks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_networks_v_version_alliances_order_idx" ON "_networks_v_version_alliances" USING btree ("_order");
  CREATE INDEX "_networks_v_version_alliances_parent_id_idx" ON "_networks_v_version_alliances" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_networks_v_version_alliances_locales_locale_parent_id_uniqu" ON "_networks_v_version_alliances_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_networks_v_version_translations_order_idx" ON "_networks_v_version_translations" USING btree ("order");
  CREATE INDEX "_networks_v_version_translations_parent_idx" ON "_networks_v_version_translations" USING btree ("parent_id");
  CREATE INDEX "_networks_v_parent_idx" ON "_networks_v" USING btree ("parent_id");
  CREATE INDEX "_networks_v_version_version_district_idx" ON "_networks_v" USING btree ("version_district_id");
  CREATE INDEX "_networks_v_version_version_founded_year_idx" ON "_networks_v" USING btree ("version_founded_year");
  CREATE INDEX "_networks_v_version_version_slug_idx" ON "_networks_v" USING btree ("version_slug");
  CREATE INDEX "_networks_v_version_version_updated_at_idx" ON "_networks_v" USING btree ("version_updated_at");
  CREATE INDEX "_networks_v_version_version_created_at_idx" ON "_networks_v" USING btree ("version_created_at");
  CREATE INDEX "_networks_v_version_version_deleted_at_idx" ON "_networks_v" USING btree ("version_deleted_at");
  CREATE INDEX "_networks_v_version_version__status_idx" ON "_networks_v" USING btree ("version__status");
  CREATE INDEX "_networks_v_created_at_idx" ON "_networks_v" USING btree ("created_at");
  CREATE INDEX "_networks_v_updated_at_idx" ON "_networks_v" USING btree ("updated_at");
  CREATE INDEX "_networks_v_snapshot_idx" ON "_networks_v" USING btree ("snapshot");
  CREATE INDEX "_networks_v_published_locale_idx" ON "_networks_v" USING btree ("published_locale");
  CREATE INDEX "_networks_v_latest_idx" ON "_networks_v" USING btree ("latest");
  CREATE INDEX "version_district_version_slug_idx" ON "_networks_v" USING btree ("version_district_id","version_slug");
  CREATE INDEX "_networks_v_version_version_name_idx" ON "_networks_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_networks_v_locales_locale_parent_id_unique" ON "_networks_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_networks_v_rels_order_idx" ON "_networks_v_rels" USING btree ("order");
  CREATE INDEX "_networks_v_rels_parent_idx" ON "_networks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_networks_v_rels_path_idx" ON "_networks_v_rels" USING btree ("path");
  CREATE INDEX "_networks_v_rels_contacts_id_idx" ON "_networks_v_rels" USING btree ("contacts_id");
  CREATE INDEX "_networks_v_rels_media_id_idx" ON "_networks_v_rels" USING btree ("media_id");
  CREATE INDEX "principles_translations_order_idx" ON "principles_translations" USING btree ("order");
  CREATE INDEX "principles_translations_parent_idx" ON "principles_translations" USING btree ("parent_id");
  CREATE INDEX "principles_district_idx" ON "principles" USING btree ("district_id");
  CREATE INDEX "principles_network_idx" ON "principles" USING btree ("network_id");
  CREATE INDEX "principles_order_idx" ON "principles" USING btree ("order");
  CREATE INDEX "principles_updated_at_idx" ON "principles" USING btree ("updated_at");
  CREATE INDEX "principles_created_at_idx" ON "principles" USING btree ("created_at");
  CREATE INDEX "principles_deleted_at_idx" ON "principles" USING btree ("deleted_at");
  CREATE INDEX "principles__status_idx" ON "principles" USING btree ("_status");
  CREATE UNIQUE INDEX "principles_locales_locale_parent_id_unique" ON "principles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_principles_v_version_translations_order_idx" ON "_principles_v_version_translations" USING btree ("order");
  CREATE INDEX "_principles_v_version_translations_parent_idx" ON "_principles_v_version_translations" USING btree ("parent_id");
  CREATE INDEX "_principles_v_parent_idx" ON "_principles_v" USING btree ("parent_id");
  CREATE INDEX "_principles_v_version_version_district_idx" ON "_principles_v" USING btree ("version_district_id");
  CREATE INDEX "_principles_v_version_version_network_idx" ON "_principles_v" USING btree ("version_network_id");
  CREATE INDEX "_principles_v_version_version_order_idx" ON "_principles_v" USING btree ("version_order");
  CREATE INDEX "_principles_v_version_version_updated_at_idx" ON "_principles_v" USING btree ("version_updated_at");
  CREATE INDEX "_principles_v_version_version_created_at_idx" ON "_principles_v" USING btree ("version_created_at");
  CREATE INDEX "_principles_v_version_version_deleted_at_idx" ON "_principles_v" USING btree ("version_deleted_at");
  CREATE INDEX "_principles_v_version_version__status_idx" ON "_principles_v" USING btree ("version__status");
  CREATE INDEX "_principles_v_created_at_idx" ON "_principles_v" USING btree ("created_at");
  CREATE INDEX "_principles_v_updated_at_idx" ON "_principles_v" USING btree ("updated_at");
  CREATE INDEX "_principles_v_snapshot_idx" ON "_principles_v" USING btree ("snapshot");
  CREATE INDEX "_principles_v_published_locale_idx" ON "_principles_v" USING btree ("published_locale");
  CREATE INDEX "_principles_v_latest_idx" ON "_principles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_principles_v_locales_locale_parent_id_unique" ON "_principles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "goals_translations_order_idx" ON "goals_translations" USING btree ("order");
  CREATE INDEX "goals_translations_parent_idx" ON "goals_translations" USING btree ("parent_id");
  CREATE INDEX "goals_district_idx" ON "goals" USING btree ("district_id");
  CREATE INDEX "goals_network_idx" ON "goals" USING btree ("network_id");
  CREATE INDEX "goals_working_group_idx" ON "goals" USING btree ("working_group_id");
  CREATE INDEX "goals_kind_idx" ON "goals" USING btree ("kind");
  CREATE INDEX "goals_order_idx" ON "goals" USING btree ("order");
  CREATE INDEX "goals_updated_at_idx" ON "goals" USING btree ("updated_at");
  CREATE INDEX "goals_created_at_idx" ON "goals" USING btree ("created_at");
  CREATE INDEX "goals_deleted_at_idx" ON "goals" USING btree ("deleted_at");
  CREATE INDEX "goals__status_idx" ON "goals" USING btree ("_status");
  CREATE UNIQUE INDEX "goals_locales_locale_parent_id_unique" ON "goals_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "goals_rels_order_idx" ON "goals_rels" USING btree ("order");
  CREATE INDEX "goals_rels_parent_idx" ON "goals_rels" USING btree ("parent_id");
  CREATE INDEX "goals_rels_path_idx" ON "goals_rels" USING btree ("path");
  CREATE INDEX "goals_rels_fields_of_action_id_idx" ON "goals_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "goals_rels_target_groups_id_idx" ON "goals_rels" USING btree ("target_groups_id");
  CREATE INDEX "_goals_v_version_translations_order_idx" ON "_goals_v_version_translations" USING btree ("order");
  CREATE INDEX "_goals_v_version_translations_parent_idx" ON "_goals_v_version_translations" USING btree ("parent_id");
  CREATE INDEX "_goals_v_parent_idx" ON "_goals_v" USING btree ("parent_id");
  CREATE INDEX "_goals_v_version_version_district_idx" ON "_goals_v" USING btree ("version_district_id");
  CREATE INDEX "_goals_v_version_version_network_idx" ON "_goals_v" USING btree ("version_network_id");
  CREATE INDEX "_goals_v_version_version_working_group_idx" ON "_goals_v" USING btree ("version_working_group_id");
  CREATE INDEX "_goals_v_version_version_kind_idx" ON "_goals_v" USING btree ("version_kind");
  CREATE INDEX "_goals_v_version_version_order_idx" ON "_goals_v" USING btree ("version_order");
  CREATE INDEX "_goals_v_version_version_updated_at_idx" ON "_goals_v" USING btree ("version_updated_at");
  CREATE INDEX "_goals_v_version_version_created_at_idx" ON "_goals_v" USING btree ("version_created_at");
  CREATE INDEX "_goals_v_version_version_deleted_at_idx" ON "_goals_v" USING btree ("version_deleted_at");
  CREATE INDEX "_goals_v_version_version__status_idx" ON "_goals_v" USING btree ("version__status");
  CREATE INDEX "_goals_v_created_at_idx" ON "_goals_v" USING btree ("created_at");
  CREATE INDEX "_goals_v_updated_at_idx" ON "_goals_v" USING btree ("updated_at");
  CREATE INDEX "_goals_v_snapshot_idx" ON "_goals_v" USING btree ("snapshot");
  CREATE INDEX "_goals_v_published_locale_idx" ON "_goals_v" USING btree ("published_locale");
  CREATE INDEX "_goals_v_latest_idx" ON "_goals_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_goals_v_locales_locale_parent_id_unique" ON "_goals_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_goals_v_rels_order_idx" ON "_goals_v_rels" USING btree ("order");
  CREATE INDEX "_goals_v_rels_parent_idx" ON "_goals_v_rels" USING btree ("parent_id");
  CREATE INDEX "_goals_v_rels_path_idx" ON "_goals_v_rels" USING btree ("path");
  CREATE INDEX "_goals_v_rels_fields_of_action_id_idx" ON "_goals_v_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "_goals_v_rels_target_groups_id_idx" ON "_goals_v_rels" USING btree ("target_groups_id");
  CREATE INDEX "working_groups_translations_order_idx" ON "working_groups_translations" USING btree ("order");
  CREATE INDEX "working_groups_translations_parent_idx" ON "working_groups_translations" USING btree ("parent_id");
  CREATE INDEX "working_groups_district_idx" ON "working_groups" USING btree ("district_id");
  CREATE INDEX "working_groups_network_idx" ON "working_groups" USING btree ("network_id");
  CREATE INDEX "working_groups_kind_idx" ON "working_groups" USING btree ("kind");
  CREATE INDEX "working_groups_chair_idx" ON "working_groups" USING btree ("chair_id");
  CREATE INDEX "working_groups_slug_idx" ON "working_groups" USING btree ("slug");
  CREATE INDEX "working_groups_updated_at_idx" ON "working_groups" USING btree ("updated_at");
  CREATE INDEX "working_groups_created_at_idx" ON "working_groups" USING btree ("created_at");
  CREATE INDEX "working_groups_deleted_at_idx" ON "working_groups" USING btree ("deleted_at");
  CREATE INDEX "working_groups__status_idx" ON "working_groups" USING btree ("_status");
  CREATE UNIQUE INDEX "district_slug_1_idx" ON "working_groups" USING btree ("district_id","slug");
  CREATE INDEX "working_groups_name_idx" ON "working_groups_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "working_groups_locales_locale_parent_id_unique" ON "working_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "working_groups_rels_order_idx" ON "working_groups_rels" USING btree ("order");
  CREATE INDEX "working_groups_rels_parent_idx" ON "working_groups_rels" USING btree ("parent_id");
  CREATE INDEX "working_groups_rels_path_idx" ON "working_groups_rels" USING btree ("path");
  CREATE INDEX "working_groups_rels_actors_id_idx" ON "working_groups_rels" USING btree ("actors_id");
  CREATE INDEX "working_groups_rels_fields_of_action_id_idx" ON "working_groups_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "working_groups_rels_target_groups_id_idx" ON "working_groups_rels" USING btree ("target_groups_id");
  CREATE INDEX "_working_groups_v_version_translations_order_idx" ON "_working_groups_v_version_translations" USING btree ("order");
  CREATE INDEX "_working_groups_v_version_translations_parent_idx" ON "_working_groups_v_version_translations" USING btree ("parent_id");
  CREATE INDEX "_working_groups_v_parent_idx" ON "_working_groups_v" USING btree ("parent_id");
  CREATE INDEX "_working_groups_v_version_version_district_idx" ON "_working_groups_v" USING btree ("version_district_id");
  CREATE INDEX "_working_groups_v_version_version_network_idx" ON "_working_groups_v" USING btree ("version_network_id");
  CREATE INDEX "_working_groups_v_version_version_kind_idx" ON "_working_groups_v" USING btree ("version_kind");
  CREATE INDEX "_working_groups_v_version_version_chair_idx" ON "_working_groups_v" USING btree ("version_chair_id");
  CREATE INDEX "_working_groups_v_version_version_slug_idx" ON "_working_groups_v" USING btree ("version_slug");
  CREATE INDEX "_working_groups_v_version_version_updated_at_idx" ON "_working_groups_v" USING btree ("version_updated_at");
  CREATE INDEX "_working_groups_v_version_version_created_at_idx" ON "_working_groups_v" USING btree ("version_created_at");
  CREATE INDEX "_working_groups_v_version_version_deleted_at_idx" ON "_working_groups_v" USING btree ("version_deleted_at");
  CREATE INDEX "_working_groups_v_version_version__status_idx" ON "_working_groups_v" USING btree ("version__status");
  CREATE INDEX "_working_groups_v_created_at_idx" ON "_working_groups_v" USING btree ("created_at");
  CREATE INDEX "_working_groups_v_updated_at_idx" ON "_working_groups_v" USING btree ("updated_at");
  CREATE INDEX "_working_groups_v_snapshot_idx" ON "_working_groups_v" USING btree ("snapshot");
  CREATE INDEX "_working_groups_v_published_locale_idx" ON "_working_groups_v" USING btree ("published_locale");
  CREATE INDEX "_working_groups_v_latest_idx" ON "_working_groups_v" USING btree ("latest");
  CREATE INDEX "version_district_version_slug_1_idx" ON "_working_groups_v" USING btree ("version_district_id","version_slug");
  CREATE INDEX "_working_groups_v_version_version_name_idx" ON "_working_groups_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_working_groups_v_locales_locale_parent_id_unique" ON "_working_groups_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_working_groups_v_rels_order_idx" ON "_working_groups_v_rels" USING btree ("order");
  CREATE INDEX "_working_groups_v_rels_parent_idx" ON "_working_groups_v_rels" USING btree ("parent_id");
  CREATE INDEX "_working_groups_v_rels_path_idx" ON "_working_groups_v_rels" USING btree ("path");
  CREATE INDEX "_working_groups_v_rels_actors_id_idx" ON "_working_groups_v_rels" USING btree ("actors_id");
  CREATE INDEX "_working_groups_v_rels_fields_of_action_id_idx" ON "_working_groups_v_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "_working_groups_v_rels_target_groups_id_idx" ON "_working_groups_v_rels" USING btree ("target_groups_id");
  CREATE INDEX "actors_memberships_order_idx" ON "actors_memberships" USING btree ("_order");
  CREATE INDEX "actors_memberships_parent_id_idx" ON "actors_memberships" USING btree ("_parent_id");
  CREATE INDEX "actors_memberships_network_idx" ON "actors_memberships" USING btree ("network_id");
  CREATE INDEX "actors_languages_order_idx" ON "actors_languages" USING btree ("order");
  CREATE INDEX "actors_languages_parent_idx" ON "actors_languages" USING btree ("parent_id");
  CREATE INDEX "actors_emails_order_idx" ON "actors_emails" USING btree ("_order");
  CREATE INDEX "actors_emails_parent_id_idx" ON "actors_emails" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "actors_emails_locales_locale_parent_id_unique" ON "actors_emails_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "actors_phones_order_idx" ON "actors_phones" USING btree ("_order");
  CREATE INDEX "actors_phones_parent_id_idx" ON "actors_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "actors_phones_locales_locale_parent_id_unique" ON "actors_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "actors_translations_order_idx" ON "actors_translations" USING btree ("order");
  CREATE INDEX "actors_translations_parent_idx" ON "actors_translations" USING btree ("parent_id");
  CREATE INDEX "actors_district_idx" ON "actors" USING btree ("district_id");
  CREATE INDEX "actors_short_name_idx" ON "actors" USING btree ("short_name");
  CREATE INDEX "actors_kind_idx" ON "actors" USING btree ("kind");
  CREATE INDEX "actors_address_address_city_idx" ON "actors" USING btree ("address_city");
  CREATE INDEX "actors_slug_idx" ON "actors" USING btree ("slug");
  CREATE INDEX "actors_logo_idx" ON "actors" USING btree ("logo_id");
  CREATE INDEX "actors_updated_at_idx" ON "actors" USING btree ("updated_at");
  CREATE INDEX "actors_created_at_idx" ON "actors" USING btree ("created_at");
  CREATE INDEX "actors_deleted_at_idx" ON "actors" USING btree ("deleted_at");
  CREATE INDEX "actors__status_idx" ON "actors" USING btree ("_status");
  CREATE UNIQUE INDEX "district_slug_2_idx" ON "actors" USING btree ("district_id","slug");
  CREATE INDEX "actors_name_idx" ON "actors_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "actors_locales_locale_parent_id_unique" ON "actors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "actors_rels_order_idx" ON "actors_rels" USING btree ("order");
  CREATE INDEX "actors_rels_parent_idx" ON "actors_rels" USING btree ("parent_id");
  CREATE INDEX "actors_rels_path_idx" ON "actors_rels" USING btree ("path");
  CREATE INDEX "actors_rels_fields_of_action_id_idx" ON "actors_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "actors_rels_target_groups_id_idx" ON "actors_rels" USING btree ("target_groups_id");
  CREATE INDEX "_actors_v_version_memberships_order_idx" ON "_actors_v_version_memberships" USING btree ("_order");
  CREATE INDEX "_actors_v_version_memberships_parent_id_idx" ON "_actors_v_version_memberships" USING btree ("_parent_id");
  CREATE INDEX "_actors_v_version_memberships_network_idx" ON "_actors_v_version_memberships" USING btree ("network_id");
  CREATE INDEX "_actors_v_version_languages_order_idx" ON "_actors_v_version_languages" USING btree ("order");
  CREATE INDEX "_actors_v_version_languages_parent_idx" ON "_actors_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_actors_v_version_emails_order_idx" ON "_actors_v_version_emails" USING btree ("_order");
  CREATE INDEX "_actors_v_version_emails_parent_id_idx" ON "_actors_v_version_emails" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_actors_v_version_emails_locales_locale_parent_id_unique" ON "_actors_v_version_emails_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_actors_v_version_phones_order_idx" ON "_actors_v_version_phones" USING btree ("_order");
  CREATE INDEX "_actors_v_version_phones_parent_id_idx" ON "_actors_v_version_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_actors_v_version_phones_locales_locale_parent_id_unique" ON "_actors_v_version_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_actors_v_version_translations_order_idx" ON "_actors_v_version_translations" USING btree ("order");
  CREATE INDEX "_actors_v_version_translations_parent_idx" ON "_actors_v_version_translations" USING btree ("parent_id");
  CREATE INDEX "_actors_v_parent_idx" ON "_actors_v" USING btree ("parent_id");
  CREATE INDEX "_actors_v_version_version_district_idx" ON "_actors_v" USING btree ("version_district_id");
  CREATE INDEX "_actors_v_version_version_short_name_idx" ON "_actors_v" USING btree ("version_short_name");
  CREATE INDEX "_actors_v_version_version_kind_idx" ON "_actors_v" USING btree ("version_kind");
  CREATE INDEX "_actors_v_version_address_version_address_city_idx" ON "_actors_v" USING btree ("version_address_city");
  CREATE INDEX "_actors_v_version_version_slug_idx" ON "_actors_v" USING btree ("version_slug");
  CREATE INDEX "_actors_v_version_version_logo_idx" ON "_actors_v" USING btree ("version_logo_id");
  CREATE INDEX "_actors_v_version_version_updated_at_idx" ON "_actors_v" USING btree ("version_updated_at");
  CREATE INDEX "_actors_v_version_version_created_at_idx" ON "_actors_v" USING btree ("version_created_at");
  CREATE INDEX "_actors_v_version_version_deleted_at_idx" ON "_actors_v" USING btree ("version_deleted_at");
  CREATE INDEX "_actors_v_version_version__status_idx" ON "_actors_v" USING btree ("version__status");
  CREATE INDEX "_actors_v_created_at_idx" ON "_actors_v" USING btree ("created_at");
  CREATE INDEX "_actors_v_updated_at_idx" ON "_actors_v" USING btree ("updated_at");
  CREATE INDEX "_actors_v_snapshot_idx" ON "_actors_v" USING btree ("snapshot");
  CREATE INDEX "_actors_v_published_locale_idx" ON "_actors_v" USING btree ("published_locale");
  CREATE INDEX "_actors_v_latest_idx" ON "_actors_v" USING btree ("latest");
  CREATE INDEX "version_district_version_slug_2_idx" ON "_actors_v" USING btree ("version_district_id","version_slug");
  CREATE INDEX "_actors_v_version_version_name_idx" ON "_actors_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_actors_v_locales_locale_parent_id_unique" ON "_actors_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_actors_v_rels_order_idx" ON "_actors_v_rels" USING btree ("order");
  CREATE INDEX "_actors_v_rels_parent_idx" ON "_actors_v_rels" USING btree ("parent_id");
  CREATE INDEX "_actors_v_rels_path_idx" ON "_actors_v_rels" USING btree ("path");
  CREATE INDEX "_actors_v_rels_fields_of_action_id_idx" ON "_actors_v_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "_actors_v_rels_target_groups_id_idx" ON "_actors_v_rels" USING btree ("target_groups_id");
  CREATE INDEX "contacts_phones_order_idx" ON "contacts_phones" USING btree ("_order");
  CREATE INDEX "contacts_phones_parent_id_idx" ON "contacts_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contacts_phones_locales_locale_parent_id_unique" ON "contacts_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contacts_emails_order_idx" ON "contacts_emails" USING btree ("_order");
  CREATE INDEX "contacts_emails_parent_id_idx" ON "contacts_emails" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contacts_emails_locales_locale_parent_id_unique" ON "contacts_emails_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contacts_office_hours_slots_order_idx" ON "contacts_office_hours_slots" USING btree ("_order");
  CREATE INDEX "contacts_office_hours_slots_parent_id_idx" ON "contacts_office_hours_slots" USING btree ("_parent_id");
  CREATE INDEX "contacts_responsibilities_order_idx" ON "contacts_responsibilities" USING btree ("_order");
  CREATE INDEX "contacts_responsibilities_parent_id_idx" ON "contacts_responsibilities" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contacts_responsibilities_locales_locale_parent_id_unique" ON "contacts_responsibilities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contacts_languages_order_idx" ON "contacts_languages" USING btree ("order");
  CREATE INDEX "contacts_languages_parent_idx" ON "contacts_languages" USING btree ("parent_id");
  CREATE INDEX "contacts_translations_order_idx" ON "contacts_translations" USING btree ("order");
  CREATE INDEX "contacts_translations_parent_idx" ON "contacts_translations" USING btree ("parent_id");
  CREATE INDEX "contacts_district_idx" ON "contacts" USING btree ("district_id");
  CREATE INDEX "contacts_kind_idx" ON "contacts" USING btree ("kind");
  CREATE INDEX "contacts_actor_idx" ON "contacts" USING btree ("actor_id");
  CREATE INDEX "contacts_address_address_city_idx" ON "contacts" USING btree ("address_city");
  CREATE INDEX "contacts_photo_idx" ON "contacts" USING btree ("photo_id");
  CREATE INDEX "contacts_updated_at_idx" ON "contacts" USING btree ("updated_at");
  CREATE INDEX "contacts_created_at_idx" ON "contacts" USING btree ("created_at");
  CREATE INDEX "contacts_deleted_at_idx" ON "contacts" USING btree ("deleted_at");
  CREATE INDEX "contacts__status_idx" ON "contacts" USING btree ("_status");
  CREATE INDEX "contacts_name_idx" ON "contacts_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "contacts_locales_locale_parent_id_unique" ON "contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contacts_rels_order_idx" ON "contacts_rels" USING btree ("order");
  CREATE INDEX "contacts_rels_parent_idx" ON "contacts_rels" USING btree ("parent_id");
  CREATE INDEX "contacts_rels_path_idx" ON "contacts_rels" USING btree ("path");
  CREATE INDEX "contacts_rels_networks_id_idx" ON "contacts_rels" USING btree ("networks_id");
  CREATE INDEX "_contacts_v_version_phones_order_idx" ON "_contacts_v_version_phones" USING btree ("_order");
  CREATE INDEX "_contacts_v_version_phones_parent_id_idx" ON "_contacts_v_version_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_contacts_v_version_phones_locales_locale_parent_id_unique" ON "_contacts_v_version_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_contacts_v_version_emails_order_idx" ON "_contacts_v_version_emails" USING btree ("_order");
  CREATE INDEX "_contacts_v_version_emails_parent_id_idx" ON "_contacts_v_version_emails" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_contacts_v_version_emails_locales_locale_parent_id_unique" ON "_contacts_v_version_emails_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_contacts_v_version_office_hours_slots_order_idx" ON "_contacts_v_version_office_hours_slots" USING btree ("_order");
  CREATE INDEX "_contacts_v_version_office_hours_slots_parent_id_idx" ON "_contacts_v_version_office_hours_slots" USING btree ("_parent_id");
  CREATE INDEX "_contacts_v_version_responsibilities_order_idx" ON "_contacts_v_version_responsibilities" USING btree ("_order");
  CREATE INDEX "_contacts_v_version_responsibilities_parent_id_idx" ON "_contacts_v_version_responsibilities" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_contacts_v_version_responsibilities_locales_locale_parent_i" ON "_contacts_v_version_responsibilities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_contacts_v_version_languages_order_idx" ON "_contacts_v_version_languages" USING btree ("order");
  CREATE INDEX "_contacts_v_version_languages_parent_idx" ON "_contacts_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_version_translations_order_idx" ON "_contacts_v_version_translations" USING btree ("order");
  CREATE INDEX "_contacts_v_version_translations_parent_idx" ON "_contacts_v_version_translations" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_parent_idx" ON "_contacts_v" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_version_version_district_idx" ON "_contacts_v" USING btree ("version_district_id");
  CREATE INDEX "_contacts_v_version_version_kind_idx" ON "_contacts_v" USING btree ("version_kind");
  CREATE INDEX "_contacts_v_version_version_actor_idx" ON "_contacts_v" USING btree ("version_actor_id");
  CREATE INDEX "_contacts_v_version_address_version_address_city_idx" ON "_contacts_v" USING btree ("version_address_city");
  CREATE INDEX "_contacts_v_version_version_photo_idx" ON "_contacts_v" USING btree ("version_photo_id");
  CREATE INDEX "_contacts_v_version_version_updated_at_idx" ON "_contacts_v" USING btree ("version_updated_at");
  CREATE INDEX "_contacts_v_version_version_created_at_idx" ON "_contacts_v" USING btree ("version_created_at");
  CREATE INDEX "_contacts_v_version_version_deleted_at_idx" ON "_contacts_v" USING btree ("version_deleted_at");
  CREATE INDEX "_contacts_v_version_version__status_idx" ON "_contacts_v" USING btree ("version__status");
  CREATE INDEX "_contacts_v_created_at_idx" ON "_contacts_v" USING btree ("created_at");
  CREATE INDEX "_contacts_v_updated_at_idx" ON "_contacts_v" USING btree ("updated_at");
  CREATE INDEX "_contacts_v_snapshot_idx" ON "_contacts_v" USING btree ("snapshot");
  CREATE INDEX "_contacts_v_published_locale_idx" ON "_contacts_v" USING btree ("published_locale");
  CREATE INDEX "_contacts_v_latest_idx" ON "_contacts_v" USING btree ("latest");
  CREATE INDEX "_contacts_v_version_version_name_idx" ON "_contacts_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_contacts_v_locales_locale_parent_id_unique" ON "_contacts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_contacts_v_rels_order_idx" ON "_contacts_v_rels" USING btree ("order");
  CREATE INDEX "_contacts_v_rels_parent_idx" ON "_contacts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_rels_path_idx" ON "_contacts_v_rels" USING btree ("path");
  CREATE INDEX "_contacts_v_rels_networks_id_idx" ON "_contacts_v_rels" USING btree ("networks_id");
  CREATE INDEX "target_groups_translations_order_idx" ON "target_groups_translations" USING btree ("order");
  CREATE INDEX "target_groups_translations_parent_idx" ON "target_groups_translations" USING btree ("parent_id");
  CREATE INDEX "target_groups_district_idx" ON "target_groups" USING btree ("district_id");
  CREATE INDEX "target_groups_category_idx" ON "target_groups" USING btree ("category");
  CREATE INDEX "target_groups_slug_idx" ON "target_groups" USING btree ("slug");
  CREATE INDEX "target_groups_updated_at_idx" ON "target_groups" USING btree ("updated_at");
  CREATE INDEX "target_groups_created_at_idx" ON "target_groups" USING btree ("created_at");
  CREATE INDEX "target_groups_deleted_at_idx" ON "target_groups" USING btree ("deleted_at");
  CREATE INDEX "target_groups__status_idx" ON "target_groups" USING btree ("_status");
  CREATE UNIQUE INDEX "district_slug_3_idx" ON "target_groups" USING btree ("district_id","slug");
  CREATE INDEX "target_groups_name_idx" ON "target_groups_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "target_groups_locales_locale_parent_id_unique" ON "target_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "target_groups_rels_order_idx" ON "target_groups_rels" USING btree ("order");
  CREATE INDEX "target_groups_rels_parent_idx" ON "target_groups_rels" USING btree ("parent_id");
  CREATE INDEX "target_groups_rels_path_idx" ON "target_groups_rels" USING btree ("path");
  CREATE INDEX "target_groups_rels_networks_id_idx" ON "target_groups_rels" USING btree ("networks_id");
  CREATE INDEX "_target_groups_v_version_translations_order_idx" ON "_target_groups_v_version_translations" USING btree ("order");
  CREATE INDEX "_target_groups_v_version_translations_parent_idx" ON "_target_groups_v_version_translations" USING btree ("parent_id");
  CREATE INDEX "_target_groups_v_parent_idx" ON "_target_groups_v" USING btree ("parent_id");
  CREATE INDEX "_target_groups_v_version_version_district_idx" ON "_target_groups_v" USING btree ("version_district_id");
  CREATE INDEX "_target_groups_v_version_version_category_idx" ON "_target_groups_v" USING btree ("version_category");
  CREATE INDEX "_target_groups_v_version_version_slug_idx" ON "_target_groups_v" USING btree ("version_slug");
  CREATE INDEX "_target_groups_v_version_version_updated_at_idx" ON "_target_groups_v" USING btree ("version_updated_at");
  CREATE INDEX "_target_groups_v_version_version_created_at_idx" ON "_target_groups_v" USING btree ("version_created_at");
  CREATE INDEX "_target_groups_v_version_version_deleted_at_idx" ON "_target_groups_v" USING btree ("version_deleted_at");
  CREATE INDEX "_target_groups_v_version_version__status_idx" ON "_target_groups_v" USING btree ("version__status");
  CREATE INDEX "_target_groups_v_created_at_idx" ON "_target_groups_v" USING btree ("created_at");
  CREATE INDEX "_target_groups_v_updated_at_idx" ON "_target_groups_v" USING btree ("updated_at");
  CREATE INDEX "_target_groups_v_snapshot_idx" ON "_target_groups_v" USING btree ("snapshot");
  CREATE INDEX "_target_groups_v_published_locale_idx" ON "_target_groups_v" USING btree ("published_locale");
  CREATE INDEX "_target_groups_v_latest_idx" ON "_target_groups_v" USING btree ("latest");
  CREATE INDEX "version_district_version_slug_3_idx" ON "_target_groups_v" USING btree ("version_district_id","version_slug");
  CREATE INDEX "_target_groups_v_version_version_name_idx" ON "_target_groups_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_target_groups_v_locales_locale_parent_id_unique" ON "_target_groups_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_target_groups_v_rels_order_idx" ON "_target_groups_v_rels" USING btree ("order");
  CREATE INDEX "_target_groups_v_rels_parent_idx" ON "_target_groups_v_rels" USING btree ("parent_id");
  CREATE INDEX "_target_groups_v_rels_path_idx" ON "_target_groups_v_rels" USING btree ("path");
  CREATE INDEX "_target_groups_v_rels_networks_id_idx" ON "_target_groups_v_rels" USING btree ("networks_id");
  CREATE UNIQUE INDEX "fields_of_action_slug_idx" ON "fields_of_action" USING btree ("slug");
  CREATE INDEX "fields_of_action_updated_at_idx" ON "fields_of_action" USING btree ("updated_at");
  CREATE INDEX "fields_of_action_created_at_idx" ON "fields_of_action" USING btree ("created_at");
  CREATE INDEX "fields_of_action_name_idx" ON "fields_of_action_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "fields_of_action_locales_locale_parent_id_unique" ON "fields_of_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_district_idx" ON "media" USING btree ("district_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "districts_name_idx" ON "districts" USING btree ("name");
  CREATE UNIQUE INDEX "districts_slug_idx" ON "districts" USING btree ("slug");
  CREATE UNIQUE INDEX "districts_official_key_idx" ON "districts" USING btree ("official_key");
  CREATE INDEX "districts_kind_idx" ON "districts" USING btree ("kind");
  CREATE INDEX "districts_state_idx" ON "districts" USING btree ("state");
  CREATE INDEX "districts_coat_of_arms_idx" ON "districts" USING btree ("coat_of_arms_id");
  CREATE INDEX "districts_updated_at_idx" ON "districts" USING btree ("updated_at");
  CREATE INDEX "districts_created_at_idx" ON "districts" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_districts_roles_order_idx" ON "users_districts_roles" USING btree ("order");
  CREATE INDEX "users_districts_roles_parent_idx" ON "users_districts_roles" USING btree ("parent_id");
  CREATE INDEX "users_districts_order_idx" ON "users_districts" USING btree ("_order");
  CREATE INDEX "users_districts_parent_id_idx" ON "users_districts" USING btree ("_parent_id");
  CREATE INDEX "users_districts_district_idx" ON "users_districts" USING btree ("district_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_networks_id_idx" ON "payload_locked_documents_rels" USING btree ("networks_id");
  CREATE INDEX "payload_locked_documents_rels_principles_id_idx" ON "payload_locked_documents_rels" USING btree ("principles_id");
  CREATE INDEX "payload_locked_documents_rels_goals_id_idx" ON "payload_locked_documents_rels" USING btree ("goals_id");
  CREATE INDEX "payload_locked_documents_rels_working_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("working_groups_id");
  CREATE INDEX "payload_locked_documents_rels_actors_id_idx" ON "payload_locked_documents_rels" USING btree ("actors_id");
  CREATE INDEX "payload_locked_documents_rels_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("contacts_id");
  CREATE INDEX "payload_locked_documents_rels_target_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("target_groups_id");
  CREATE INDEX "payload_locked_documents_rels_fields_of_action_id_idx" ON "payload_locked_documents_rels" USING btree ("fields_of_action_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_districts_id_idx" ON "payload_locked_documents_rels" USING btree ("districts_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "networks_reference_frameworks" CASCADE;
  DROP TABLE "networks_reference_frameworks_locales" CASCADE;
  DROP TABLE "networks_alliances" CASCADE;
  DROP TABLE "networks_alliances_locales" CASCADE;
  DROP TABLE "networks_translations" CASCADE;
  DROP TABLE "networks" CASCADE;
  DROP TABLE "networks_locales" CASCADE;
  DROP TABLE "networks_rels" CASCADE;
  DROP TABLE "_networks_v_version_reference_frameworks" CASCADE;
  DROP TABLE "_networks_v_version_reference_frameworks_locales" CASCADE;
  DROP TABLE "_networks_v_version_alliances" CASCADE;
  DROP TABLE "_networks_v_version_alliances_locales" CASCADE;
  DROP TABLE "_networks_v_version_translations" CASCADE;
  DROP TABLE "_networks_v" CASCADE;
  DROP TABLE "_networks_v_locales" CASCADE;
  DROP TABLE "_networks_v_rels" CASCADE;
  DROP TABLE "principles_translations" CASCADE;
  DROP TABLE "principles" CASCADE;
  DROP TABLE "principles_locales" CASCADE;
  DROP TABLE "_principles_v_version_translations" CASCADE;
  DROP TABLE "_principles_v" CASCADE;
  DROP TABLE "_principles_v_locales" CASCADE;
  DROP TABLE "goals_translations" CASCADE;
  DROP TABLE "goals" CASCADE;
  DROP TABLE "goals_locales" CASCADE;
  DROP TABLE "goals_rels" CASCADE;
  DROP TABLE "_goals_v_version_translations" CASCADE;
  DROP TABLE "_goals_v" CASCADE;
  DROP TABLE "_goals_v_locales" CASCADE;
  DROP TABLE "_goals_v_rels" CASCADE;
  DROP TABLE "working_groups_translations" CASCADE;
  DROP TABLE "working_groups" CASCADE;
  DROP TABLE "working_groups_locales" CASCADE;
  DROP TABLE "working_groups_rels" CASCADE;
  DROP TABLE "_working_groups_v_version_translations" CASCADE;
  DROP TABLE "_working_groups_v" CASCADE;
  DROP TABLE "_working_groups_v_locales" CASCADE;
  DROP TABLE "_working_groups_v_rels" CASCADE;
  DROP TABLE "actors_memberships" CASCADE;
  DROP TABLE "actors_languages" CASCADE;
  DROP TABLE "actors_emails" CASCADE;
  DROP TABLE "actors_emails_locales" CASCADE;
  DROP TABLE "actors_phones" CASCADE;
  DROP TABLE "actors_phones_locales" CASCADE;
  DROP TABLE "actors_translations" CASCADE;
  DROP TABLE "actors" CASCADE;
  DROP TABLE "actors_locales" CASCADE;
  DROP TABLE "actors_rels" CASCADE;
  DROP TABLE "_actors_v_version_memberships" CASCADE;
  DROP TABLE "_actors_v_version_languages" CASCADE;
  DROP TABLE "_actors_v_version_emails" CASCADE;
  DROP TABLE "_actors_v_version_emails_locales" CASCADE;
  DROP TABLE "_actors_v_version_phones" CASCADE;
  DROP TABLE "_actors_v_version_phones_locales" CASCADE;
  DROP TABLE "_actors_v_version_translations" CASCADE;
  DROP TABLE "_actors_v" CASCADE;
  DROP TABLE "_actors_v_locales" CASCADE;
  DROP TABLE "_actors_v_rels" CASCADE;
  DROP TABLE "contacts_phones" CASCADE;
  DROP TABLE "contacts_phones_locales" CASCADE;
  DROP TABLE "contacts_emails" CASCADE;
  DROP TABLE "contacts_emails_locales" CASCADE;
  DROP TABLE "contacts_office_hours_slots" CASCADE;
  DROP TABLE "contacts_responsibilities" CASCADE;
  DROP TABLE "contacts_responsibilities_locales" CASCADE;
  DROP TABLE "contacts_languages" CASCADE;
  DROP TABLE "contacts_translations" CASCADE;
  DROP TABLE "contacts" CASCADE;
  DROP TABLE "contacts_locales" CASCADE;
  DROP TABLE "contacts_rels" CASCADE;
  DROP TABLE "_contacts_v_version_phones" CASCADE;
  DROP TABLE "_contacts_v_version_phones_locales" CASCADE;
  DROP TABLE "_contacts_v_version_emails" CASCADE;
  DROP TABLE "_contacts_v_version_emails_locales" CASCADE;
  DROP TABLE "_contacts_v_version_office_hours_slots" CASCADE;
  DROP TABLE "_contacts_v_version_responsibilities" CASCADE;
  DROP TABLE "_contacts_v_version_responsibilities_locales" CASCADE;
  DROP TABLE "_contacts_v_version_languages" CASCADE;
  DROP TABLE "_contacts_v_version_translations" CASCADE;
  DROP TABLE "_contacts_v" CASCADE;
  DROP TABLE "_contacts_v_locales" CASCADE;
  DROP TABLE "_contacts_v_rels" CASCADE;
  DROP TABLE "target_groups_translations" CASCADE;
  DROP TABLE "target_groups" CASCADE;
  DROP TABLE "target_groups_locales" CASCADE;
  DROP TABLE "target_groups_rels" CASCADE;
  DROP TABLE "_target_groups_v_version_translations" CASCADE;
  DROP TABLE "_target_groups_v" CASCADE;
  DROP TABLE "_target_groups_v_locales" CASCADE;
  DROP TABLE "_target_groups_v_rels" CASCADE;
  DROP TABLE "fields_of_action" CASCADE;
  DROP TABLE "fields_of_action_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "districts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_districts_roles" CASCADE;
  DROP TABLE "users_districts" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_networks_translations";
  DROP TYPE "public"."enum_networks_membership_model";
  DROP TYPE "public"."enum_networks_status";
  DROP TYPE "public"."enum__networks_v_version_translations";
  DROP TYPE "public"."enum__networks_v_version_membership_model";
  DROP TYPE "public"."enum__networks_v_version_status";
  DROP TYPE "public"."enum__networks_v_published_locale";
  DROP TYPE "public"."enum_principles_translations";
  DROP TYPE "public"."enum_principles_status";
  DROP TYPE "public"."enum__principles_v_version_translations";
  DROP TYPE "public"."enum__principles_v_version_status";
  DROP TYPE "public"."enum__principles_v_published_locale";
  DROP TYPE "public"."enum_goals_translations";
  DROP TYPE "public"."enum_goals_kind";
  DROP TYPE "public"."enum_goals_status";
  DROP TYPE "public"."enum__goals_v_version_translations";
  DROP TYPE "public"."enum__goals_v_version_kind";
  DROP TYPE "public"."enum__goals_v_version_status";
  DROP TYPE "public"."enum__goals_v_published_locale";
  DROP TYPE "public"."enum_working_groups_translations";
  DROP TYPE "public"."enum_working_groups_kind";
  DROP TYPE "public"."enum_working_groups_status";
  DROP TYPE "public"."enum__working_groups_v_version_translations";
  DROP TYPE "public"."enum__working_groups_v_version_kind";
  DROP TYPE "public"."enum__working_groups_v_version_status";
  DROP TYPE "public"."enum__working_groups_v_published_locale";
  DROP TYPE "public"."enum_actors_memberships_role";
  DROP TYPE "public"."enum_actors_languages";
  DROP TYPE "public"."enum_actors_translations";
  DROP TYPE "public"."enum_actors_kind";
  DROP TYPE "public"."enum_actors_status";
  DROP TYPE "public"."enum__actors_v_version_memberships_role";
  DROP TYPE "public"."enum__actors_v_version_languages";
  DROP TYPE "public"."enum__actors_v_version_translations";
  DROP TYPE "public"."enum__actors_v_version_kind";
  DROP TYPE "public"."enum__actors_v_version_status";
  DROP TYPE "public"."enum__actors_v_published_locale";
  DROP TYPE "public"."enum_contacts_office_hours_slots_day";
  DROP TYPE "public"."enum_contacts_languages";
  DROP TYPE "public"."enum_contacts_translations";
  DROP TYPE "public"."enum_contacts_kind";
  DROP TYPE "public"."enum_contacts_salutation";
  DROP TYPE "public"."enum_contacts_status";
  DROP TYPE "public"."enum__contacts_v_version_office_hours_slots_day";
  DROP TYPE "public"."enum__contacts_v_version_languages";
  DROP TYPE "public"."enum__contacts_v_version_translations";
  DROP TYPE "public"."enum__contacts_v_version_kind";
  DROP TYPE "public"."enum__contacts_v_version_salutation";
  DROP TYPE "public"."enum__contacts_v_version_status";
  DROP TYPE "public"."enum__contacts_v_published_locale";
  DROP TYPE "public"."enum_target_groups_translations";
  DROP TYPE "public"."enum_target_groups_category";
  DROP TYPE "public"."enum_target_groups_status";
  DROP TYPE "public"."enum__target_groups_v_version_translations";
  DROP TYPE "public"."enum__target_groups_v_version_category";
  DROP TYPE "public"."enum__target_groups_v_version_status";
  DROP TYPE "public"."enum__target_groups_v_published_locale";
  DROP TYPE "public"."enum_districts_kind";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_districts_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
