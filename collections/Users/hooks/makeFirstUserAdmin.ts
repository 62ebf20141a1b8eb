import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account on an empty database is the state administrator: otherwise the
 * person who just installed the CMS could not create districts or invite anybody.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
