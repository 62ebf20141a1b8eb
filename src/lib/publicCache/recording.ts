import { AsyncLocalStorage } from 'node:async_hooks'

import type { PayloadRequest } from 'payload'

/**
 * What the computation of one answer read, gathered from the database adapter's read methods
 * (src/lib/publicCache/instrumentAdapter.ts) while the answer is computed.
 */
export type Reads = {
  /** Collections and globals read. */
  slugs: Set<string>
  /** A read was done for a signed-in user: the answer is personal, whatever the request looked like. */
  personal: boolean
  /** Drafts or versions were read: not published content. */
  unpublished: boolean
  /** When the answer stops being true without any write (epoch ms): it depends on the clock. */
  expiresAt?: number
}

const KEY = Symbol.for('integrationsnetzwerke.publicCache.reads')
// One instance per process: Next bundles each route module separately, and the adapter is
// instrumented from the config's onInit.
const storage = ((globalThis as Record<symbol, AsyncLocalStorage<Reads>>)[KEY] ??=
  new AsyncLocalStorage<Reads>())

/** Runs `compute` and returns its result with what it read. */
export const recordReads = async <T>(compute: () => Promise<T>): Promise<{ result: T; reads: Reads }> => {
  const reads: Reads = { slugs: new Set(), personal: false, unpublished: false }
  const result = await storage.run(reads, compute)
  return { result, reads }
}

/** Called by the instrumented adapter for every read. */
export const noteRead = (slug: string, req: Partial<PayloadRequest> | undefined, unpublished = false) => {
  const reads = storage.getStore()
  if (!reads) return
  reads.slugs.add(slug)
  if (req?.user) reads.personal = true
  if (unpublished) reads.unpublished = true
}

/** For reads that bypass the adapter (hand-written SQL): the collections they read. */
export const noteReadsOf = (slugs: Iterable<string>) => {
  const reads = storage.getStore()
  if (reads) for (const slug of slugs) reads.slugs.add(slug)
}

/** For answers that depend on the clock ("open now"): the answer holds until `at` (epoch ms) at most. */
export const noteExpiry = (at: number) => {
  const reads = storage.getStore()
  if (reads) reads.expiresAt = Math.min(reads.expiresAt ?? Number.POSITIVE_INFINITY, at)
}
