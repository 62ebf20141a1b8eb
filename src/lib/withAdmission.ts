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
  const { limits, queue, retryAfterSeconds } = processAdmission()
  if (limits.concurrency === 0) return compute()
  let release: () => void
  try {
    release = await queue.admit(request.signal)
  } catch (error) {
    if (!isAdmissionRefused(error)) throw error
    const busy = busyAnswer(request.headers.get('accept-language'), retryAfterSeconds)
    return withCors(request, Response.json(busy.body, { status: busy.status, headers: busy.headers }))
  }
  try {
    return await compute()
  } finally {
    release()
  }
}
