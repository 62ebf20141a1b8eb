import type { FilterOptions } from 'payload'

import { idOf } from '../lib/idOf'

/**
 * Limits a relationship to documents of the editing document's district: the picker offers
 * nothing else, and saving a reference into another district fails validation. Without a
 * district there is nothing to point at (never "anything").
 */
export const sameDistrict: FilterOptions = ({ data }) => {
  const district = idOf((data as { district?: unknown } | undefined)?.district)
  return district ? { district: { equals: district } } : false
}
