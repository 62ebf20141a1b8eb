/**
 * At most a few writing requests run at once; the rest wait in order. A write holds one pooled
 * database connection for its transaction, and inside it Payload also reads through the pool:
 * when every pooled connection belonged to a waiting transaction the server stopped answering
 * for good (the benchmark found it: about 28 parallel create-and-update chains on a pool of 10).
 * Keep `max` well below the pool size.
 *
 * Callers take a place only once the request body has arrived (src/lib/requestBody.ts): a client
 * that sends its body slowly must not hold a place that others need. One queue per process: the
 * state lives on `globalThis` because Next bundles each route module separately.
 */
import { webConcurrency } from './webConcurrency'

type Queue = { running: number; waiting: Array<() => void> }

/**
 * Places per kind of write. Sign-ins (login, logout, token refresh, password reset) write a
 * session row in a short transaction after a password hash: they get places of their own, so
 * that nobody waits behind editors' saves to log in, and so that a flood of them is answered
 * (429 after the per-address limit) instead of queued. Together well below the pool of 10.
 * Machine translations (src/endpoints/machineTranslate.ts) wait on a translation provider for up
 * to its timeout, holding no connection meanwhile: places of their own, so that a slow provider
 * never blocks editors' saves; their one write at the end takes a place among the writes.
 */
export const WRITE_PLACES = { writes: 4, signIns: 2, machineTranslations: 2 } as const
export type WriteKind = keyof typeof WRITE_PLACES

/**
 * With several worker processes (src/server/main.ts) the bound above is the instance's: each
 * worker gets its share, at least one place, so that the workers together stay within it.
 */
export const placesPerWorker = (workers: number): Record<WriteKind, number> => ({
  writes: Math.max(1, Math.floor(WRITE_PLACES.writes / workers)),
  signIns: Math.max(1, Math.floor(WRITE_PLACES.signIns / workers)),
  machineTranslations: Math.max(1, Math.floor(WRITE_PLACES.machineTranslations / workers)),
})

const KEY = Symbol.for('integrationsnetzwerke.writeSlots')
const queues = ((globalThis as Record<symbol, Record<WriteKind, Queue>>)[KEY] ??= {
  writes: { running: 0, waiting: [] },
  signIns: { running: 0, waiting: [] },
  machineTranslations: { running: 0, waiting: [] },
})

/** This process's places; the server gives each worker WEB_CONCURRENCY as the resolved number. */
let places: Record<WriteKind, number> | undefined
const placesOfThisProcess = () => (places ??= placesPerWorker(webConcurrency()))

const drain = (kind: WriteKind) => {
  const queue = queues[kind]
  while (queue.running < placesOfThisProcess()[kind] && queue.waiting.length > 0) queue.waiting.shift()!()
}

/**
 * Runs `work` once a place of its kind is free. A request whose client gave up while it waited
 * (`signal` aborted) never runs and keeps no place.
 */
export const withWriteSlot = async <T>(
  work: () => Promise<T>,
  signal?: AbortSignal,
  kind: WriteKind = 'writes',
): Promise<T> => {
  const queue = queues[kind]
  await new Promise<void>((resolve, reject) => {
    const start = () => {
      signal?.removeEventListener('abort', abandon)
      queue.running++
      resolve()
    }
    const abandon = () => {
      const index = queue.waiting.indexOf(start)
      if (index >= 0) queue.waiting.splice(index, 1)
      reject(signal?.reason ?? new Error('aborted'))
    }
    if (signal?.aborted) return abandon()
    signal?.addEventListener('abort', abandon, { once: true })
    queue.waiting.push(start)
    drain(kind)
  })
  try {
    return await work()
  } finally {
    queue.running--
    drain(kind)
  }
}

/** How many writes of a kind run and wait right now (for tests and diagnostics). */
export const writeSlotState = (kind: WriteKind = 'writes') => ({
  running: queues[kind].running,
  waiting: queues[kind].waiting.length,
})
