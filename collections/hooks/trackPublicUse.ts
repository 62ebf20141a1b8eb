import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Field,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'

import { idOf } from '../../src/lib/idOf'
import { relationsOf } from '../../src/lib/walkFields'

/** The collection whose files are tracked. */
export const MEDIA = 'media'

/** The fields of a collection that may hold files (top level, as `doc[field]`). */
export const mediaFieldsOf = (fields: readonly Field[]): string[] =>
  relationsOf(fields)
    .filter(({ relationTo, path }) => relationTo.includes(MEDIA) && !path.includes('.'))
    .map(({ path }) => path)

type Use = { collection: CollectionSlug; field: string; visible: Where | boolean }

const usesByConfig = new WeakMap<SanitizedConfig, Promise<Use[]>>()

/**
 * Where files are attached, and when the attaching document is public: what the collection's
 * own read access lets an anonymous client see. Found once per built config.
 */
const usesOf = (req: PayloadRequest): Promise<Use[]> => {
  const { config } = req.payload
  let uses = usesByConfig.get(config)
  if (!uses) {
    uses = Promise.all(
      config.collections
        .filter(({ slug }) => slug !== MEDIA && !slug.startsWith('payload-'))
        .flatMap((collection) =>
          mediaFieldsOf(collection.fields).map(async (field) => ({
            collection: collection.slug,
            field,
            visible: collection.access.read
              ? ((await collection.access.read({ req: { ...req, user: null } as PayloadRequest })) as
                  Where | boolean)
              : false,
          })),
        ),
    )
    usesByConfig.set(config, uses)
  }
  return uses
}

const mediaIds = (doc: Record<string, unknown> | undefined, field: string): string[] => {
  const value = doc?.[field]
  const values = Array.isArray(value) ? value : value ? [value] : []
  return values.map((item) => String(idOf(item)))
}

const isUsedPublicly = async (req: PayloadRequest, id: string): Promise<boolean> => {
  for (const { collection, field, visible } of await usesOf(req)) {
    if (visible === false) continue
    const where: Where = { and: [{ [field]: { in: [id] } }, ...(visible === true ? [] : [visible])] }
    const { totalDocs } = await req.payload.count({ collection, where, overrideAccess: true, req })
    if (totalDocs > 0) return true
  }
  return false
}

const refresh = async (req: PayloadRequest, ids: Set<string>) => {
  for (const id of ids) {
    const used = await isUsedPublicly(req, id)
    const media = await req.payload.findByID({
      collection: MEDIA as 'media',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (media && Boolean(media.usedPublicly) !== used) {
      await req.payload.update({
        collection: MEDIA as 'media',
        id,
        data: { usedPublicly: used },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
  }
}

const idsIn = (doc: Record<string, unknown> | undefined, fields: string[]) =>
  fields.flatMap((field) => mediaIds(doc, field))

/**
 * Keeps `media.usedPublicly` true exactly while a document the public may see (published, and
 * for persons listed) shows the file: so anonymous clients may fetch it, and only then. The
 * plugin adds these hooks to every collection with a field that holds files.
 */
export const trackPublicUse = (
  fields: string[],
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } => ({
  afterChange: async ({ doc, previousDoc, req }) => {
    await refresh(req, new Set([...idsIn(doc, fields), ...idsIn(previousDoc, fields)]))
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    await refresh(req, new Set(idsIn(doc, fields)))
    return doc
  },
})
