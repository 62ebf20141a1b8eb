import type { Request, RequestHandler, Response } from 'express'

import { type AdmissionLimits, createAdmissionQueue, isAdmissionRefused } from '../lib/admissionQueue'
import { busyAnswer } from '../lib/busyAnswer'
import { corsOrigins } from '../lib/corsOrigins'
import { processAdmission, retryAfterSeconds } from '../lib/processAdmission'

/**
 * Which requests need a place: reads of the API, by GET or HEAD. Everything else passes:
 *
 * - Writes and sign-ins (POST, PUT, PATCH, DELETE) have places of their own, taken only once
 *   their body has arrived (src/lib/bufferedWrite.ts, src/lib/writeSlots.ts). A place taken here
 *   would be taken before the body: four clients sending theirs a byte every two seconds would
 *   hold every place for 30 s, the very attack the write places were moved for. For the same
 *   reason GraphQL (always POST) is not admitted here: its queries can take a place of the same
 *   queue in their route, once the body has arrived (src/lib/withAdmission.ts). The admin's
 *   server functions (POST to /admin) are not admitted at all.
 * - Health probes, the admin's pages and Next's assets: a balancer must see the process alive
 *   while it is busy, and pages and assets are not the work that piles up.
 * - Answers from the public cache never get here: its middleware runs first (src/server/main.ts).
 */
const needsPlace = (req: Request) =>
  (req.method === 'GET' || req.method === 'HEAD') && (req.path === '/api' || req.path.startsWith('/api/'))

const refuse = (req: Request, res: Response, seconds: number, allowedOrigins: readonly string[]) => {
  const origin = req.headers.origin
  // A browser frontend on a listed origin must be able to read the 503, not see a CORS failure.
  if (origin && allowedOrigins.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin)
    res.set('Access-Control-Allow-Credentials', 'true')
    res.vary('Origin')
  }
  const busy = busyAnswer(req.headers['accept-language'], seconds)
  res.status(busy.status).set(busy.headers).json(busy.body)
}

/**
 * Admission control: at most `concurrency` API reads of this process run at once; the rest wait
 * in the order they came for at most `maxWaitMs`, at most `maxWaiting` of them, and those that
 * cannot get in are answered 503 with `Retry-After`. Without it every request started at once
 * and all of them slowed down together, past any client's patience (bench/README.md).
 *
 * A request takes its place when its handling starts (the next middleware runs) and gives it
 * back when its answer has been sent or its connection closed, whichever comes first. A client
 * that goes away while waiting leaves the line. Limits: ADMISSION_* (src/lib/admissionLimits.ts,
 * docs/production.md). The queue is the process's, shared with GraphQL queries that take their
 * place after their body has arrived (src/lib/withAdmission.ts).
 */
export const admission = ({
  limits,
  allowedOrigins = corsOrigins(),
}: {
  /** Own limits and an own queue (tests); by default the process's (processAdmission.ts). */
  limits?: AdmissionLimits
  allowedOrigins?: readonly string[]
} = {}): RequestHandler & { state: () => { running: number; waiting: number } } => {
  const shared = limits ? undefined : processAdmission()
  limits ??= shared!.limits
  if (limits.concurrency === 0) {
    const passThrough: RequestHandler = (_req, _res, next) => next()
    return Object.assign(passThrough, { state: () => ({ running: 0, waiting: 0 }) })
  }
  const queue = shared?.queue ?? createAdmissionQueue(limits)
  const seconds = retryAfterSeconds(limits)
  const middleware: RequestHandler = (req, res, next) => {
    if (!needsPlace(req)) return next()
    // 'close' before the answer was sent: the client went away.
    let closed = false
    const gone = new AbortController()
    res.once('close', () => {
      closed = true
      gone.abort(new Error('The client went away while waiting.'))
    })
    queue.admit(gone.signal).then(
      (release) => {
        // Gone between getting the place and this callback: nothing to answer, the place is free.
        if (closed) return release()
        res.once('finish', release)
        res.once('close', release)
        next()
      },
      (error: unknown) => {
        if (isAdmissionRefused(error) && !closed && !res.headersSent) {
          refuse(req, res, seconds, allowedOrigins)
        }
      },
    )
  }
  return Object.assign(middleware, { state: queue.state })
}
