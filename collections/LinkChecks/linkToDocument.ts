import type { CollectionAdminOptions } from 'payload'

/**
 * Where a link check's row leads in the admin's list: to the entry that holds the address, whose
 * form is where it is fixed (the row itself is read-only). A row that names no plausible document
 * keeps its own page.
 */
export const linkToDocument: NonNullable<CollectionAdminOptions['formatDocURL']> = ({ defaultURL, doc }) => {
  const { collection, documentId } = doc as { collection?: unknown; documentId?: unknown }
  if (typeof collection !== 'string' || !/^[a-z][a-z0-9-]*$/.test(collection)) return defaultURL
  if (typeof documentId !== 'string' || !/^\d+$/.test(documentId)) return defaultURL
  return defaultURL.replace(/\/collections\/[^/]+\/[^/]+$/, `/collections/${collection}/${documentId}`)
}
