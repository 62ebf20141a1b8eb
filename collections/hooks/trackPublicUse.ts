import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'

import { PUBLISHED } from '../../access/contentAccess'
import { PUBLIC_CONTACTS } from '../../access/readContacts'
import { idOf } from '../../src/lib/idOf'

/** Where media are attached, and when the attaching document is public. */
const USES: Array<{ collection: CollectionSlug; field: string; visible?: Where }> = [
  { collection: 'networks', field: 'downloads', visible: PUBLISHED },
  { collection: 'actors', field: 'logo', visible: PUBLISHED },
  { collection: 'contacts', field: 'photo', visible: PUBLIC_CONTACTS },
  { collection: 'districts', field: 'coatOfArms' },
]

const mediaIds = (doc: Record<string, unknown> | undefined, field: string): string[] => {
  const value = doc?.[field]
  const values = Array.isArray(value) ? value : value ? [value] : []
  return values.map((item) => String(idOf(item)))
}

const isUsedPublicly = async (req: PayloadRequest, id: string): Promise<boolean> => {
  for (const { collection, field, visible } of USES) {
    const where: Where = { and: [{ [field]: { in: [id] } }, ...(visible ? [visible] : [])] }
    const { totalDocs } = await req.payload.count({
      collection: collection as 'networks',
      where,
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return true
  }
  return false
}

const refresh = async (req: PayloadRequest, ids: Set<string>) => {
  for (const id of ids) {
    const used = await isUsedPublicly(req, id)
    const media = await req.payload.findByID({
      collection: 'media',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (media && Boolean(media.usedPublicly) !== used) {
      await req.payload.update({
        collection: 'media',
        id,
        data: { usedPublicly: used },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
  }
}

/**
 * Keeps `media.usedPublicly` true exactly while a published (and, for persons, listed)
 * document shows the file: so anonymous clients may fetch it, and only then.
 */
export const trackPublicUse = (
  field: string,
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } => ({
  afterChange: async ({ doc, previousDoc, req }) => {
    await refresh(req, new Set([...mediaIds(doc, field), ...mediaIds(previousDoc, field)]))
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    await refresh(req, new Set(mediaIds(doc, field)))
    return doc
  },
})
