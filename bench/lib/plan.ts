/**
 * What a scale factor means: scale 1 is four districts with their networks, 1,000 actors and
 * 4,000 contacts; scale 100 is about all German districts (400) with 100,000 actors and
 * 400,000 contacts. Every district gets the same share, so per-district pages stay alike.
 */
export type Plan = {
  scale: number
  districts: number
  /** Clones per collection, keyed by main table. */
  counts: Record<ContentTable, number>
}

/** Cloned collections in the order they are written (references point backwards where they can). */
export const CONTENT_TABLES = [
  'networks',
  'target_groups',
  'principles',
  'actors',
  'contacts',
  'working_groups',
  'goals',
] as const
export type ContentTable = (typeof CONTENT_TABLES)[number]

export const SLUGS: Record<ContentTable | 'districts', string> = {
  districts: 'districts',
  networks: 'networks',
  target_groups: 'target-groups',
  principles: 'principles',
  actors: 'actors',
  contacts: 'contacts',
  working_groups: 'working-groups',
  goals: 'goals',
}

/** Documents per scale unit (four districts). */
const PER_SCALE: Record<ContentTable, number> = {
  networks: 10,
  target_groups: 40,
  principles: 20,
  actors: 1_000,
  contacts: 4_000,
  working_groups: 50,
  goals: 80,
}

export const planFor = (scale: number): Plan => {
  const districts = Math.round(scale * 4)
  if (!(scale > 0) || districts < 1 || Math.abs(districts - scale * 4) > 1e-9) {
    throw new Error(`--scale must be a positive multiple of 0.25 (1, 10, 100 …), got ${scale}`)
  }
  const counts = Object.fromEntries(
    CONTENT_TABLES.map((table) => [table, Math.round(PER_SCALE[table] * scale)]),
  ) as Record<ContentTable, number>
  return { scale, districts, counts }
}
