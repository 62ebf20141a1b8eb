import { type CollectionSlug, docAccessOperation, type PayloadRequest } from 'payload'

import { isId } from './checkValues'

const collectionOf = (req: PayloadRequest, slug: unknown) =>
  typeof slug === 'string' ? req.payload.collections[slug as CollectionSlug] : undefined

/** Whether the caller may read this document (drafts and trash included, as the admin shows them). */
export const mayRead = async (req: PayloadRequest, slug: unknown, id: unknown): Promise<boolean> => {
  const collection = collectionOf(req, slug)
  if (!collection || !isId(id)) return false
  const found = await req.payload.find({
    collection: collection.config.slug,
    where: { id: { equals: Number(id) } },
    draft: Boolean(collection.config.versions),
    trash: Boolean(collection.config.trash),
    depth: 0,
    limit: 1,
    pagination: false,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs.length > 0
}

/**
 * Whether the caller may change this document; with `data: { _status: 'published' }`, whether
 * they may publish it. The same evaluation the admin uses for its buttons (docAccessOperation).
 */
export const mayUpdate = async (
  req: PayloadRequest,
  slug: unknown,
  id: unknown,
  data?: Record<string, unknown>,
): Promise<boolean> => {
  const collection = collectionOf(req, slug)
  if (!collection || !isId(id) || !req.user) return false
  const permissions = await docAccessOperation({ id: Number(id), collection, data, req })
  return Boolean((permissions as { update?: unknown }).update)
}
