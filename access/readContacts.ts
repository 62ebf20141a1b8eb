import type { Where } from 'payload'

import { contentReader, PUBLISHED } from './contentAccess'

/** Offices, and persons who agreed to be listed: the only contacts seen outside their district. */
export const LISTED: Where = {
  or: [{ kind: { equals: 'office' } }, { 'publicListing.consent': { equals: true } }],
}

/** What anybody may see of contacts: published, outside the trash, and listed. */
export const PUBLIC_CONTACTS: Where = { and: [PUBLISHED, LISTED] }

/**
 * Like other content, except that a person without recorded consent is not listed at all
 * outside their district: not even a where on the name can find them there.
 */
export const readContacts = contentReader(PUBLIC_CONTACTS)
