/** The kinds of district a German state has. */
export const DISTRICT_KINDS = ['landkreis', 'kreisfreie-stadt', 'landeshauptstadt'] as const
export type DistrictKind = (typeof DISTRICT_KINDS)[number]

/** A district as the state lists it: what the seed creates for each. */
export type StateDistrict = { slug: string; name: string; officialKey: string; kind: DistrictKind }

/** The state whose districts the integration networks belong to. */
export type State = { name: string; districts: readonly StateDistrict[] }
