/** Roles a user holds across all districts. `admin` is the state-level administrator. */
export const GLOBAL_ROLES = ['admin'] as const
export type GlobalRole = (typeof GLOBAL_ROLES)[number]

/** Roles a user holds within one district. */
export const DISTRICT_ROLES = ['district-admin', 'editor', 'author', 'viewer'] as const
export type DistrictRole = (typeof DISTRICT_ROLES)[number]

export const DISTRICT_ROLE_LABELS: Record<DistrictRole, { de: string; en: string }> = {
  'district-admin': { de: 'Kreis-Administration', en: 'District administrator' },
  editor: { de: 'Redaktion', en: 'Editor' },
  author: { de: 'Autorin / Autor', en: 'Author' },
  viewer: { de: 'Lesezugriff', en: 'Viewer' },
}
