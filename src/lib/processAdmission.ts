import { admissionLimits } from './admissionLimits'
import { type AdmissionLimits, type AdmissionQueue, createAdmissionQueue } from './admissionQueue'

type ProcessAdmission = { limits: AdmissionLimits; queue: AdmissionQueue; retryAfterSeconds: number }

/** Coming back after the longest wait finds a line that has moved on at least that far. */
export const retryAfterSeconds = (limits: AdmissionLimits) => Math.max(1, Math.ceil(limits.maxWaitMs / 1000))

const KEY = Symbol.for('integrationsnetzwerke.admission')

/**
 * This process's one admission queue, with its limits from ADMISSION_* (admissionLimits.ts).
 * The express middleware (src/server/admission.ts) and route handlers (withAdmission.ts) share
 * it, so that REST reads and GraphQL queries draw on the same few places. It lives on
 * `globalThis` because Next bundles each route module separately, and the server's own modules
 * are loaded apart from those bundles.
 */
export const processAdmission = (): ProcessAdmission => {
  const store = globalThis as Record<symbol, ProcessAdmission | undefined>
  if (!store[KEY]) {
    const limits = admissionLimits()
    store[KEY] = { limits, queue: createAdmissionQueue(limits), retryAfterSeconds: retryAfterSeconds(limits) }
  }
  return store[KEY]
}
