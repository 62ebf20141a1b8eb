/**
 * The targets of the issue, checked: no errors for normal clients; their p99 under abuse at
 * most twice the baseline's, per kind and overall; RSS after warm-up within ±15 % of its
 * median; every abuser answered as the server's limits promise. A smoke run fails only on
 * errors (`errorsOnly`), never on timings or memory.
 */
import { ABUSE_KINDS } from './abuseRecord'
import type { AbuseSummary, KindSummary, RssSummary } from './stats'

export type Check = {
  target: string
  met: boolean
  detail: string
  /** Whether a smoke run fails on it: errors and wrong answers do, timings and memory do not. */
  errorsOnly: boolean
}

export const P99_FACTOR = 2
export const RSS_BAND_PERCENT = 15

type VerdictInput = {
  /** Per phase, the kinds' summaries with 'all' last (stats.ts summarizePhase). */
  phases: Record<'warm-up' | 'baseline' | 'abuse', KindSummary[]>
  rss: RssSummary
  abuse: AbuseSummary[]
  /** 0: the run had no abusers (`--abusers 0`), nothing to check about them. */
  abusersPerKind: number
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))

const describe = (failures: Record<string, number>) =>
  Object.entries(failures)
    .map(([failure, count]) => `${count} × ${failure}`)
    .join(', ')

export const verdict = ({ phases, rss, abuse, abusersPerKind }: VerdictInput): Check[] => {
  const checks: Check[] = []
  const totals = Object.entries(phases).map(([phase, kinds]) => ({ phase, all: kinds[kinds.length - 1]! }))
  const errors = totals.reduce((sum, { all }) => sum + all.errors, 0)
  checks.push({
    target: 'no errors among normal clients (≥ 500, 429 or any other non-2xx, resets, timeouts)',
    met: errors === 0,
    detail:
      errors === 0
        ? `0 errors in ${totals.reduce((sum, { all }) => sum + all.requests, 0)} requests (warm-up included)`
        : totals
            .filter(({ all }) => all.errors > 0)
            .map(({ phase, all }) => `${phase}: ${describe(all.failures)}`)
            .join('; '),
    errorsOnly: true,
  })
  for (const during of phases.abuse) {
    const before = phases.baseline.find(({ kind }) => kind === during.kind)
    // A kind nobody sent (no editors with --write-share 0).
    if (during.requests === 0 && !before?.requests) continue
    const measured = before?.p99 != null && during.p99 !== null
    const ratio = measured ? during.p99! / before!.p99! : null
    checks.push({
      target: `p99 under abuse ≤ ${P99_FACTOR} × baseline: ${during.kind}`,
      met: ratio !== null && ratio <= P99_FACTOR,
      detail: measured
        ? `${ms(during.p99!)} ms under abuse vs ${ms(before!.p99!)} ms at baseline (${ratio!.toFixed(2)}×)`
        : 'not measured (no requests in a phase)',
      errorsOnly: false,
    })
  }
  checks.push({
    target: `RSS after warm-up within ±${RSS_BAND_PERCENT} % of its median`,
    met: rss.maxDeviationPercent !== null && rss.maxDeviationPercent <= RSS_BAND_PERCENT,
    detail:
      rss.median === null
        ? 'not measured (the server process was not found on this machine)'
        : `min ${rss.min} / median ${rss.median} / max ${rss.max} MB: at most ${rss.maxDeviationPercent} % from the median`,
    errorsOnly: false,
  })
  for (const kind of abusersPerKind > 0 ? ABUSE_KINDS : []) {
    const groups = abuse.filter((summary) => summary.kind === kind)
    const attempts = groups.reduce((sum, { attempts }) => sum + attempts, 0)
    const wrong = groups.reduce((sum, { wrongAnswers }) => sum + wrongAnswers, 0)
    const late = groups.reduce((sum, { late }) => sum + late, 0)
    checks.push({
      target: `${kind} abusers get the answers the limits promise`,
      met: attempts > 0 && wrong === 0,
      detail:
        attempts === 0
          ? 'no attempt was recorded'
          : `${attempts} attempts, ${wrong} wrong answers${
              wrong
                ? `: ${groups
                    .filter(({ wrongAnswers }) => wrongAnswers > 0)
                    .map(({ variant, statuses }) => `${variant} ${JSON.stringify(statuses)}`)
                    .join('; ')}`
                : ''
            }`,
      errorsOnly: true,
    })
    checks.push({
      target: `${kind} abusers are answered in time`,
      met: late === 0,
      detail: `${late} of ${attempts - wrong} right answers came late`,
      errorsOnly: false,
    })
  }
  return checks
}

/** Whether the run passes: every check, or with `smoke` every check on errors. */
export const passed = (checks: Check[], smoke: boolean) =>
  checks.every((check) => check.met || (smoke && !check.errorsOnly))
