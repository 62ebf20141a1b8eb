import type { LoadResult } from '../load'

/** How a read meets the public cache: answered from it, or computed (the harness's switch). */
export type CacheMode = 'hit' | 'miss'
/** 'none': a scenario the cache never holds (authenticated, writes), or a server without a cache. */
export type CacheLabel = CacheMode | 'none'

export const CACHE_MODES: readonly CacheMode[] = ['hit', 'miss']

/** One measurement: a server with `workers` processes, one cache mode, one number of connections. */
export type Run = {
  workers: number
  cache: CacheLabel
  connections: number
  cms: LoadResult
  /** The same requests against the raw-SQL server (null: no raw equivalent). */
  raw: LoadResult | null
  /**
   * When and how long it was measured (ISO; seconds). Runs merged from a narrower run keep their
   * own; runs written before runs had them get their file's date and settings when merged.
   */
  date?: string
  durationSeconds?: number
  warmupSeconds?: number
}

export type ScenarioResult = {
  id: number
  name: string
  title: string
  /** Whether the raw server's answer equalled the CMS's, computed and cached (null: no raw equivalent). */
  sameAnswer: boolean | null
  runs: Run[]
}

/** One CMS server of the run: started once per worker count, measured after all its scenarios. */
export type ServerResult = {
  workers: number
  coldStartMs: number
  /** The sum over the primary and its workers. */
  rssAfterRunMB: number | null
  /**
   * Per process: the one started first (the primary, or the only server process), then its
   * descendants by pid (workers, and helpers such as tsx's esbuild service).
   */
  rssProcessesMB: number[]
}

export type ScaleResult = {
  scale: number
  date: string
  machine: { cpu: string; cores: number; memoryGB: number; os: string }
  versions: Record<string, string>
  documents: Record<string, number>
  generation: { seedSeconds: number; loadSeconds: number; totalSeconds: number }
  settings: {
    durationSeconds: number
    warmupSeconds: number
    connections: number[]
    workers: number[]
    cache: CacheMode[]
  }
  servers: ServerResult[]
  scenarios: ScenarioResult[]
}

/** What results looked like before workers and the cache (one server, runs without either). */
type LegacyScaleResult = Omit<ScaleResult, 'servers' | 'settings' | 'scenarios'> & {
  settings: { durationSeconds: number; warmupSeconds: number; connections: number[] }
  coldStartMs: number
  rssAfterRunMB: number | null
  scenarios: Array<
    Omit<ScenarioResult, 'runs'> & {
      runs: Array<{
        connections: number
        cms: Omit<LoadResult, 'cacheHits'>
        raw: Omit<LoadResult, 'cacheHits'> | null
      }>
    }
  >
}

/**
 * Results as this version writes them. Older files (one server with one process and no public
 * cache) read as 1 worker and "no cache", which is what was measured then.
 */
export const upgradeResult = (result: ScaleResult | LegacyScaleResult): ScaleResult => {
  if ('servers' in result) return result
  const { coldStartMs, rssAfterRunMB, ...rest } = result
  return {
    ...rest,
    settings: { ...result.settings, workers: [1], cache: [] },
    servers: [
      {
        workers: 1,
        coldStartMs,
        rssAfterRunMB,
        rssProcessesMB: rssAfterRunMB === null ? [] : [rssAfterRunMB],
      },
    ],
    scenarios: result.scenarios.map((scenario) => ({
      ...scenario,
      runs: scenario.runs.map(({ connections, cms, raw }) => ({
        workers: 1,
        cache: 'none' as const,
        connections,
        cms: { ...cms, cacheHits: 0 },
        raw: raw && { ...raw, cacheHits: 0 },
      })),
    })),
  }
}

const CACHE_ORDER: Record<CacheLabel, number> = { hit: 0, miss: 1, none: 2 }
const runKey = (run: Run) => `${run.workers} ${run.cache} ${run.connections}`
const byDimensions = (a: Run, b: Run) =>
  a.workers - b.workers || CACHE_ORDER[a.cache] - CACHE_ORDER[b.cache] || a.connections - b.connections

/**
 * A run of some scenarios, worker counts or cache modes merged into a scale's earlier results:
 * its measurements replace the same ones and keep the others. A server's RSS is only kept from a
 * run of every scenario (the goal is the RSS after the whole benchmark), unless there is none.
 */
export const mergeResults = (earlier: ScaleResult, current: ScaleResult, complete: boolean): ScaleResult => {
  const ids = [...new Set([...earlier.scenarios, ...current.scenarios].map(({ id }) => id))].sort(
    (a, b) => a - b,
  )
  const scenarios = ids.map((id) => {
    const before = earlier.scenarios.find((scenario) => scenario.id === id)
    const now = current.scenarios.find((scenario) => scenario.id === id)
    const dated = (result: ScaleResult, runs: Run[]) =>
      runs.map((run) => ({
        ...run,
        date: run.date ?? result.date,
        durationSeconds: run.durationSeconds ?? result.settings.durationSeconds,
        warmupSeconds: run.warmupSeconds ?? result.settings.warmupSeconds,
      }))
    if (!now) return { ...before!, runs: dated(earlier, before!.runs) }
    if (!before) return { ...now, runs: dated(current, now.runs) }
    const keys = new Set(now.runs.map(runKey))
    return {
      ...now,
      runs: [
        ...dated(
          earlier,
          before.runs.filter((run) => !keys.has(runKey(run))),
        ),
        ...dated(current, now.runs),
      ].sort(byDimensions),
    }
  })
  const workers = [...new Set([...earlier.servers, ...current.servers].map((server) => server.workers))]
  const servers = workers
    .sort((a, b) => a - b)
    .map((count) => {
      const before = earlier.servers.find((server) => server.workers === count)
      const now = current.servers.find((server) => server.workers === count)
      return (complete ? (now ?? before) : (before ?? now))!
    })
  return { ...current, servers, scenarios }
}

/** When and how long a group of a scale's runs was measured, with their scenarios. */
export type Measurement = { day: string; durationSeconds: number; warmupSeconds: number; scenarios: number[] }

/**
 * The days and settings a scale's results were measured with, each with its scenarios, oldest
 * first: a narrower run merged into earlier results leaves scenarios from different runs in one
 * table.
 */
export const measurements = (result: ScaleResult): Measurement[] => {
  const groups = new Map<string, Measurement>()
  for (const scenario of result.scenarios) {
    for (const run of scenario.runs) {
      const day = (run.date ?? result.date).slice(0, 10)
      const durationSeconds = run.durationSeconds ?? result.settings.durationSeconds
      const warmupSeconds = run.warmupSeconds ?? result.settings.warmupSeconds
      const key = `${day} ${durationSeconds} ${warmupSeconds}`
      const group = groups.get(key) ?? { day, durationSeconds, warmupSeconds, scenarios: [] }
      if (!group.scenarios.includes(scenario.id)) group.scenarios.push(scenario.id)
      groups.set(key, group)
    }
  }
  return [...groups.values()]
    .map((group) => ({ ...group, scenarios: group.scenarios.sort((a, b) => a - b) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.scenarios[0]! - b.scenarios[0]!))
}

/** Latencies are null when nothing was answered within the measurement. */
const ms = (value: number | null) =>
  value === null || !Number.isFinite(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1)
/** Two decimals: the goals are "at most 1.0", which one decimal would round into. */
const ratio = (a: number | null, b: number | null) =>
  a !== null && b !== null && Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0
    ? `${(a / b).toFixed(2)}×`
    : '–'
const rate = (value: number) => value.toFixed(0)

export const cacheLabel = (cache: CacheLabel) => (cache === 'none' ? 'no cache' : cache)
const workersLabel = (workers: number) => `${workers} worker${workers === 1 ? '' : 's'}`

/** What went wrong in a run, for the table's last column (empty when nothing did). */
export const runProblems = (run: Pick<Run, 'cache' | 'cms'>): string[] => {
  const { cms } = run
  const problems: string[] = []
  if (cms.errors > 0) problems.push(`${cms.errors} failed`)
  // Mostly 503 from the admission queue: the server shedding load it cannot serve in time.
  if (cms.non2xx > 0) problems.push(`${cms.non2xx} of ${cms.requests} not 2xx`)
  // A hit run that measured computed answers, or a miss run answered from the cache, would be a lie.
  if (run.cache === 'hit' && cms.cacheHits < cms.requests)
    problems.push(`${cms.requests - cms.cacheHits} not from the cache`)
  if (run.cache !== 'hit' && cms.cacheHits > 0) problems.push(`${cms.cacheHits} from the cache`)
  return problems
}

const serverLine = (server: ServerResult) =>
  `${workersLabel(server.workers)}: cold start ${(server.coldStartMs / 1000).toFixed(1)} s, RSS after the run ${
    server.rssAfterRunMB === null ? '–' : `${server.rssAfterRunMB} MB`
  }${server.rssProcessesMB.length > 1 ? ` (${server.rssProcessesMB.join(' + ')} MB by process)` : ''}`

/**
 * One scale's results as a Markdown table: per scenario, worker count, cache mode and number of
 * connections the CMS's latencies and throughput beside raw SQL's. Both ratios read "at most 1.00
 * is as fast as raw SQL or faster": p50 as CMS/raw, req/s as raw/CMS.
 */
export const formatScale = (result: ScaleResult): string => {
  const rows = [...result.scenarios]
    .sort((a, b) => a.id - b.id)
    .flatMap((scenario) =>
      [...scenario.runs].sort(byDimensions).map((run) => {
        const { cms, raw } = run
        return [
          `${scenario.id}. ${scenario.title}`,
          run.workers,
          cacheLabel(run.cache),
          run.connections,
          ms(cms.p50),
          ms(cms.p95),
          ms(cms.p99),
          rate(cms.requestsPerSecond),
          raw ? ms(raw.p50) : '–',
          raw ? rate(raw.requestsPerSecond) : '–',
          raw ? ratio(cms.p50, raw.p50) : '–',
          raw ? ratio(raw.requestsPerSecond, cms.requestsPerSecond) : '–',
          runProblems(run).join(', '),
        ].join(' | ')
      }),
    )
  return [
    `Scale ${result.scale} (${Object.entries(result.documents)
      .map(([table, count]) => `${count.toLocaleString('en')} ${table.replace('_', ' ')}`)
      .join(', ')}); ${[...result.servers]
      .sort((a, b) => a.workers - b.workers)
      .map(serverLine)
      .join('; ')}`,
    '',
    '| scenario | workers | cache | conn. | p50 ms | p95 ms | p99 ms | req/s | raw SQL p50 ms | raw req/s | p50 CMS/raw | req/s raw/CMS | |',
    '| --- | --: | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n')
}

/** How each scenario's p50 (one worker, one connection) grows with the scale, per cache mode. */
export const formatGrowth = (results: ScaleResult[]): string => {
  const sorted = [...results].sort((a, b) => a.scale - b.scale)
  const first = sorted[0]
  if (!first || sorted.length < 2) return ''
  const last = sorted[sorted.length - 1]!
  const titles = new Map<number, string>()
  const rows = new Map<string, { id: number; cache: CacheLabel }>()
  for (const result of sorted) {
    for (const scenario of result.scenarios) {
      titles.set(scenario.id, titles.get(scenario.id) ?? scenario.title)
      for (const run of scenario.runs) {
        if (run.workers === 1 && run.connections === 1)
          rows.set(`${scenario.id} ${run.cache}`, { id: scenario.id, cache: run.cache })
      }
    }
  }
  const p50 = (result: ScaleResult, id: number, cache: CacheLabel) =>
    result.scenarios
      .find((scenario) => scenario.id === id)
      ?.runs.find((run) => run.workers === 1 && run.connections === 1 && run.cache === cache)?.cms.p50
  return [
    `| scenario (p50 ms, 1 worker, 1 connection) | cache | ${sorted.map(({ scale }) => `scale ${scale}`).join(' | ')} | ${last.scale} vs ${first.scale} |`,
    `| --- | --- | ${sorted.map(() => '--:').join(' | ')} | --: |`,
    ...[...rows.values()]
      .sort((a, b) => a.id - b.id || CACHE_ORDER[a.cache] - CACHE_ORDER[b.cache])
      .map(({ id, cache }) => {
        const values = sorted.map((result) => p50(result, id, cache))
        const a = values[0]
        const b = values[values.length - 1]
        return `| ${id}. ${titles.get(id)} | ${cacheLabel(cache)} | ${values.map((v) => (v === undefined ? '–' : ms(v))).join(' | ')} | ${a !== undefined && b !== undefined ? ratio(b, a) : '–'} |`
      }),
  ].join('\n')
}
