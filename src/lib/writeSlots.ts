/**
 * At most `max` writing requests run at once; the rest wait in order. A write holds one pooled
 * database connection for its transaction, and inside it Payload also reads through the pool:
 * when every pooled connection belonged to a waiting transaction the server stopped answering
 * for good (the benchmark found it: about 28 parallel create-and-update chains on a pool of 10).
 * Keep `max` well below the pool size.
 *
 * Callers take a place only once the request body has arrived (src/lib/requestBody.ts): a client
 * that sends its body slowly must not hold a place that others need. One queue per process: the
 * state lives on `globalThis` because Next bundles each route module separately.
 */
type Queue = { running: number; waiting: Array<() => void> }

const KEY = Symbol.for('integrationsnetzwerke.writeSlots')
const queue = ((globalThis as Record<symbol, Queue>)[KEY] ??= { running: 0, waiting: [] })

export const MAX_CONCURRENT_WRITES = 4

const drain = () => {
  while (queue.running < MAX_CONCURRENT_WRITES && queue.waiting.length > 0) queue.waiting.shift()!()
}

/**
 * Runs `work` once a place is free. A request whose client gave up while it waited (`signal`
 * aborted) never runs and keeps no place.
 */
export const withWriteSlot = async <T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
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
    drain()
  })
  try {
    return await work()
  } finally {
    queue.running--
    drain()
  }
}

/** How many writes run and wait right now (for tests and diagnostics). */
export const writeSlotState = () => ({ running: queue.running, waiting: queue.waiting.length })
