import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './access/isAdmin'
import { Actors } from './collections/Actors'
import { Contacts } from './collections/Contacts'
import { Districts } from './collections/Districts'
import { FieldsOfAction } from './collections/FieldsOfAction'
import { Goals } from './collections/Goals'
import { Media } from './collections/Media'
import { Networks } from './collections/Networks'
import { Principles } from './collections/Principles'
import { TargetGroups } from './collections/TargetGroups'
import { Users } from './collections/Users'
import { SIGN_IN_TRANSLATIONS } from './collections/Users/signInMessages'
import { districtDirectory } from './src/endpoints/districtDirectory'
import { apiDocsEndpoint, openApiEndpoint } from './src/endpoints/openapi'
import { searchEndpoint } from './src/endpoints/search'
import { WorkingGroups } from './collections/WorkingGroups'
import { answerErrors } from './src/guards/answerErrors'
import { hardenConfig } from './src/guards/hardenConfig'
import { corsOrigins } from './src/lib/corsOrigins'
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales'
import { logLevel } from './src/lib/logLevel'
import { projectRoot } from './src/lib/paths'
import { preloadLexical } from './src/lib/preloadLexical'
import { payloadLogger } from './src/lib/payloadLogger'
import { resolvePayloadSecret } from './src/lib/payloadSecret'
import { databasePush } from './src/lib/databasePush'
import { uploadLimits } from './src/lib/uploadLimits'
import type { Config } from './payload-types'

// Before the rich-text editor pulls in the whole Lexical family (see preloadLexical).
await preloadLexical()
const { lexicalEditor } = await import('@payloadcms/richtext-lexical')

// Endpoints are assembled here: collections do not import them (see ARCHITECTURE.md).
const DistrictsWithDirectory: CollectionConfig<'districts'> = { ...Districts, endpoints: [districtDirectory] }

// The project root, not this module's folder: the server runs this config from a bundle.
const dirname = projectRoot()
const serverURL = process.env.SERVER_URL || ''

export default buildConfig({
  serverURL,
  secret: resolvePayloadSecret(),
  cors: corsOrigins(),
  // Which origins may use a session cookie is decided by the express server, which knows the
  // origin each request was sent to (src/server/crossOriginCredentials.ts); Payload's static
  // list could only hold SERVER_URL and would lock out the admin on any other host name.
  csrf: [],
  admin: {
    user: Users.slug,
    // The default Gravatar avatar would send every editor's e-mail hash abroad.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' · Integrationsnetzwerke',
      description: 'Inhalte der Integrationsnetzwerke der Landkreise und kreisfreien Städte',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      graphics: {
        Logo: '/src/components/Logo#Logo',
        Icon: '/src/components/Icon#Icon',
      },
    },
  },
  i18n: {
    fallbackLanguage: 'de',
    supportedLanguages: { de, en },
    translations: SIGN_IN_TRANSLATIONS,
  },
  localization: {
    locales: LOCALES.map((locale) => ({ ...locale })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  collections: [
    Networks,
    Principles,
    Goals,
    WorkingGroups,
    Actors,
    Contacts,
    TargetGroups,
    FieldsOfAction,
    Media,
    DistrictsWithDirectory,
    Users,
  ],
  // Scheduled publishing runs as a job; the server (getPayload with cron) checks every minute.
  // Plain list calls stay small: relations come populated one level deep in their lean
  // `defaultPopulate` shape; `depth` and `populate` ask for more.
  defaultDepth: 1,
  endpoints: [searchEndpoint, openApiEndpoint, apiDocsEndpoint],
  jobs: {
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
    // The server's cron runs the queue; over HTTP only the state admin may trigger it.
    access: { run: ({ req }) => isAdmin(req.user), queue: ({ req }) => isAdmin(req.user) },
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      // Read when the pool is created, not when this module is: the server may start an
      // embedded PostgreSQL after loading the config and only then knows the URL.
      get connectionString() {
        return process.env.DATABASE_URL
      },
    },
    migrationDir: path.resolve(dirname, 'migrations'),
    push: databasePush(),
  }),
  sharp,
  upload: uploadLimits(),
  logger: payloadLogger(logLevel()),
  hooks: { afterError: [answerErrors] },
  // Ordinary client errors are answers, not incidents: keep their stack traces out of the log.
  loggingLevels: {
    AuthenticationError: 'info',
    LockedAuth: 'info',
    UnverifiedEmail: 'info',
    QueryError: 'info',
    ValidationError: 'info',
    Forbidden: 'info',
    NotFound: 'info',
    // Error classes Payload's ErrorName type does not list; the logger looks names up at run time.
    ...({ InputError: 'info', UnauthorizedError: 'info', TooManyAttempts: 'info' } as Record<never, never>),
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    // No schema browsing and no playground in production; nested queries are bounded.
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
  },
  telemetry: false,
  plugins: [
    multiTenantPlugin<Config>({
      tenantsSlug: 'districts',
      tenantField: { name: 'district', label: { de: 'Landkreis / Stadt', en: 'District' } },
      // Users carry their own `districts` array (collections/Users/fields/districtMemberships.ts).
      tenantsArrayField: {
        includeDefaultField: false,
        arrayFieldName: 'districts',
        arrayTenantFieldName: 'district',
      },
      tenantSelectorLabel: { de: 'Landkreis / Stadt', en: 'District' },
      // Districts are public (a state portal lists them all); the role matrix decides, not the plugin.
      useTenantsCollectionAccess: false,
      // The users list shows whom the caller may manage (access/usersAccess.ts), not only the
      // members of the district picked in the selector: the state admin sees every account.
      useUsersTenantFilter: false,
      collections: {
        networks: { useTenantAccess: false },
        principles: { useTenantAccess: false },
        goals: { useTenantAccess: false },
        'working-groups': { useTenantAccess: false },
        actors: { useTenantAccess: false },
        contacts: { useTenantAccess: false },
        'target-groups': { useTenantAccess: false },
        media: { useTenantAccess: false },
      },
      userHasAccessToAllTenants: (user) => isAdmin(user),
    }),
  ],
}).then(hardenConfig)
