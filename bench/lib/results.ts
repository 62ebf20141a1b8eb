import type { LoadResult } from '../load'

export type ScenarioResult = {
  id: number
  name: string
  title: string
  /** Whether the raw server's answer equalled the CMS's (null: no raw equivalent). */
  sameAnswer: boolean | null
  runs: Array<{ connections: number; cms: LoadResult; raw: LoadResult | null }>
}

export type ScaleResult = {
  scale: number
  date: string
  machine: { cpu: string; cores: number; memoryGB: number; os: string }
  versions: Record<string, string>
  documents: Record<string, number>
  generation: { seedSeconds: number; loadSeconds: number; totalSeconds: number }
  settings: { durationSeconds: number; warmupSeconds: number; connections: number[] }
  coldStartMs: number
  rssAfterRunMB: number | null
  scenarios: ScenarioResult[]
}

/** Latencies are null when nothing was answered within the measurement. */
const ms = (value: number | null) =>
  value === null || !Number.isFinite(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1)
const ratio = (a: number | null, b: number | null) =>
  a !== null && b !== null && b > 0 ? `${(a / b).toFixed(1)}×` : '–'

/** One scale's results as a Markdown table: CMS latencies and throughput, the raw p50 and the ratio. */
export const formatScale = (result: ScaleResult): string => {
  const rows = result.scenarios.flatMap((scenario) =>
    scenario.runs.map(({ connections, cms, raw }) =>
      [
        `${scenario.id}. ${scenario.title}`,
        connections,
        ms(cms.p50),
        ms(cms.p95),
        ms(cms.p99),
        cms.requestsPerSecond.toFixed(0),
        raw ? ms(raw.p50) : '–',
        raw ? ratio(cms.p50, raw.p50) : '–',
        cms.errors + cms.non2xx > 0 ? `${cms.errors + cms.non2xx} failed` : '',
      ].join(' | '),
    ),
  )
  return [
    `Scale ${result.scale} (${Object.entries(result.documents)
      .map(([table, count]) => `${count.toLocaleString('en')} ${table.replace('_', ' ')}`)
      .join(
        ', ',
      )}); cold start ${(result.coldStartMs / 1000).toFixed(1)} s, RSS after the run ${result.rssAfterRunMB} MB`,
    '',
    '| scenario | conn. | p50 ms | p95 ms | p99 ms | req/s | raw SQL p50 ms | p50 ratio | |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n')
}

/** How each scenario's p50 (one connection) grows with the scale. */
export const formatGrowth = (results: ScaleResult[]): string => {
  const sorted = [...results].sort((a, b) => a.scale - b.scale)
  const first = sorted[0]
  if (!first || sorted.length < 2) return ''
  const p50 = (result: ScaleResult, id: number) =>
    result.scenarios.find((scenario) => scenario.id === id)?.runs.find((run) => run.connections === 1)?.cms
      .p50
  const last = sorted[sorted.length - 1]!
  return [
    `| scenario (p50 ms, 1 connection) | ${sorted.map(({ scale }) => `scale ${scale}`).join(' | ')} | ${last.scale} vs ${first.scale} |`,
    `| --- | ${sorted.map(() => '--:').join(' | ')} | --: |`,
    ...first.scenarios.map((scenario) => {
      const values = sorted.map((result) => p50(result, scenario.id))
      const a = values[0]
      const b = values[values.length - 1]
      return `| ${scenario.id}. ${scenario.title} | ${values.map((v) => (v === undefined ? '–' : ms(v))).join(' | ')} | ${a && b ? ratio(b, a) : '–'} |`
    }),
  ].join('\n')
}
