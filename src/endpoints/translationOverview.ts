import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { grantsIn } from '../../access/districtsGranting'
import { isAdmin } from '../../access/isAdmin'
import { cellOf } from '../../access/matrix'
import { declaredCollections } from '../lib/collectionFacts'
import { badRequest } from './badRequest'

export type TranslationCounts = { current: number; outdated: number; missing: number; total: number }
export type LocaleOverview = TranslationCounts & {
  locale: string
  collections: Record<string, TranslationCounts>
}
export type TranslationOverview = { district: number; locales: LocaleOverview[] }

const counts = { type: 'integer', minimum: 0 }
const COUNTS_SCHEMA = {
  type: 'object',
  required: ['current', 'outdated', 'missing', 'total'],
  properties: { current: counts, outdated: counts, missing: counts, total: counts },
}

/** The answer's JSON Schema, for the OpenAPI document. */
export const TRANSLATION_OVERVIEW_SCHEMA = {
  type: 'object',
  required: ['district', 'locales'],
  properties: {
    district: { type: 'integer' },
    locales: {
      type: 'array',
      items: {
        type: 'object',
        required: ['locale', 'current', 'outdated', 'missing', 'total', 'collections'],
        properties: {
          locale: { type: 'string' },
          ...COUNTS_SCHEMA.properties,
          collections: { type: 'object', additionalProperties: COUNTS_SCHEMA },
        },
      },
    },
  },
}

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * Per translated locale, how many of a district's published documents of one collection have
 * a translation that is current, outdated or missing (src/fields/translationStatusFields.ts),
 * counted with the caller's own access.
 */
const countCollection = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  district: number,
  locales: readonly string[],
): Promise<Record<string, TranslationCounts>> => {
  const published: Where[] = [{ district: { equals: district } }, { _status: { equals: 'published' } }]
  const count = async (...where: Where[]) =>
    (
      await req.payload.count({
        collection,
        where: { and: [...published, ...where] },
        overrideAccess: false,
        user: req.user,
      })
    ).totalDocs
  const [total, ...perLocale] = await Promise.all([
    count(),
    ...locales.flatMap((locale) => [
      count({ translationsOutdated: { in: [locale] } }),
      count({ translationsMissing: { in: [locale] } }),
    ]),
  ])
  return Object.fromEntries(
    locales.map((locale, index) => {
      const outdated = perLocale[2 * index]!
      const missing = perLocale[2 * index + 1]!
      return [locale, { current: total! - outdated - missing, outdated, missing, total: total! }]
    }),
  )
}

/**
 * GET /api/districts/:id/translation-status?locale=ar — per locale other than German (or the
 * one asked for), how many of the district's published documents of every district content
 * collection have their translation current, outdated or missing, in total and per collection.
 * For the district's members (any role) and the state admin, counted with their access.
 */
export const translationOverview: Endpoint = {
  path: '/:id/translation-status',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return problem(401, 'Sign in to see the translation status.')
    const { localization } = req.payload.config
    const translated = localization
      ? localization.localeCodes.filter((code) => code !== localization.defaultLocale)
      : []
    const asked = req.query?.locale
    if (asked !== undefined && (typeof asked !== 'string' || !translated.includes(asked))) {
      const choice = `use one of ${translated.join(', ')}`
      return badRequest(
        'locale',
        localization && asked === localization.defaultLocale
          ? `"${asked}" is the language translated from, not a translation: ${choice}.`
          : `Unknown locale "${String(asked)}": ${choice}.`,
      )
    }
    const id = String(req.routeParams?.id ?? '')
    const district = /^\d{1,9}$/.test(id)
      ? await req.payload.findByID({
          collection: 'districts',
          id: Number(id),
          depth: 0,
          overrideAccess: false,
          user: req.user,
          disableErrors: true,
        })
      : null
    if (!district) return problem(404, `No district with the id "${id}".`)
    if (!isAdmin(req.user) && !grantsIn(req.user, cellOf('content', 'read'), district.id)) {
      return problem(403, 'Only members of the district see its translation status.')
    }

    const locales = asked ? [asked] : translated
    const collections = declaredCollections(req.payload.config.collections, 'content')
    const bySlug: Record<string, Record<string, TranslationCounts>> = {}
    // One collection after another: its counts run together, all of them at once would take
    // the whole connection pool for one request.
    for (const { slug } of collections) {
      bySlug[slug] = await countCollection(req, slug as CollectionSlug, district.id, locales)
    }
    const sum = (entries: TranslationCounts[]): TranslationCounts =>
      entries.reduce(
        (total, entry) => ({
          current: total.current + entry.current,
          outdated: total.outdated + entry.outdated,
          missing: total.missing + entry.missing,
          total: total.total + entry.total,
        }),
        { current: 0, outdated: 0, missing: 0, total: 0 },
      )
    const answer: TranslationOverview = {
      district: district.id,
      locales: locales.map((locale) => {
        const perCollection = Object.fromEntries(
          Object.entries(bySlug).map(([slug, perLocale]) => [slug, perLocale[locale]!]),
        )
        return { locale, ...sum(Object.values(perCollection)), collections: perCollection }
      }),
    }
    return Response.json(answer)
  },
}
