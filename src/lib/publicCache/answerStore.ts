/**
 * Published answers kept in memory, bounded by bytes, least recently used out first. Each
 * answer names the collections it was computed from (its tags); a change to one of them removes
 * it. A change that arrives while an answer is being computed keeps that answer out: whoever
 * computes one takes a `Snapshot` first and stores only if none of its tags changed since.
 */
export type StoredAnswer = {
  status: number
  headers: Array<[string, string]>
  body: Buffer
  /** The body gzipped, made on the first hit that accepts gzip. */
  gzip?: Buffer
  etag: string
  tags: ReadonlySet<string>
  /**
   * When the answer stops being true although nothing was written (epoch ms): answers that
   * depend on the clock, such as "open now" (the handler's `Expires` header).
   */
  expiresAt?: number
}

/** Which changes an answer computed from now on has seen. */
export type Snapshot = { readonly epoch: number; readonly versions: ReadonlyMap<string, number> }

type Entry = StoredAnswer & { bytes: number }

/** Every tag, as in "everything changed" (a migration, a seed, a lost notification). */
export const ALL = '*'

/** Bookkeeping per entry beyond its bytes (key, headers, map slots). */
const OVERHEAD = 512

export class AnswerStore {
  private readonly entries = new Map<string, Entry>()
  private readonly versions = new Map<string, number>()
  private epoch = 0
  private bytes = 0

  constructor(readonly maxBytes: number) {}

  /** Bytes held now. */
  get size(): number {
    return this.bytes
  }

  get count(): number {
    return this.entries.size
  }

  snapshot(): Snapshot {
    return { epoch: this.epoch, versions: new Map(this.versions) }
  }

  /** Whether nothing an answer with these tags depends on changed since the snapshot. */
  unchangedSince(snapshot: Snapshot, tags: Iterable<string>): boolean {
    if (snapshot.epoch !== this.epoch) return false
    for (const tag of tags) {
      if ((this.versions.get(tag) ?? 0) !== (snapshot.versions.get(tag) ?? 0)) return false
    }
    return true
  }

  /** The bodies held, least recently used first (tests look inside). */
  *bodies(): Generator<Buffer> {
    for (const entry of this.entries.values()) yield entry.body
  }

  get(key: string): StoredAnswer | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt !== undefined && Date.now() >= entry.expiresAt) {
      this.delete(key)
      return undefined
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores an answer computed after `snapshot`, unless something it depends on changed meanwhile. */
  set(key: string, answer: StoredAnswer, snapshot: Snapshot): boolean {
    if (!this.unchangedSince(snapshot, answer.tags)) return false
    const bytes = this.weigh(key, answer)
    // One answer may take at most an eighth of the cache, so that a few huge ones cannot evict everything.
    if (bytes > this.maxBytes / 8) return false
    this.delete(key)
    this.entries.set(key, { ...answer, bytes })
    this.bytes += bytes
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  /** Adds the gzipped body to an entry still there. */
  addGzip(key: string, answer: StoredAnswer, gzip: Buffer): void {
    const entry = this.entries.get(key)
    if (entry !== answer || entry.gzip) return
    entry.gzip = gzip
    entry.bytes += gzip.length
    this.bytes += gzip.length
  }

  /** Removes every answer that depends on one of `tags` (or all for ALL), now and for computations under way. */
  invalidate(tags: Iterable<string>): number {
    const changed = new Set(tags)
    if (changed.has(ALL)) {
      this.epoch++
      const removed = this.entries.size
      this.entries.clear()
      this.bytes = 0
      return removed
    }
    if (changed.size === 0) return 0
    for (const tag of changed) this.versions.set(tag, (this.versions.get(tag) ?? 0) + 1)
    let removed = 0
    for (const [key, entry] of this.entries) {
      for (const tag of entry.tags) {
        if (changed.has(tag)) {
          this.delete(key)
          removed++
          break
        }
      }
    }
    return removed
  }

  private delete(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
  }

  private weigh(key: string, answer: StoredAnswer): number {
    let bytes = OVERHEAD + key.length * 2 + answer.body.length + (answer.gzip?.length ?? 0)
    for (const [name, value] of answer.headers) bytes += (name.length + value.length) * 2
    for (const tag of answer.tags) bytes += tag.length * 2
    return bytes
  }
}
