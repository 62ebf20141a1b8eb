/**
 * What a scale factor means: scale 1 is four districts with their networks, 1,000 actors,
 * 4,000 contacts, 1,000 places and 1,000 offers; scale 100 is about all German districts (400)
 * with 100,000 actors, 400,000 contacts, 100,000 places and 100,000 offers. Every district gets
 * the same share, so per-district pages stay alike.
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
  'places',
  'offers',
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
  places: 'places',
  offers: 'offers',
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
  places: 1_000,
  offers: 1_000,
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

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/**
 * The longest head of a template list whose length shares no factor with the number of
 * districts: clone g copies template (g - 1) mod n and lies in district (g - 1) mod D + 1, so
 * with a common factor a district would get copies of a few templates only.
 */
export const primeTo = <T>(templates: T[], districts: number): T[] => {
  let n = templates.length
  while (n > 1 && gcd(n, districts) > 1) n--
  return templates.slice(0, n)
}
