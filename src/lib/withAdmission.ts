import { isAdmissionRefused } from './admissionQueue'
import { busyAnswer } from './busyAnswer'
import { processAdmission } from './processAdmission'
import { withCors } from './withCors'

/**
 * Runs a route handler's `compute` once this process's admission queue (processAdmission.ts)
 * gives it a place, and gives the place back when `compute` has its answer; when no place comes
 * within the wait, the answer is 503 with Retry-After instead. For work the express middleware
 * cannot admit because it arrives with a body (GraphQL queries): call it after the body has been
 * read and checked, and only for reads (writes have their own places, writeSlots.ts), so that
 * neither a slow sender nor a waiting write holds a place. A client that went away while waiting
 * (`request.signal`) leaves the line; its request is answered with the abort error, like the
 * write places do. Pass-through when ADMISSION_CONCURRENCY=0.
 */
export const withAdmission = async (
  request: Request,
  compute: () => Promise<Response>,
): Promise<Response> => {
  let response: Response | undefined
  try {
    await holdingAdmission(async () => {
      response = await compute()
    }, request.signal)
  } catch (error) {
    if (!isAdmissionRefused(error)) throw error
    return busyResponse(request)
  }
  return response!
}

/**
 * Runs `work` holding a place of the admission queue until `work` has ended, also when its
 * client was answered before that (GraphQL's time box): the place stands for the CPU and the
 * database connection still in use. Rejects with the queue's refusal (isAdmissionRefused) when
 * no place comes within the wait, and with the abort reason when the client goes away first.
 */
export const holdingAdmission = async (work: () => Promise<void>, signal: AbortSignal): Promise<void> => {
  const { limits, queue } = processAdmission()
  if (limits.concurrency === 0) return work()
  const release = await queue.admit(signal)
  try {
    await work()
  } finally {
    release()
  }
}

/** The 503 with Retry-After for a request that got no place, in its client's language. */
export const busyResponse = (request: Request): Response => {
  const busy = busyAnswer(request.headers.get('accept-language'), processAdmission().retryAfterSeconds)
  return withCors(request, Response.json(busy.body, { status: busy.status, headers: busy.headers }))
}
