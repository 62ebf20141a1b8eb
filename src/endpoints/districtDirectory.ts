import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { isLocaleCode } from '../lib/locales'
import { unknownLocale } from './badRequest'

/** What the directory lists, with the key it appears under. */
const PARTS = [
  ['networks', 'networks'],
  ['principles', 'principles'],
  ['goals', 'goals'],
  ['targetGroups', 'target-groups'],
  ['workingGroups', 'working-groups'],
  ['actors', 'actors'],
  ['contacts', 'contacts'],
] as const satisfies ReadonlyArray<readonly [string, CollectionSlug]>

const notFound = (slug: string) =>
  Response.json({ errors: [{ message: `No district with the slug "${slug}".` }] }, { status: 404 })

/**
 * GET /api/districts/:slug/directory?locale=de — one district's whole published network graph
 * in one response (for static site generators and offline apps). Always what anonymous
 * clients may see, whoever asks: relationships as ids, files as URLs of public media.
 */
export const districtDirectory: Endpoint = {
  path: '/:slug/directory',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const slug = String(req.routeParams?.slug ?? '')
    const locale = typeof req.query?.locale === 'string' ? req.query.locale : 'de'
    if (!isLocaleCode(locale)) return unknownLocale(locale)
    // No req and no user: the Local API then applies anonymous access, as the public sees it.
    const anonymous = {
      overrideAccess: false,
      depth: 0,
      locale,
      fallbackLocale: 'de',
      pagination: false,
    } as const
    const { docs: districts } = await req.payload.find({
      ...anonymous,
      collection: 'districts',
      where: { slug: { equals: slug } },
    })
    const district = districts[0]
    if (!district) return notFound(slug)

    const inDistrict: Where = { district: { equals: district.id } }
    const entries = await Promise.all(
      PARTS.map(async ([key, collection]) => {
        const { docs } = await req.payload.find({
          ...anonymous,
          collection: collection as 'networks',
          where: inDistrict,
          sort: collection === 'principles' || collection === 'goals' ? 'order' : 'slug',
        })
        return [key, docs] as const
      }),
    )
    const [fieldsOfAction, media] = await Promise.all([
      req.payload.find({ ...anonymous, collection: 'fields-of-action', sort: 'name' }),
      req.payload.find({ ...anonymous, collection: 'media', where: inDistrict }),
    ])
    return Response.json({
      district,
      locale,
      generatedAt: new Date().toISOString(),
      ...Object.fromEntries(entries),
      fieldsOfAction: fieldsOfAction.docs,
      media: media.docs.map(({ id, url, alt, caption, mimeType, filename, width, height, sizes }) => ({
        id,
        url,
        alt,
        caption,
        mimeType,
        filename,
        width,
        height,
        sizes,
      })),
    })
  },
}
