/**
 * The integration-network content model for Payload 3, as a plugin:
 * `plugins: [integrationNetworks({ … })]` in a host's `buildConfig`.
 */
export { contentCollection } from '../collections/contentCollection'
export { auditRetentionDaysFromEnv } from './lib/auditRetention'
export type { CollectionFacts, Resource, SearchSource } from './lib/collectionFacts'
export { declare } from './lib/collectionFacts'
export type { State, StateDistrict } from './lib/state'
export { integrationNetworks, optionsOf } from './plugin'
export type { AuditLogOptions, IntegrationNetworksOptions } from './plugin/options'
export { SACHSEN_ANHALT } from './plugin/states/sachsenAnhalt'
// Hosts on Node 20 need it before they import @payloadcms/richtext-lexical (see the function).
export { preloadLexical } from './lib/preloadLexical'
