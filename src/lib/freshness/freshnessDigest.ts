import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig, TaskConfig, Where } from 'payload'

import { declaredCollections } from '../collectionFacts'
import { idOf } from '../idOf'
import { absoluteUrl, adminDocumentUrl } from '../mail/links'
import { freshnessDigest, type FreshnessDigestFacts, type Language, languageOf } from '../mail/templates'
import { findStaleEntries, PUBLISHED_ENTRIES } from './staleEntries'

/** How many of a district's stale entries and broken links a digest lists (it counts them all). */
const STALE_LISTED = 20
const LINKS_LISTED = 10

/**
 * Who gets a district's digest: its editors and district admins, who publish there and can act on
 * all of it (authors and viewers would get a list of work that is not theirs).
 */
const RECIPIENT_ROLES: readonly string[] = ['editor', 'district-admin']

type Account = {
  id: number
  email?: string | null
  language?: string | null
  districts?: Array<{ district?: unknown; roles?: string[] | null }> | null
}

/** A collection's singular name in both languages (its `labels`), for "Beratungsstelle (Kontakt)". */
const kindOf = (collection: SanitizedCollectionConfig): Record<Language, string> => {
  const label = collection.labels?.singular
  const texts = (label && typeof label === 'object' ? label : {}) as Record<string, string>
  const fallback = typeof label === 'string' ? label : collection.slug
  return { de: texts.de ?? texts.en ?? fallback, en: texts.en ?? texts.de ?? fallback }
}

/**
 * A district's digest, without the recipient's language, or null when there is nothing to report:
 * its stale entries (src/lib/freshness/staleEntries.ts), per content locale the published entries
 * whose translation is missing or outdated (src/fields/translationStatusFields.ts), and the web
 * addresses that failed the link check (collections/LinkChecks). Read as the server: the
 * recipients are the district's own editors.
 */
const digestOf = async (
  req: PayloadRequest,
  district: { id: number; name: string; staleAfterMonths?: number | null },
  now: Date,
): Promise<Omit<FreshnessDigestFacts, 'language'> | null> => {
  const { payload } = req
  const content = declaredCollections(payload.config.collections, 'content')
  const byCollection = new Map(payload.config.collections.map((collection) => [collection.slug, collection]))
  const localization = payload.config.localization
  const locales = localization
    ? localization.localeCodes.filter((code) => code !== localization.defaultLocale)
    : []
  const inDistrict: Where[] = [...PUBLISHED_ENTRIES, { district: { equals: district.id } }]
  const count = async (collection: string, where: Where[]) =>
    (await payload.count({ collection: collection as CollectionSlug, where: { and: where }, req })).totalDocs

  const translationsOf = async () => {
    // Only collections with published entries here are asked per locale.
    const present = (
      await Promise.all(content.map(async ({ slug }) => ((await count(slug, inDistrict)) ? [slug] : [])))
    ).flat()
    return Promise.all(
      locales.map(async (locale) => {
        const total = async (field: 'translationsMissing' | 'translationsOutdated') =>
          (
            await Promise.all(
              present.map((slug) => count(slug, [...inDistrict, { [field]: { in: [locale] } }])),
            )
          ).reduce((sum, n) => sum + n, 0)
        const [missing, outdated] = await Promise.all([
          total('translationsMissing'),
          total('translationsOutdated'),
        ])
        return { locale, missing, outdated }
      }),
    )
  }

  const [stale, translations, checks] = await Promise.all([
    findStaleEntries(payload, { districts: [district], now, limit: STALE_LISTED }),
    translationsOf(),
    payload.find({
      collection: 'link-checks',
      where: { and: [{ district: { equals: district.id } }, { outcome: { not_equals: 'ok' } }] },
      // Failing longest first: those are surely broken, not one bad night of a server.
      sort: 'failingSince',
      limit: LINKS_LISTED,
      depth: 0,
      req,
    }),
  ])
  const toTranslate = translations.some(({ missing, outdated }) => missing + outdated > 0)
  if (!stale.total && !checks.totalDocs && !toTranslate) return null
  return {
    district: district.name,
    stale: {
      total: stale.total,
      entries: stale.docs.map((entry) => ({
        title: entry.title,
        kind: kindOf(byCollection.get(entry.collection as CollectionSlug)!),
        verifiedAt: entry.verifiedAt ? new Date(entry.verifiedAt) : null,
        link: adminDocumentUrl(payload, entry.collection, entry.id),
      })),
    },
    translations,
    brokenLinks: {
      total: checks.totalDocs,
      links: checks.docs.map((check) => ({
        url: check.url,
        title: check.title || `${check.collection} ${check.documentId}`,
        problem: check.status ? `HTTP ${check.status}` : (check.reason ?? null),
        link: adminDocumentUrl(payload, check.collection, check.documentId),
      })),
    },
    dashboard: absoluteUrl(payload, payload.config.routes.admin),
  }
}

/**
 * Sends every district's digest to its editors and district admins, each in their language, and
 * answers how many mails went out. A district with nothing to report, or nobody to tell, gets
 * none. Mails go through deliverOrQueue: a down SMTP server delays them, it fails nothing.
 */
export const sendFreshnessDigests = async (req: PayloadRequest, now = new Date()): Promise<number> => {
  const { payload } = req
  // Whoever could receive a digest, once: members with one of the roles in some district.
  const { docs: accounts } = (await payload.find({
    collection: 'users',
    where: { 'districts.roles': { in: [...RECIPIENT_ROLES] } },
    depth: 0,
    pagination: false,
    req,
  })) as unknown as { docs: Account[] }
  const { docs: districts } = await payload.find({
    collection: 'districts',
    depth: 0,
    pagination: false,
    sort: 'name',
    req,
  })
  let sent = 0
  for (const district of districts) {
    const recipients = accounts.filter(
      (account): account is Account & { email: string } =>
        Boolean(account.email) &&
        Boolean(
          account.districts?.some(
            (membership) =>
              String(idOf(membership.district)) === String(district.id) &&
              membership.roles?.some((role) => RECIPIENT_ROLES.includes(role)),
          ),
        ),
    )
    if (!recipients.length) continue
    const digest = await digestOf(req, district, now)
    if (!digest) continue
    for (const recipient of recipients) {
      await payload.sendEmail({
        to: recipient.email,
        ...freshnessDigest({ ...digest, language: languageOf(recipient) }),
      })
      sent++
    }
  }
  return sent
}

/** The weekly digest to each district's editors (src/plugin/index.ts schedules it). */
export const freshnessDigestTask = (): TaskConfig<'freshnessDigest'> => ({
  slug: 'freshnessDigest',
  label: "Weekly digest of stale entries, translations and broken links to each district's editors",
  // Mondays at 06:30 (seconds first), before the week's work begins.
  schedule: [{ cron: '0 30 6 * * 1', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { sent: await sendFreshnessDigests(req) } }),
})
