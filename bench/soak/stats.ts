/** Summaries of the recorded requests: exact percentiles (nearest rank) over every latency. */
import { ABUSE_KINDS, type AbuseKind, type AbuseRecord } from './abuseRecord'
import { failureOf, type Phase, type Sample } from './recorder'
import type { ProcessSample } from './serverProcess'

/** The nearest-rank percentile of sorted values (as bench/load.ts computes it). */
export const percentile = (sorted: number[], p: number): number | null =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

const round = (value: number | null, digits = 1) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits

const count = <T extends string>(values: T[]) => {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

export type KindSummary = {
  kind: string
  requests: number
  perSecond: number
  p50: number | null
  p95: number | null
  p99: number | null
  max: number | null
  errors: number
  /** Errors by status or by what went wrong ('timeout', 'ECONNRESET' …). */
  failures: Record<string, number>
}

const summarizeKind = (kind: string, samples: Sample[], seconds: number): KindSummary => {
  const sorted = samples.map(({ ms }) => ms).sort((a, b) => a - b)
  const failures = samples.map(failureOf).filter((failure): failure is string => failure !== undefined)
  return {
    kind,
    requests: samples.length,
    perSecond: round(samples.length / seconds)!,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? null),
    errors: failures.length,
    failures: count(failures),
  }
}

/** Per kind, then all kinds together ('all'), for the requests sent in one phase. */
export const summarizePhase = (
  samples: Sample[],
  phase: Phase,
  kinds: readonly string[],
  seconds: number,
) => {
  const inPhase = samples.filter((sample) => sample.phase === phase)
  return [
    ...kinds.map((kind) =>
      summarizeKind(
        kind,
        inPhase.filter((sample) => sample.kind === kind),
        seconds,
      ),
    ),
    summarizeKind('all', inPhase, seconds),
  ]
}

/**
 * Which kinds the slowest 1 % of a phase's requests belong to: what the overall p99 is made of.
 */
export const slowestByKind = (samples: Sample[], phase: Phase): Record<string, number> => {
  const inPhase = samples.filter((sample) => sample.phase === phase).sort((a, b) => b.ms - a.ms)
  return count(inPhase.slice(0, Math.max(1, Math.ceil(inPhase.length / 100))).map(({ kind }) => kind))
}

const p99Of = (samples: Sample[]) =>
  round(
    percentile(
      samples.map(({ ms }) => ms).sort((a, b) => a - b),
      99,
    ),
  )

/**
 * Normal traffic in 10-second steps: requests, p50, p99 (also per kind) and errors, to see
 * trends within a phase, such as the abusers' first seconds.
 */
export const timeline = (samples: Sample[], stepSeconds = 10) => {
  // Keyed by phase too: a step that spans the change of phase is split.
  const steps = new Map<string, Sample[]>()
  for (const sample of samples) {
    if (sample.phase === 'warm-up') continue
    const key = `${sample.phase} ${Math.floor(sample.at / stepSeconds) * stepSeconds}`
    const inStep = steps.get(key) ?? []
    inStep.push(sample)
    steps.set(key, inStep)
  }
  return [...steps.values()]
    .sort((a, b) => a[0]!.at - b[0]!.at)
    .map((inStep) => {
      const at = Math.floor(inStep[0]!.at / stepSeconds) * stepSeconds
      const sorted = inStep.map(({ ms }) => ms).sort((a, b) => a - b)
      return {
        at,
        phase: inStep[0]!.phase,
        requests: inStep.length,
        p50: round(percentile(sorted, 50)),
        p99: round(percentile(sorted, 99)),
        p99ByKind: Object.fromEntries(
          [...new Set(inStep.map(({ kind }) => kind))].map((kind) => [
            kind,
            p99Of(inStep.filter((sample) => sample.kind === kind)),
          ]),
        ),
        errors: inStep.filter((sample) => failureOf(sample)).length,
      }
    })
}

export type AbuseSummary = {
  kind: AbuseKind
  variant: string
  attempts: number
  statuses: Record<string, number>
  p50: number | null
  max: number | null
  wrongAnswers: number
  late: number
  /** What happened, counted (numbers in the descriptions folded, so that like counts with like). */
  results: Record<string, number>
}

export const summarizeAbuse = (records: AbuseRecord[]): AbuseSummary[] => {
  const groups = new Map<string, AbuseRecord[]>()
  for (const record of records) {
    const key = `${record.kind}\u0000${record.variant}`
    const group = groups.get(key) ?? []
    group.push(record)
    groups.set(key, group)
  }
  const order = (record: AbuseRecord) => ABUSE_KINDS.indexOf(record.kind)
  return [...groups.values()]
    .sort((a, b) => order(a[0]!) - order(b[0]!) || a[0]!.variant.localeCompare(b[0]!.variant))
    .map((group) => {
      const sorted = group.map(({ ms }) => ms).sort((a, b) => a - b)
      return {
        kind: group[0]!.kind,
        variant: group[0]!.variant,
        attempts: group.length,
        statuses: count(group.map(({ status }) => (status === 0 ? 'none' : String(status)))),
        p50: round(percentile(sorted, 50), 0),
        max: round(sorted[sorted.length - 1] ?? null, 0),
        wrongAnswers: group.filter(({ answerOk }) => !answerOk).length,
        late: group.filter(({ answerOk, inTime }) => answerOk && !inTime).length,
        results: count(group.map(({ result }) => result.replace(/\d+/g, 'N'))),
      }
    })
}

export type RssSummary = {
  samples: number
  min: number | null
  median: number | null
  max: number | null
  /** Largest distance of a sample from the median, in % of the median. */
  maxDeviationPercent: number | null
  byPhase: Record<
    string,
    { min: number | null; median: number | null; max: number | null; slopeMBPerMinute: number | null }
  >
  /**
   * Lowest and highest RSS of each minute after warm-up. The heap grows between major garbage
   * collections and shrinks at each: a rising floor means memory kept, a wide band only
   * the collector's rhythm.
   */
  byMinute: Array<{ minute: number; min: number; max: number }>
  /** Mean cores busy per phase: the server, the load generator, the whole machine. */
  cores: Record<string, { server: number | null; load: number; machine: number | null }>
}

/** Least-squares slope of RSS over time, in MB per minute. */
const slope = (points: Array<{ at: number; mb: number }>): number | null => {
  if (points.length < 2) return null
  const meanAt = points.reduce((sum, { at }) => sum + at, 0) / points.length
  const meanMb = points.reduce((sum, { mb }) => sum + mb, 0) / points.length
  const covariance = points.reduce((sum, { at, mb }) => sum + (at - meanAt) * (mb - meanMb), 0)
  const variance = points.reduce((sum, { at }) => sum + (at - meanAt) ** 2, 0)
  return variance === 0 ? null : round((covariance / variance) * 60)
}

const mean = (values: Array<number | null>): number | null => {
  const known = values.filter((value): value is number => value !== null)
  return known.length ? round(known.reduce((a, b) => a + b, 0) / known.length, 2) : null
}

const minutes = (samples: ProcessSample[]) => {
  const first = samples[0]?.at ?? 0
  const byMinute = new Map<number, number[]>()
  for (const { at, rssMB } of samples) {
    if (rssMB === null) continue
    const minute = Math.floor((at - first) / 60)
    byMinute.set(minute, [...(byMinute.get(minute) ?? []), rssMB])
  }
  return [...byMinute.entries()].map(([minute, values]) => ({
    minute,
    min: Math.min(...values),
    max: Math.max(...values),
  }))
}

/** RSS after warm-up (baseline and abuse) against its median, and per phase. */
export const summarizeRss = (samples: ProcessSample[]): RssSummary => {
  const stats = (phaseSamples: ProcessSample[]) => {
    const points = phaseSamples.flatMap(({ at, rssMB }) => (rssMB === null ? [] : [{ at, mb: rssMB }]))
    const sorted = points.map(({ mb }) => mb).sort((a, b) => a - b)
    return {
      min: sorted[0] ?? null,
      median: percentile(sorted, 50),
      max: sorted[sorted.length - 1] ?? null,
      slopeMBPerMinute: slope(points),
      count: sorted.length,
    }
  }
  const measured = stats(samples.filter(({ phase }) => phase !== 'warm-up'))
  const phases = ['warm-up', 'baseline', 'abuse'] as const
  return {
    samples: measured.count,
    min: measured.min,
    median: measured.median,
    max: measured.max,
    maxDeviationPercent:
      measured.median && measured.min !== null && measured.max !== null
        ? round(
            (Math.max(measured.max - measured.median, measured.median - measured.min) / measured.median) *
              100,
          )
        : null,
    byMinute: minutes(samples.filter(({ phase }) => phase !== 'warm-up')),
    byPhase: Object.fromEntries(
      phases.map((phase) => {
        const { count: _count, ...rest } = stats(samples.filter((sample) => sample.phase === phase))
        return [phase, rest]
      }),
    ),
    cores: Object.fromEntries(
      phases.map((phase) => {
        const inPhase = samples.filter((sample) => sample.phase === phase)
        return [
          phase,
          {
            server: mean(inPhase.map(({ serverCores }) => serverCores)),
            load: mean(inPhase.map(({ loadCores }) => loadCores)) ?? 0,
            machine: mean(inPhase.map(({ machineCores }) => machineCores)),
          },
        ]
      }),
    ),
  }
}
