/**
 * Places for requests, and a line to wait in for one: at most `concurrency` hold a place, at most
 * `maxWaiting` wait, in the order they came, each for at most `maxWaitMs`. Plain logic without
 * HTTP, so that order, bounds and release can be tested on their own (src/server/admission.ts
 * puts API reads through it, src/lib/withAdmission.ts route handlers' work).
 */
export type AdmissionLimits = {
  /** Requests that hold a place at once; 0 switches admission off (the middleware lets all in). */
  concurrency: number
  /** Requests that may wait for a place; the next one is refused at once. */
  maxWaiting: number
  /** How long one request may wait for a place before it is refused. */
  maxWaitMs: number
}

/** Gives the place back; calling it again does nothing. */
export type Release = () => void

/** Why a request got no place: every place taken and the line full, or it waited too long. */
export class AdmissionRefused extends Error {
  override name = 'AdmissionRefused'
  constructor(readonly reason: 'queue full' | 'waited too long') {
    super(`No place for the request: ${reason}.`)
  }
}

/**
 * Whether an error is an AdmissionRefused from any copy of this module: the queue lives on
 * `globalThis` and is created by whichever copy comes first, but Next bundles route handlers with
 * their own copy of the class, so `instanceof` fails across them (a 500 instead of the 503).
 */
export const isAdmissionRefused = (error: unknown): error is AdmissionRefused =>
  error instanceof Error && error.name === 'AdmissionRefused'

type Waiter = { admit: () => void; startClock: () => void; timer: NodeJS.Timeout | undefined }

/**
 * The wait limit counts from the first place given back on. Before, the process is still loading
 * the code of its routes (the first API request in production takes its time; fuzz and soak runs
 * start with a burst of them), and refusing the burst behind it would be a false alarm: waiters
 * wait until the first request is done, then for at most `maxWaitMs` more. The line's length
 * bounds them all the same.
 */
export const createAdmissionQueue = ({ concurrency, maxWaiting, maxWaitMs }: AdmissionLimits) => {
  let running = 0
  let warm = false
  const waiting: Waiter[] = []

  const place = (): Release => {
    running++
    let released = false
    return () => {
      if (released) return
      released = true
      running--
      const next = waiting.shift()
      if (next) next.admit()
      if (!warm) {
        warm = true
        for (const waiter of waiting) waiter.startClock()
      }
    }
  }

  /**
   * Resolves with a place once one is free, or rejects with AdmissionRefused; a waiter whose
   * `signal` aborts (its client went away) leaves the line and rejects with the signal's reason.
   */
  const admit = (signal?: AbortSignal): Promise<Release> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      // A released place goes straight to the oldest waiter, so a free place means nobody waits
      // and a newcomer never overtakes them.
      if (running < concurrency) return resolve(place())
      if (waiting.length >= maxWaiting) return reject(new AdmissionRefused('queue full'))
      const leave = (error: unknown) => {
        clearTimeout(waiter.timer)
        signal?.removeEventListener('abort', abandon)
        const index = waiting.indexOf(waiter)
        if (index >= 0) waiting.splice(index, 1)
        reject(error)
      }
      const abandon = () => leave(signal?.reason)
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer)
          signal?.removeEventListener('abort', abandon)
          resolve(place())
        },
        startClock: () => {
          waiter.timer = setTimeout(() => leave(new AdmissionRefused('waited too long')), maxWaitMs)
        },
        timer: undefined,
      }
      if (warm) waiter.startClock()
      signal?.addEventListener('abort', abandon, { once: true })
      waiting.push(waiter)
    })

  return {
    admit,
    /** How many hold a place and how many wait right now (tests, diagnostics). */
    state: () => ({ running, waiting: waiting.length }),
  }
}

export type AdmissionQueue = ReturnType<typeof createAdmissionQueue>
