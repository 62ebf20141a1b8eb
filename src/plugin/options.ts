import { DEFAULT_AUDIT_RETENTION_DAYS } from '../lib/auditRetention'
import type { GeocoderSettings } from '../lib/geocoder'
import {
  DEFAULT_LINK_CHECK,
  LINK_CHECK_LIMITS,
  type LinkCheckSettings,
  withinLimit,
} from '../lib/linkCheck/linkCheckFromEnv'
import { LOCALE_CODES, type LocaleCode } from '../lib/locales'
import type { MachineTranslationSettings } from '../lib/machineTranslation/settings'
import { DEFAULT_INVITATION_EXPIRY_HOURS } from '../lib/mail/invitationExpiry'
import type { State } from '../lib/state'
import { SACHSEN_ANHALT } from './states/sachsenAnhalt'

/**
 * Parts that later issues add (events, webhooks, an HSDS export). Each is off unless switched
 * on; none exists yet, so switching one on is refused. Offers and places are part of the model
 * itself: actors and contacts point to places. The audit log is part of it too
 * (`auditLog` below).
 */
export const OPTIONAL_PARTS = ['events', 'webhooks', 'hsds'] as const
export type OptionalPart = (typeof OPTIONAL_PARTS)[number]

/** The audit log (collections/AuditLog). */
export type AuditLogOptions = {
  /**
   * Whether changes are recorded. Default: true. `false` keeps the collection (and what it holds)
   * but writes no entries; meant for measuring what recording costs (bench/README.md).
   */
  record?: boolean
  /**
   * Days an entry is kept before the daily job deletes it; 0 keeps entries forever. Default: 365
   * (`auditRetentionDaysFromEnv(process.env)` reads AUDIT_RETENTION_DAYS).
   */
  retentionDays?: number
}

export type IntegrationNetworksOptions = {
  /**
   * Content locales, German first (the default locale and the fallback). Default: all the
   * plugin knows (de, en, ar, fa, ru, uk, tr). The host's own locales are kept beside them.
   */
  locales?: readonly LocaleCode[]
  /** The state whose districts are the tenants, with its districts for the seed. Default: Sachsen-Anhalt. */
  state?: State
  /** Optional parts to switch on. */
  parts?: Partial<Record<OptionalPart, boolean>>
  /**
   * A Nominatim-compatible geocoder that fills the coordinates of places from their address
   * (`geocoderFromEnv(process.env)` reads GEOCODER_URL). Default: none, and no request leaves
   * the server.
   */
  geocoder?: GeocoderSettings | null
  /**
   * The map on a place's form: a tile URL with {z}, {x} and {y}, e.g.
   * 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'. Default: no map (the editors' browsers
   * then ask no tile server).
   */
  mapTiles?: { url: string; attribution: string } | null
  auditLog?: AuditLogOptions
  /**
   * How long an invitation's set-password link works, in hours
   * (`invitationExpiryHoursFromEnv(process.env)` reads INVITATION_EXPIRY_HOURS). Default: a week.
   */
  invitationExpiryHours?: number
  /**
   * A DeepL- or LibreTranslate-compatible service that fills missing or outdated translations
   * as drafts on an editor's request (`machineTranslationFromEnv(process.env)` reads
   * TRANSLATION_PROVIDER*). Default: none, and no text leaves the server.
   */
  machineTranslation?: MachineTranslationSettings | null
  /**
   * The nightly check of the web addresses in published content (collections/LinkChecks/;
   * `linkCheckFromEnv(process.env)` reads LINK_CHECK_*). Default: 4 at once, 10 s per request,
   * no private addresses.
   */
  linkCheck?: Partial<LinkCheckSettings>
}

export type ResolvedOptions = Required<
  Omit<IntegrationNetworksOptions, 'parts' | 'auditLog' | 'linkCheck'>
> & {
  parts: Record<OptionalPart, boolean>
  auditLog: Required<AuditLogOptions>
  linkCheck: LinkCheckSettings
}

/** The options with their defaults; refuses what cannot work, naming the option. */
export const resolveOptions = (options: IntegrationNetworksOptions = {}): ResolvedOptions => {
  const locales = options.locales ?? LOCALE_CODES
  if (locales[0] !== 'de') {
    throw new Error(
      'integrationNetworks({ locales }): German (de) must come first: it is the default locale.',
    )
  }
  const unknown = locales.filter((code) => !LOCALE_CODES.includes(code))
  if (unknown.length) {
    throw new Error(
      `integrationNetworks({ locales }): unknown locale ${unknown.join(', ')}; known: ${LOCALE_CODES.join(', ')}.`,
    )
  }
  const parts = Object.fromEntries(
    OPTIONAL_PARTS.map((part) => [part, Boolean(options.parts?.[part])]),
  ) as Record<OptionalPart, boolean>
  const missing = OPTIONAL_PARTS.filter((part) => parts[part])
  if (missing.length) {
    throw new Error(`integrationNetworks({ parts }): ${missing.join(', ')} not available in this version.`)
  }
  const mapTiles = options.mapTiles ?? null
  if (mapTiles && !/^https:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/.test(mapTiles.url)) {
    throw new Error(
      `integrationNetworks({ mapTiles }): the url must be https:// with {z}, {x} and {y}, got "${mapTiles.url}".`,
    )
  }
  const retentionDays = options.auditLog?.retentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS
  if (!Number.isInteger(retentionDays) || retentionDays < 0) {
    throw new Error(
      `integrationNetworks({ auditLog: { retentionDays } }): a whole number of days, 0 for forever; got ${retentionDays}.`,
    )
  }
  const invitationExpiryHours = options.invitationExpiryHours ?? DEFAULT_INVITATION_EXPIRY_HOURS
  if (!(invitationExpiryHours > 0)) {
    throw new Error(
      `integrationNetworks({ invitationExpiryHours }): must be a positive number of hours, got ${invitationExpiryHours}.`,
    )
  }
  const linkCheck: LinkCheckSettings = {
    concurrency: options.linkCheck?.concurrency ?? DEFAULT_LINK_CHECK.concurrency,
    timeoutMs: options.linkCheck?.timeoutMs ?? DEFAULT_LINK_CHECK.timeoutMs,
    allowPrivate: options.linkCheck?.allowPrivate === true,
  }
  for (const name of Object.keys(LINK_CHECK_LIMITS) as Array<keyof typeof LINK_CHECK_LIMITS>) {
    if (!withinLimit(name, linkCheck[name])) {
      const { min, max } = LINK_CHECK_LIMITS[name]
      throw new Error(
        `integrationNetworks({ linkCheck: { ${name} } }): a whole number between ${min} and ${max}, got ${linkCheck[name]}.`,
      )
    }
  }
  return {
    locales,
    state: options.state ?? SACHSEN_ANHALT,
    auditLog: { record: options.auditLog?.record ?? true, retentionDays },
    parts,
    geocoder: options.geocoder ?? null,
    mapTiles,
    invitationExpiryHours,
    linkCheck,
    machineTranslation: options.machineTranslation ?? null,
  }
}
