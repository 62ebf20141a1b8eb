import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { integrationNetworks } from './src'
import { auditRetentionDaysFromEnv } from './src/lib/auditRetention'
import { corsOrigins } from './src/lib/corsOrigins'
import { databasePush } from './src/lib/databasePush'
import { geocoderFromEnv } from './src/lib/geocoder'
import { linkCheckFromEnv } from './src/lib/linkCheck/linkCheckFromEnv'
import { logLevel } from './src/lib/logLevel'
import { machineTranslationFromEnv } from './src/lib/machineTranslation/settings'
import { emailFromEnv } from './src/lib/mail/emailFromEnv'
import { invitationExpiryHoursFromEnv } from './src/lib/mail/invitationExpiry'
import { mapTilesFromEnv } from './src/lib/mapTiles'
import { projectRoot } from './src/lib/paths'
import { payloadLogger } from './src/lib/payloadLogger'
import { resolvePayloadSecret } from './src/lib/payloadSecret'
import { preloadLexical } from './src/lib/preloadLexical'
import { SIGN_IN_ATTEMPTS_TABLE } from './src/lib/signInAttempts'
import { uploadLimits } from './src/lib/uploadLimits'
import { runsJobs } from './src/lib/workerRole'

// Before the rich-text editor pulls in the whole Lexical family (see preloadLexical).
await preloadLexical()
const { lexicalEditor } = await import('@payloadcms/richtext-lexical')

// The project root, not this module's folder: the server runs this config from a bundle.
const dirname = projectRoot()

/**
 * The app: the host's own settings (database, secret, logger, server URL, branding) and the
 * integration-network model as a plugin (src/plugin/), which brings everything else.
 */
export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: resolvePayloadSecret(),
  cors: corsOrigins(),
  // Which origins may use a session cookie is decided by the express server, which knows the
  // origin each request was sent to (src/server/crossOriginCredentials.ts); Payload's static
  // list could only hold SERVER_URL and would lock out the admin on any other host name.
  csrf: [],
  admin: {
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
  // Plain list calls stay small: relations come populated one level deep in their lean
  // `defaultPopulate` shape; `depth` and `populate` ask for more.
  defaultDepth: 1,
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
    // Tables of ours that Payload's schema does not know: a push must leave them alone.
    tablesFilter: [`!${SIGN_IN_ATTEMPTS_TABLE}`],
  }),
  sharp,
  // SMTP from SMTP_URL and MAIL_FROM; without SMTP_URL mails are logged (src/lib/mail/).
  email: emailFromEnv(process.env),
  upload: uploadLimits(),
  logger: payloadLogger(logLevel()),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    // No schema browsing and no playground in production; nested queries are bounded.
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
  },
  telemetry: false,
  // Next's route handlers start the job cron in every process that serves a request
  // (getPayload({ cron: true }) in @payloadcms/next 3.90): of several workers only one may run
  // the queue (src/lib/workerRole.ts), so that the queue is polled once, not once per worker.
  jobs: { shouldAutoRun: () => runsJobs() },
  plugins: [
    integrationNetworks({
      // Off unless GEOCODER_URL is set: then no request leaves the server for addresses.
      geocoder: geocoderFromEnv(process.env),
      mapTiles: mapTilesFromEnv(process.env),
      auditLog: {
        retentionDays: auditRetentionDaysFromEnv(process.env),
        // Off only for the benchmark's comparison of writes with and without the log
        // (bench/README.md); production never sets it.
        record: process.env.BENCH_AUDIT_LOG !== 'off',
      },
      invitationExpiryHours: invitationExpiryHoursFromEnv(process.env),
      // Private addresses only with LINK_CHECK_ALLOW_PRIVATE: links must not probe our own network.
      linkCheck: linkCheckFromEnv(process.env),
      // Off unless TRANSLATION_PROVIDER is set: then texts go to it only on an editor's request.
      machineTranslation: machineTranslationFromEnv(process.env),
    }),
  ],
})
