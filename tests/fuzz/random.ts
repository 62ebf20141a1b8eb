/**
 * A seeded pseudo-random generator (mulberry32 over a cyrb53 hash of the seed): the same seed
 * and index always give the same request, on any machine and Node version.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer from min to max, both included. */
  int: (min: number, max: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Up to `count` distinct items, in the order drawn. */
  some: <T>(items: readonly T[], count: number) => T[]
}

/** cyrb53: a fast 53-bit string hash, good enough to spread seeds. */
export const hashString = (text: string): number => {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

export const createRandom = (seed: string): Random => {
  let state = hashString(seed) >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[int(0, items.length - 1)]!
  }
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    some: (items, count) => {
      const pool = [...items]
      const chosen: (typeof items)[number][] = []
      while (chosen.length < count && pool.length > 0)
        chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]!)
      return chosen
    },
  }
}
