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

type Waiter = { admit: () => void; timer: NodeJS.Timeout | undefined }

export const createAdmissionQueue = ({ concurrency, maxWaiting, maxWaitMs }: AdmissionLimits) => {
  let running = 0
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
        timer: undefined,
      }
      waiter.timer = setTimeout(() => leave(new AdmissionRefused('waited too long')), maxWaitMs)
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
