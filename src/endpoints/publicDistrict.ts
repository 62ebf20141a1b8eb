import type { PayloadRequest } from 'payload'

import { isLocaleCode, type LocaleCode } from '../lib/locales'
import { unknownLocale } from './badRequest'

/** A district as anonymous clients read it (the package does not know the host's generated types). */
export type PublicDistrict = { id: number; slug?: string | null; name?: string | null } & Record<
  string,
  unknown
>

/**
 * The district and locale of a public per-district endpoint (`/api/districts/:slug/…`): the
 * district as anonymous clients see it, or the answer to give instead (400 naming an unknown
 * locale, 404 for an unknown slug).
 */
export const publicDistrict = async (
  req: PayloadRequest,
): Promise<{ district: PublicDistrict; locale: LocaleCode } | Response> => {
  const slug = String(req.routeParams?.slug ?? '')
  const locale = typeof req.query?.locale === 'string' ? req.query.locale : 'de'
  if (!isLocaleCode(locale)) return unknownLocale(locale)
  // No req and no user: the Local API applies anonymous access, as the public sees it.
  const { docs } = await req.payload.find({
    collection: 'districts',
    where: { slug: { equals: slug } },
    overrideAccess: false,
    depth: 0,
    locale,
    fallbackLocale: 'de',
    pagination: false,
  })
  const district = docs[0] as PublicDistrict | undefined
  return district
    ? { district, locale }
    : Response.json({ errors: [{ message: `No district with the slug "${slug}".` }] }, { status: 404 })
}
