import type { CollectionSlug, Endpoint, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { DISTRICT_SCOPED } from '../../access/matrix'
import { camelCase, factsOf } from '../lib/collectionFacts'
import { publicDistrict } from './publicDistrict'

/**
 * What the directory lists, with the key it appears under: every collection that declares
 * `directory` (src/lib/collectionFacts.ts), in its `defaultSort`, else by slug (or id). District content
 * is the district's; state-wide data (fields of action) is listed whole.
 */
export const directoryParts = (collections: readonly SanitizedCollectionConfig[]) =>
  collections.flatMap((collection) => {
    const facts = factsOf(collection)
    if (!facts?.directory) return []
    return [
      {
        key: camelCase(collection.slug),
        collection: collection.slug as CollectionSlug,
        sort:
          typeof collection.defaultSort === 'string'
            ? collection.defaultSort
            : collection.flattenedFields.some(({ name }) => name === 'slug')
              ? 'slug'
              : 'id',
        ownedByDistrict: DISTRICT_SCOPED[facts.resource],
      },
    ]
  })

/**
 * Documents read at a time. A district's whole directory at once (1,000 contacts with their
 * phones, addresses and office hours) held over 100 MB of intermediate rows and objects per
 * request; in pages, only the documents themselves stay while the next page is read.
 */
export const DIRECTORY_PAGE_SIZE = 250

/**
 * GET /api/districts/:slug/directory?locale=de — one district's whole published network graph
 * in one response (for static site generators and offline apps). Always what anonymous
 * clients may see, whoever asks: relationships as ids, files as URLs of public media.
 */
export const districtDirectory: Endpoint = {
  path: '/:slug/directory',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const found = await publicDistrict(req)
    if (found instanceof Response) return found
    const { district, locale } = found
    // No req and no user: the Local API then applies anonymous access, as the public sees it.
    const anonymous = {
      overrideAccess: false,
      depth: 0,
      locale,
      fallbackLocale: 'de',
      pagination: false,
    } as const

    const inDistrict: Where = { district: { equals: district.id } }
    const entries = await Promise.all(
      directoryParts(req.payload.config.collections).map(
        async ({ key, collection, sort, ownedByDistrict }) => {
          const docs: unknown[] = []
          // Page after page, without counting (pagination: false still honours limit and page).
          // Ties are broken as Payload breaks them for a single sort (newest first), then by id,
          // so that no document falls between two pages.
          for (let page = 1; ; page++) {
            const { docs: more } = await req.payload.find({
              ...anonymous,
              collection,
              ...(ownedByDistrict ? { where: inDistrict } : {}),
              sort: sort === 'id' ? 'id' : [sort, '-createdAt', 'id'],
              limit: DIRECTORY_PAGE_SIZE,
              page,
            })
            docs.push(...more)
            if (more.length < DIRECTORY_PAGE_SIZE) break
          }
          return [key, docs] as const
        },
      ),
    )
    const media = await req.payload.find({ ...anonymous, collection: 'media', where: inDistrict })
    return Response.json({
      district,
      locale,
      generatedAt: new Date().toISOString(),
      ...Object.fromEntries(entries),
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
