import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type SanitizedConfig } from 'payload'

import { factsOf } from '../../src/lib/collectionFacts'
import { referrersOf } from '../../src/lib/walkFields'

/** Who points at whom, found once per built config by walking every collection's fields. */
const referrersByConfig = new WeakMap<
  SanitizedConfig,
  Map<string, Array<{ collection: string; field: string }>>
>()

const referrers = (config: SanitizedConfig, slug: string) => {
  let bySlug = referrersByConfig.get(config)
  if (!bySlug) referrersByConfig.set(config, (bySlug = new Map()))
  let found = bySlug.get(slug)
  // Payload's own collections (versions, locks, preferences) keep their own records; the audit
  // log's references are history (it keeps a title and a label for when they are gone).
  if (!found) {
    bySlug.set(
      slug,
      (found = referrersOf(
        config.collections.filter(
          (other) => !other.slug.startsWith('payload-') && factsOf(other)?.resource !== 'auditLog',
        ),
        slug,
      )),
    )
  }
  return found
}

/**
 * Refuses to delete a document that others still point to, naming the referrers, so that
 * no reference is left dangling. (Moving it to the trash stays possible.) The referrers are
 * every relationship or upload field of the built config that may hold this collection's
 * documents, the host's collections included.
 */
export const preventDeleteWhenReferenced: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const found: string[] = []
  for (const { collection: slug, field } of referrers(req.payload.config, collection.slug)) {
    const referrer = req.payload.collections[slug as CollectionSlug].config
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      where: { [field]: { equals: id } },
      limit: 5,
      depth: 0,
      draft: Boolean(referrer.versions?.drafts),
      trash: Boolean(referrer.trash),
      overrideAccess: true,
      req,
    })
    const titleField = referrer.admin?.useAsTitle ?? 'id'
    for (const doc of docs) {
      found.push(
        `${slug} „${String((doc as unknown as Record<string, unknown>)[titleField] ?? doc.id)}“ (${field})`,
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
