import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import type { CollectionConfig, Config, Endpoint, Plugin } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { DISTRICT_SCOPED } from '../../access/matrix'
import { Actors } from '../../collections/Actors'
import { AuditLog } from '../../collections/AuditLog'
import { observeSignInFailures } from '../../collections/AuditLog/observeSignInFailures'
import { pruneAuditLogTask } from '../../collections/AuditLog/pruneAuditLog'
import { Contacts } from '../../collections/Contacts'
import { withLocaleOptions } from '../../collections/contentCollection'
import { Districts } from '../../collections/Districts'
import { FieldsOfAction } from '../../collections/FieldsOfAction'
import { Goals } from '../../collections/Goals'
import { withAuditRecording } from '../../collections/hooks/recordAudit'
import { recordVerification } from '../../collections/hooks/recordVerification'
import { mediaFieldsOf, trackPublicUse } from '../../collections/hooks/trackPublicUse'
import { LinkChecks } from '../../collections/LinkChecks'
import { checkLinksTask } from '../../collections/LinkChecks/checkLinks'
import { Media } from '../../collections/Media'
import { Networks } from '../../collections/Networks'
import { Offers } from '../../collections/Offers'
import { OfferTypes } from '../../collections/OfferTypes'
import { Places } from '../../collections/Places'
import { Principles } from '../../collections/Principles'
import { ResidenceSituations } from '../../collections/ResidenceSituations'
import { TargetGroups } from '../../collections/TargetGroups'
import { Users } from '../../collections/Users'
import { SIGN_IN_TRANSLATIONS } from '../../collections/Users/signInMessages'
import { WorkingGroups } from '../../collections/WorkingGroups'
import { districtDirectory } from '../endpoints/districtDirectory'
import { findOffersEndpoint } from '../endpoints/findOffers'
import { findOffersQuery } from '../endpoints/findOffersQuery'
import { machineTranslateEndpoint } from '../endpoints/machineTranslate'
import { myTasksEndpoint } from '../endpoints/myTasks'
import { apiDocsEndpoint, openApiEndpoint } from '../endpoints/openapi'
import { placesGeoJson } from '../endpoints/placesGeoJson'
import { resendInvitation } from '../endpoints/resendInvitation'
import { searchEndpoint } from '../endpoints/search'
import { translationOverview } from '../endpoints/translationOverview'
import { verifyEndpoint } from '../endpoints/verify'
import { answerErrors } from '../guards/answerErrors'
import { hardenCollection, hardenConfig } from '../guards/hardenConfig'
import { DATE_TIME_FORMAT } from '../lib/adminFormats'
import { factsOf } from '../lib/collectionFacts'
import { freshnessDigestTask } from '../lib/freshness/freshnessDigest'
import { LOCALES } from '../lib/locales'
import { deliverOrQueue } from '../lib/mail/deliverOrQueue'
import { logMailAdapter } from '../lib/mail/logMailAdapter'
import { sendMailTask } from '../lib/mail/sendMailTask'
import { instrumentAdapter } from '../lib/publicCache/instrumentAdapter'
import { ADMIN_WORDING } from './adminWording'
import { type IntegrationNetworksOptions, type ResolvedOptions, resolveOptions } from './options'

/** The collections the plugin brings, in the admin's order. */
const COLLECTIONS: CollectionConfig[] = [
  Networks,
  Principles,
  Goals,
  WorkingGroups,
  Actors,
  Contacts,
  { ...Offers, endpoints: [findOffersEndpoint] },
  Places,
  TargetGroups,
  FieldsOfAction,
  OfferTypes,
  ResidenceSituations,
  Media,
  // Endpoints are assembled here: collections do not import them (docs/ARCHITECTURE.md).
  { ...Districts, endpoints: [districtDirectory, placesGeoJson, translationOverview] },
  { ...Users, endpoints: [resendInvitation] },
  AuditLog,
  LinkChecks,
] as CollectionConfig[]

/** Where the resolved options live in the built config, for the seed and the endpoints. */
export const OPTIONS_KEY = 'integrationNetworks'

/** The resolved options of a built config (the seed reads the state from here). */
export const optionsOf = (config: Pick<Config, 'custom'>): ResolvedOptions | undefined =>
  (config.custom as Record<string, ResolvedOptions | undefined> | undefined)?.[OPTIONS_KEY]

/**
 * A host's collection of the same slug (its own `users`) keeps its settings; the plugin adds
 * its fields that the host's lacks, its hooks after the host's, and its access where the host
 * set none.
 */
const mergeCollection = (host: CollectionConfig, ours: CollectionConfig): CollectionConfig => {
  const names = new Set(host.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const hooks = { ...host.hooks } as Record<string, unknown[]>
  for (const [key, list] of Object.entries(ours.hooks ?? {})) {
    hooks[key] = [...(hooks[key] ?? []), ...(list as unknown[])]
  }
  return {
    ...ours,
    ...host,
    custom: { ...ours.custom, ...host.custom },
    access: { ...ours.access, ...host.access },
    hooks,
    fields: [...host.fields, ...ours.fields.filter((field) => !('name' in field) || !names.has(field.name))],
  }
}

type Translations = Record<string, Record<string, Record<string, string>>>

/** Translations by language and group, later ones winning per key (the host's last). */
const mergeTranslations = (...sources: Translations[]): Translations => {
  const merged: Translations = {}
  for (const source of sources) {
    for (const [language, groups] of Object.entries(source)) {
      for (const [group, texts] of Object.entries(groups)) {
        merged[language] ??= {}
        merged[language][group] = { ...merged[language][group], ...texts }
      }
    }
  }
  return merged
}

/**
 * Lists of district content show the district (before the status): the state admin and members
 * of several districts see every district's documents in one list.
 */
const withDistrictColumn = (collection: CollectionConfig): CollectionConfig => {
  const facts = factsOf(collection)
  if (!facts || facts.resource === 'users' || !DISTRICT_SCOPED[facts.resource]) return collection
  const columns = collection.admin?.defaultColumns
  if (!columns || columns.includes('district')) return collection
  const at = columns.includes('_status') ? columns.indexOf('_status') : columns.length
  return {
    ...collection,
    admin: {
      ...collection.admin,
      defaultColumns: [...columns.slice(0, at), 'district', ...columns.slice(at)],
    },
  }
}

/** Every collection with a field that holds files keeps `media.usedPublicly` up to date. */
const withPublicUseTracking = (collection: CollectionConfig): CollectionConfig => {
  const fields = collection.slug === 'media' ? [] : mediaFieldsOf(collection.fields)
  if (!fields.length) return collection
  const tracking = trackPublicUse(fields)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), tracking.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), tracking.afterDelete],
    },
  }
}

/** Appends endpoints to a collection, after its own: the actions a collection gets by its facts. */
const withEndpoints = (collection: CollectionConfig, endpoints: Endpoint[]): CollectionConfig =>
  endpoints.length
    ? { ...collection, endpoints: [...(collection.endpoints || []), ...endpoints] }
    : collection

/**
 * The integration-network content model as a Payload plugin: its collections with their
 * fields, hooks and role-matrix access, the directory, search and OpenAPI endpoints, the
 * scheduled-publishing job, German and English admin texts, the content locales merged with
 * the host's, the districts as tenants of Payload's multi-tenant plugin, and the guards that
 * hold the access model at Payload's edges (src/guards/). Everything that lists collections
 * reads their declarations (src/lib/collectionFacts.ts) from the built config.
 */
export const integrationNetworks =
  (options: IntegrationNetworksOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const resolved = resolveOptions(options)
    const hostCollections = incoming.collections ?? []
    const ourSlugs = new Set(COLLECTIONS.map(({ slug }) => slug))
    const verify = verifyEndpoint(resolved.auditLog.record ? recordVerification : undefined)
    const hostLocales = (incoming.localization ? incoming.localization.locales : []).map((locale) =>
      typeof locale === 'string' ? { code: locale, label: locale } : locale,
    )
    // Ours in our order (German first; the host's entry where it has the same code), then the host's others.
    const ours = LOCALES.filter(({ code }) => resolved.locales.includes(code))
    const locales = [
      ...ours.map((locale) => hostLocales.find(({ code }) => code === locale.code) ?? { ...locale }),
      ...hostLocales.filter(({ code }) => !ours.some((locale) => locale.code === code)),
    ]

    const collections = [
      ...hostCollections.filter(({ slug }) => !ourSlugs.has(slug)),
      ...COLLECTIONS.map((ours) => {
        const host = hostCollections.find(({ slug }) => slug === ours.slug)
        return host ? mergeCollection(host, ours) : ours
      }),
    ]
      .map(withPublicUseTracking)
      // "Als geprüft markieren" where the facts say `verifiable` (src/endpoints/verify.ts).
      .map((collection) => withEndpoints(collection, factsOf(collection)?.verifiable ? [verify] : []))
      // "Maschinell übersetzen (Entwurf)" on district content (src/endpoints/machineTranslate.ts).
      .map((collection) =>
        withEndpoints(
          collection,
          factsOf(collection)?.resource === 'content' ? [machineTranslateEndpoint] : [],
        ),
      )
      .map(withDistrictColumn)
      .map((collection) => withLocaleOptions(collection, locales))
      // Every collection of ours writes the audit log (collections/hooks/recordAudit.ts).
      .map((collection) => (resolved.auditLog.record ? withAuditRecording(collection) : collection))
      // The host's collections too: a sort or where of theirs must not reach into ours unchecked.
      .map(hardenCollection)

    const config: Config = {
      ...incoming,
      collections,
      admin: {
        // Dates as German editors write them (src/lib/adminFormats.ts), unless the host says otherwise.
        dateFormat: DATE_TIME_FORMAT,
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          // "Meine Aufgaben" above the collections (src/endpoints/myTasks.ts).
          beforeDashboard: [
            ...(incoming.admin?.components?.beforeDashboard ?? []),
            '/src/components/MyTasks#MyTasks',
          ],
        },
        user: incoming.admin?.user ?? Users.slug,
      },
      custom: { ...incoming.custom, [OPTIONS_KEY]: resolved },
      endpoints: [
        ...(incoming.endpoints ?? []),
        searchEndpoint,
        openApiEndpoint,
        apiDocsEndpoint,
        myTasksEndpoint,
      ],
      graphQL: {
        ...incoming.graphQL,
        // Finding offers has its own query beside the collections' (the host's queries kept).
        queries: (graphQL, context) => ({
          ...incoming.graphQL?.queries?.(graphQL, context),
          ...findOffersQuery(graphQL, context),
        }),
      },
      i18n: {
        fallbackLanguage: 'de',
        ...incoming.i18n,
        supportedLanguages: { de, en, ...incoming.i18n?.supportedLanguages },
        translations: mergeTranslations(
          SIGN_IN_TRANSLATIONS,
          ADMIN_WORDING,
          incoming.i18n?.translations ?? {},
        ),
      },
      localization: {
        fallback: true,
        ...(incoming.localization || {}),
        locales,
        defaultLocale: incoming.localization ? incoming.localization.defaultLocale : 'de',
      },
      // Every mail goes through deliverOrQueue: tried once, retried by the sendMail job on failure.
      email: deliverOrQueue(
        incoming.email ?? logMailAdapter({ production: process.env.NODE_ENV === 'production' }),
      ),
      jobs: {
        ...incoming.jobs,
        // Scheduled publishing runs as a job; the server's cron checks the queue every minute.
        autoRun: incoming.jobs?.autoRun ?? [{ cron: '* * * * *', queue: 'default', limit: 50 }],
        // Mails that could not be sent at once (retried), and the audit log's daily retention.
        tasks: [
          ...(incoming.jobs?.tasks ?? []),
          sendMailTask,
          pruneAuditLogTask(resolved.auditLog.retentionDays),
          checkLinksTask(resolved.linkCheck),
          freshnessDigestTask(),
        ],
        // Over HTTP only the state admin may run or queue jobs.
        access: {
          run: ({ req }) => isAdmin(req.user),
          queue: ({ req }) => isAdmin(req.user),
          ...incoming.jobs?.access,
        },
      },
      hooks: { ...incoming.hooks, afterError: [...(incoming.hooks?.afterError ?? []), answerErrors] },
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
        ...({ InputError: 'info', UnauthorizedError: 'info', TooManyAttempts: 'info' } as Record<
          never,
          never
        >),
        ...incoming.loggingLevels,
      },
      // Payload adds its own collections (locks, preferences, jobs) only after the plugins ran:
      // they are guarded when Payload starts, before it answers any request.
      onInit: async (payload) => {
        hardenConfig(payload.config)
        // Every read and write passes the adapter: the public cache learns there what answers
        // depend on and what changed (src/lib/publicCache/instrumentAdapter.ts).
        instrumentAdapter(payload)
        if (resolved.auditLog.record) observeSignInFailures(payload, 'users')
        await incoming.onInit?.(payload)
      },
    }

    return multiTenantPlugin({
      tenantsSlug: Districts.slug,
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
      // Every collection whose documents belong to a district gets the district field; access
      // comes from the role matrix, not from the plugin. Accounts and audit entries belong to
      // several districts and have their own field for them.
      collections: Object.fromEntries(
        collections.flatMap((collection) => {
          const facts = factsOf(collection)
          return facts &&
            facts.resource !== 'users' &&
            facts.resource !== 'auditLog' &&
            DISTRICT_SCOPED[facts.resource]
            ? [[collection.slug, { useTenantAccess: false }]]
            : []
        }),
      ),
      userHasAccessToAllTenants: (user) => isAdmin(user as never),
    })(config)
  }

export type { IntegrationNetworksOptions } from './options'
