import type { CollectionSlug, Payload, Where } from 'payload'

import { declaredCollections } from '../../src/lib/collectionFacts'
import { idOf } from '../../src/lib/idOf'
import { linkFieldsOf, urlsAt } from './linkFields'

/** One web address in one field of one published document: what a link-check row is about. */
export type PublishedLink = {
  collection: string
  documentId: string
  /** The field's path, arrays collapsed (`links.url`). */
  field: string
  url: string
  /** The document's title in German, as the admin lists it. */
  title: string | null
  district: number | null
}

/** Documents read per query: a page of a large collection, not the whole of it in memory at once. */
const PAGE = 200

type Doc = Record<string, unknown> & { id: number }

/**
 * Every web address in the published documents of the district content collections (drafts and
 * the trash are not public, so not checked), of every district or of those given, read page by
 * page as the server: no user's access applies, and the caller's request is not passed on. The
 * state-wide collections (a district's own website) are not district content and stay out.
 */
export const publishedLinks = async (payload: Payload, districts?: number[]): Promise<PublishedLink[]> => {
  const links: PublishedLink[] = []
  for (const collection of declaredCollections(payload.config.collections, 'content')) {
    const fields = linkFieldsOf(collection.fields)
    if (!fields.length) continue
    const titleField = collection.admin?.useAsTitle ?? 'id'
    // The top-level fields holding the addresses, the title and the district; nothing else.
    const select = Object.fromEntries(
      [titleField, 'district', ...fields.map((path) => path.split('.')[0]!)].map((name) => [name, true]),
    )
    for (let after = 0; ;) {
      const where: Where = {
        and: [
          { _status: { equals: 'published' } },
          { id: { greater_than: after } },
          ...(districts ? [{ district: { in: districts } }] : []),
        ],
      }
      const { docs } = (await payload.find({
        collection: collection.slug as CollectionSlug,
        where,
        sort: 'id',
        limit: PAGE,
        pagination: false,
        depth: 0,
        draft: false,
        locale: 'de',
        select: select as never,
        overrideAccess: true,
      })) as unknown as { docs: Doc[] }
      for (const doc of docs) {
        const title = doc[titleField]
        const district = idOf(doc.district)
        for (const field of fields) {
          // An address twice in one field (two rows of a list) is one row of the link check.
          for (const url of new Set(urlsAt(doc, field))) {
            links.push({
              collection: collection.slug,
              documentId: String(doc.id),
              field,
              url,
              title: title === null || title === undefined || title === '' ? null : String(title),
              district: typeof district === 'number' ? district : null,
            })
          }
        }
      }
      if (docs.length < PAGE) break
      after = docs[docs.length - 1]!.id
    }
  }
  return links
}
