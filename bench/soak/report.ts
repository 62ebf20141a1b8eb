/** The soak run as text: a table per phase, the abusers, the server's memory and CPU, the verdict. */
import type { SoakResult } from './result'

const ms = (value: number | null) =>
  value === null ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1)

/** A Markdown table; the first `textColumns` columns are left-aligned, numbers right-aligned. */
const table = (header: string[], rows: Array<Array<string | number>>, textColumns = 1) => {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)))
  const isText = (column: number) => column < textColumns
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (isText(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`
  return [
    line(header),
    `| ${widths.map((width, column) => (isText(column) ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n')
}

const percentages = (counts: Record<string, number>) => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  return Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, value]) => `${key} ${Math.round((value / total) * 100)} %`)
    .join(', ')
}

/** The cores neither the server nor the load generator used: PostgreSQL, and whatever else runs. */
const others = (cores: { server: number | null; load: number; machine: number | null } | undefined) =>
  cores?.machine == null || cores.server === null
    ? '–'
    : Math.max(0, cores.machine - cores.server - cores.load).toFixed(2)

export const formatResult = (result: SoakResult): string => {
  const { settings } = result
  const out: string[] = []
  for (const phase of ['baseline', 'abuse'] as const) {
    const title =
      phase === 'baseline'
        ? `Baseline: normal traffic only, ${settings.durationSeconds} s`
        : `Abuse: normal traffic plus ${settings.abusers} client(s) of each abusive kind, ${settings.durationSeconds} s`
    out.push(
      `${title} (${settings.readers} readers, ${settings.editors} editors)`,
      '',
      table(
        ['kind', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'],
        result.phases[phase].map((kind) => [
          kind.kind,
          kind.requests,
          kind.perSecond.toFixed(1),
          ms(kind.p50),
          ms(kind.p95),
          ms(kind.p99),
          ms(kind.max),
          kind.errors
            ? `${kind.errors} (${Object.entries(kind.failures)
                .map(([f, n]) => `${n}× ${f}`)
                .join(', ')})`
            : '0',
        ]),
      ),
      '',
      `The slowest 1 %: ${percentages(result.slowest[phase])}`,
      `p99 of each 10 s, in s: ${result.timeline
        .filter((step) => step.phase === phase)
        .map(({ p99 }) => (p99 === null ? '–' : (p99 / 1000).toFixed(1)))
        .join(' ')}`,
      '',
    )
  }
  out.push(
    'Abusers',
    '',
    table(
      ['kind', 'attack', 'answers', 'attempts', 'p50 ms', 'max ms', 'wrong', 'late'],
      result.abusers.map((abuser) => [
        abuser.kind,
        abuser.variant,
        Object.entries(abuser.statuses)
          .map(([status, count]) => `${count}× ${status}`)
          .join(', '),
        abuser.attempts,
        ms(abuser.p50),
        ms(abuser.max),
        abuser.wrongAnswers,
        abuser.late,
      ]),
      3,
    ),
    '',
  )
  const { rss } = result.server
  out.push(
    rss.median === null
      ? 'Server RSS: not measured (the server process is not on this machine).'
      : `Server RSS after warm-up: min ${rss.min} MB, median ${rss.median} MB, max ${rss.max} MB (${rss.samples} samples, at most ${rss.maxDeviationPercent} % from the median)`,
    ...Object.entries(rss.byPhase).map(
      ([phase, stats]) =>
        `  ${phase}: ${stats.min ?? '–'}–${stats.max ?? '–'} MB (median ${stats.median ?? '–'}), trend ${stats.slopeMBPerMinute ?? '–'} MB/min; ` +
        `cores busy: server ${rss.cores[phase]?.server ?? '–'}, load generator ${rss.cores[phase]?.load}, ` +
        `everything else ${others(rss.cores[phase])} (PostgreSQL and other people's work), of ${result.machine.cores}`,
    ),
    `  each minute after warm-up (min–max MB): ${rss.byMinute.map(({ min, max }) => `${min}–${max}`).join(', ')}`,
    `Busiest other processes during the abuse phase (cores): ${
      (result.server.busiest.abuse ?? [])
        .filter(({ pid }) => pid !== result.server.pid && pid !== process.pid)
        .slice(0, 5)
        .map(({ command, cores }) => `${cores} ${command.slice(0, 60)}`)
        .join('; ') || 'none'
    }`,
    `Editors wrote ${result.writes.created} documents (${result.writes.updated} updates); ${result.writes.trashed} went to the trash.`,
    '',
    `Verdict${settings.smoke ? ' (smoke: only errors fail)' : ''}:`,
    ...result.verdict.map(
      (check) =>
        `  ${check.met ? '✓' : settings.smoke && !check.errorsOnly ? '·' : '✗'} ${check.target}: ${check.detail}`,
    ),
    '',
    result.passed ? 'PASSED' : 'FAILED',
  )
  return out.join('\n')
}
