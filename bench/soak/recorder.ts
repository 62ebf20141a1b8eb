import type { Outcome } from './httpClient'

/** Warm-up is not measured; baseline is normal traffic alone; abuse is normal traffic plus the abusers. */
export type Phase = 'warm-up' | 'baseline' | 'abuse'

export const MEASURED_PHASES = ['baseline', 'abuse'] as const satisfies Phase[]

/** One normal request: its kind, the phase in which it was sent, when (s since the start), how it ended. */
export type Sample = Outcome & { kind: string; phase: Phase; at: number }

/**
 * Every normal request's latency and status, each counted in the phase in which it was sent,
 * and the current phase, which the clients and the RSS sampler read.
 */
export const createRecorder = () => {
  const started = performance.now()
  let phase: Phase = 'warm-up'
  const samples: Sample[] = []
  return {
    samples,
    get phase() {
      return phase
    },
    setPhase(next: Phase) {
      phase = next
    },
    /** Seconds since the run started. */
    now: () => (performance.now() - started) / 1000,
    /** Runs one request and records it under the phase it was sent in. */
    async measure(kind: string, send: () => Promise<Outcome>): Promise<Outcome> {
      const sentIn = phase
      const at = (performance.now() - started) / 1000
      const outcome = await send()
      // Bodies are dropped: thousands of them would only cost memory.
      samples.push({
        kind,
        phase: sentIn,
        at,
        status: outcome.status,
        ms: outcome.ms,
        ...(outcome.error ? { error: outcome.error } : {}),
      })
      return outcome
    },
  }
}

export type Recorder = ReturnType<typeof createRecorder>

/**
 * Why a normal request counts as failed, or undefined when it succeeded. Normal clients only
 * ask for what exists and send valid documents, so anything but a 2xx is an error, 429 (a
 * normal client throttled) and 4xx included.
 */
export const failureOf = (sample: Pick<Sample, 'status' | 'error'>): string | undefined =>
  sample.status === 0
    ? (sample.error ?? 'no answer')
    : sample.status >= 300
      ? String(sample.status)
      : undefined
