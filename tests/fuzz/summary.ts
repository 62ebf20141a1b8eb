import type { Example, FailureClass } from './tally'

export type Report = {
  seed: string
  target: string
  requests: number
  warmUpRequests: number
  concurrency: number
  timeoutMs: number
  startedAt: string
  durationMs: number
  /** Answers by status class, plus `hang`, `dropped` and `reset-oversized-head` (see tally.ts). */
  classes: Record<string, number>
  statuses: Record<string, number>
  failed: number
  failures: FailureClass[]
  failingMutations: Record<string, number>
  failingRoutes: Record<string, number>
  slowest: Example[]
  database: { checked: boolean; excluded: Record<string, string>; tables: number; changes: string[] }
  serverErrors: Array<{ message: string; count: number }>
  aborted?: string
  passed: boolean
}

const CLASS_ORDER = ['1xx', '2xx', '3xx', '4xx', '5xx', 'hang', 'dropped', 'reset-oversized-head']

const exampleLine = (example: Example) =>
  [
    `      #${example.index}${example.phase === 'warm-up' ? ' (warm-up)' : ''} seed ${example.seed} · ${example.persona} · ${example.ms} ms`,
    `        ${example.method} ${example.target}`,
    ...(example.body !== undefined ? [`        body: ${example.body.slice(0, 200)}`] : []),
    `        → ${example.outcome}${example.answer ? ` ${example.answer.slice(0, 200)}` : ''}`,
  ].join('\n')

const top = (counts: Record<string, number>, n: number) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ')

/** The report as text, for the terminal. */
export const formatSummary = (report: Report, maxClasses = 40): string => {
  const lines: string[] = []
  lines.push(
    `Fuzz run · seed ${report.seed} · ${report.requests} requests (+${report.warmUpRequests} warm-up) · concurrency ${report.concurrency} · ${(report.durationMs / 1000).toFixed(0)} s`,
  )
  lines.push(`Target: ${report.target}`)
  lines.push(
    `Outcomes: ${CLASS_ORDER.filter((name) => report.classes[name])
      .map((name) => `${name} ${report.classes[name]}`)
      .join(' · ')}`,
  )
  lines.push(`Statuses: ${top(report.statuses, 20)}`)
  if (report.aborted) lines.push(`ABORTED: ${report.aborted}`)
  lines.push('')
  if (report.failures.length === 0) lines.push('Failures: none')
  else {
    lines.push(
      `Failures: ${report.failed} requests in ${report.failures.length} classes (method, route, mutations; ` +
        'a class also holds the requests with more mutations it explains):',
    )
    for (const failure of report.failures.slice(0, maxClasses)) {
      lines.push(`  [${failure.count}× ${top(failure.outcomes, 5)}] ${failure.signature}`)
      const detail = [
        Object.keys(failure.collections).length ? `collections: ${top(failure.collections, 8)}` : '',
        failure.folded ? `includes ${Object.keys(failure.folded).length} classes with more mutations` : '',
      ].filter(Boolean)
      if (detail.length) lines.push(`      (${detail.join('; ')})`)
      for (const example of failure.examples) lines.push(exampleLine(example))
    }
    if (report.failures.length > maxClasses)
      lines.push(`  … ${report.failures.length - maxClasses} more classes in the JSON report`)
    lines.push('')
    lines.push(`Failing requests by mutation kind: ${top(report.failingMutations, 25)}`)
    lines.push(`Failing requests by route: ${top(report.failingRoutes, 15)}`)
  }
  if (report.serverErrors.length) {
    lines.push('')
    lines.push('Server log, errors by message:')
    for (const { message, count } of report.serverErrors)
      lines.push(`  ${String(count).padStart(5)}  ${message}`)
  }
  lines.push('')
  lines.push('Slowest requests:')
  for (const example of report.slowest) {
    lines.push(
      `  ${String(example.ms).padStart(5)} ms  #${example.index} ${example.method} ${example.target.slice(0, 140)} → ${example.outcome}`,
    )
  }
  lines.push('')
  if (!report.database.checked)
    lines.push('Database: NOT CHECKED (no database URL; pass --database-url with --url)')
  else if (report.database.changes.length === 0) {
    lines.push(
      `Database: unchanged (${report.database.tables} tables compared; excluded: ${Object.keys(report.database.excluded).join(', ')})`,
    )
  } else lines.push(`Database: CHANGED — ${report.database.changes.join('; ')}`)
  lines.push(
    `Verdict: ${report.passed ? 'PASS' : 'FAIL'} (repeat with --seed ${report.seed}; ` +
      `replay single requests with --seed ${report.seed} --only <index>,…)`,
  )
  return lines.join('\n')
}
