import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

export type Referrer = { collection: CollectionSlug; field: string }

/**
 * Refuses to delete a document that others still point to, naming the referrers, so that
 * no reference is left dangling. (Moving it to the trash stays possible.)
 */
export const preventDeleteWhenReferenced =
  (referrers: Referrer[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const found: string[] = []
    for (const { collection, field } of referrers) {
      const { docs } = await req.payload.find({
        collection,
        where: { [field]: { equals: id } },
        limit: 5,
        depth: 0,
        draft: true,
        trash: true,
        overrideAccess: true,
        req,
      })
      const config = req.payload.collections[collection].config
      const titleField = config.admin?.useAsTitle ?? 'id'
      for (const doc of docs) {
        found.push(
          `${collection} „${String((doc as unknown as Record<string, unknown>)[titleField] ?? doc.id)}“ (${field})`,
        )
      }
    }
    if (found.length) {
      throw new APIError(
        `Wird noch verwendet und kann nicht gelöscht werden: ${found.join(', ')}. / Still referenced by: ${found.join(', ')}.`,
        409,
        { referrers: found },
        true,
      )
    }
  }
