import type { FilterOptions } from 'payload'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Limits a relationship to documents of the editing document's district: the picker offers
 * nothing else, and saving a reference into another district fails validation.
 */
export const sameDistrict: FilterOptions = ({ data }) => {
  const district = idOf((data as { district?: unknown } | undefined)?.district)
  return district ? { district: { equals: district } } : true
}
