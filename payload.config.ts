import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './access/isAdmin'
import { Districts } from './collections/Districts'
import { Media } from './collections/Media'
import { Users } from './collections/Users'
import { corsOrigins } from './src/lib/corsOrigins'
import { logLevel } from './src/lib/logLevel'
import { payloadLogger } from './src/lib/payloadLogger'
import { resolvePayloadSecret } from './src/lib/payloadSecret'
import { databasePush } from './src/lib/databasePush'
import { uploadLimits } from './src/lib/uploadLimits'
import type { Config } from './payload-types'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.SERVER_URL || ''

export default buildConfig({
  serverURL,
  secret: resolvePayloadSecret(),
  cors: corsOrigins(),
  csrf: corsOrigins(),
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
  },
  collections: [Districts, Users, Media],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    migrationDir: path.resolve(dirname, 'migrations'),
    push: databasePush(),
  }),
  sharp,
  upload: uploadLimits(),
  logger: payloadLogger(logLevel()),
  // Ordinary client errors are answers, not incidents: keep their stack traces out of the log.
  loggingLevels: {
    AuthenticationError: 'info',
    LockedAuth: 'info',
    UnverifiedEmail: 'info',
    QueryError: 'info',
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
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
      collections: {
        media: {},
      },
      userHasAccessToAllTenants: (user) => isAdmin(user),
    }),
  ],
})
