/**
 * npm run bench -- [--scale 1,10,100] [--duration 10] [--warmup 3] [--connections 1,32]
 *                  [--workers 1,2] [--cache hit,miss] [--scenarios 1,2,…] [--build]
 *
 * For each scale: generates (or reuses) its data and starts the raw-SQL server; then for each
 * worker count starts the production server (`next build` output, NODE_ENV=production,
 * WEB_CONCURRENCY, BENCH_CACHE_SWITCH=1) and measures every scenario with autocannon in a
 * separate process: the anonymous reads once answered from the public cache ("hit") and once
 * computed ("miss", every request carries `X-Bench-Cache: miss`), the editor's scenarios once
 * ("no cache"); raw SQL once per scenario and number of connections. Writes
 * bench/results/scale-N.json and prints a table.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { databaseUrl } from '../src/db/databaseAdmin'
import { hasProductionBuild, productionServerArgs } from '../src/server/productionServer'
import { benchDatabaseName, openBenchServer } from './lib/benchDatabase'
import { asMiss, ensureBypassed, ensureCachedFor, sameAs, send } from './lib/cacheChecks'
import { machine, versionOf } from './lib/machine'
import { readMeta } from './lib/meta'
import {
  captureCommand,
  freePort,
  runCommand,
  type Service,
  startService,
  treeRssMegabytes,
} from './lib/processes'
import {
  CACHE_MODES,
  type CacheLabel,
  cacheLabel,
  type CacheMode,
  formatScale,
  mergeResults,
  runProblems,
  type ScaleResult,
  type ScenarioResult,
  type ServerResult,
  upgradeResult,
} from './lib/results'
import type { LoadJob, LoadResult } from './load'
import { type ScenarioParams, SCENARIOS } from './scenarios'

const HELP = `Usage: npm run bench -- [options]

  --scale 1,10,100      scale factors to measure (default 1; see bench/generate.ts)
  --duration 10         seconds measured per scenario and concurrency
  --warmup 3            seconds of load before each measurement, not counted
  --connections 1,32    concurrent connections
  --workers 1,2         worker processes of the CMS (WEB_CONCURRENCY), one server start each
  --cache hit,miss      the anonymous reads answered from the public cache, computed, or both
  --scenarios 1,2,…     which scenarios (default all, see bench/scenarios.ts)
  --build               run \`next build\` even if a build exists
  --strict              exit 1 when a request failed, a raw answer differed, or a run met the
                        cache otherwise than its mode says (CI's smoke run)
  --out bench/results   where the JSON results go

A run narrower than the default (some scenarios, one worker count or one cache mode) is merged
into the scale's earlier results.`

const list = (name: string, value: string) =>
  value.split(',').map((item) => {
    const number = Number(item.trim())
    if (!(number > 0)) throw new Error(`--${name} takes positive numbers separated by commas, got "${value}"`)
    return number
  })

const cacheModes = (value: string): CacheMode[] => {
  const modes = value.split(',').map((item) => item.trim())
  const unknown = modes.filter((mode) => !CACHE_MODES.includes(mode as CacheMode))
  if (unknown.length || modes.length === 0)
    throw new Error(`--cache takes hit, miss or hit,miss, got "${value}"`)
  return CACHE_MODES.filter((mode) => modes.includes(mode))
}

const tsx = ['--import', 'tsx']

const load = async (job: LoadJob): Promise<LoadResult> =>
  JSON.parse(
    await captureCommand(process.execPath, [...tsx, 'bench/load.ts', JSON.stringify(job)]),
  ) as LoadResult

/** Waits until the server's log says every worker is ready (a cluster answers as soon as one is). */
const waitForLog = async (file: string, pattern: RegExp, timeoutMs: number, exited: () => boolean) => {
  const started = performance.now()
  while (!pattern.test(fs.readFileSync(file, 'utf8'))) {
    if (exited()) throw new Error(`The CMS exited before it was ready; see ${file}`)
    if (performance.now() - started > timeoutMs) {
      throw new Error(`The CMS did not log ${pattern} within ${timeoutMs / 1000} s; see ${file}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

type Options = {
  duration: number
  warmup: number
  connections: number[]
  workers: number[]
  cache: CacheMode[]
  scenarios: number[]
  out: string
}

const startCms = async (url: string, workers: number, logs: string): Promise<Service> => {
  const port = await freePort()
  const log = path.join(logs, `cms-${workers}.log`)
  const started = performance.now()
  const cms = await startService(
    `the CMS (${workers} worker${workers === 1 ? '' : 's'})`,
    productionServerArgs(),
    {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVER_URL: `http://127.0.0.1:${port}`,
      WEB_CONCURRENCY: String(workers),
      // Lets a request carrying X-Bench-Cache: miss bypass the public cache; nothing else does.
      BENCH_CACHE_SWITCH: '1',
    },
    port,
    '/readyz',
    log,
  )
  if (workers > 1) {
    try {
      await waitForLog(
        log,
        new RegExp(`CMS ready \\(production, ${workers} workers\\)`),
        180_000,
        () => cms.process.exitCode !== null || cms.process.signalCode !== null,
      )
    } catch (error) {
      await cms.stop()
      throw error
    }
    cms.readyMs = performance.now() - started
  }
  return cms
}

const measureScale = async (scale: number, options: Options, adminUrl: string): Promise<ScaleResult> => {
  await runCommand(process.execPath, [...tsx, 'bench/generate.ts', '--scale', String(scale)])
  const meta = readMeta(scale)
  if (!meta?.complete) throw new Error(`Generating scale ${scale} did not complete.`)
  const url = databaseUrl(adminUrl, benchDatabaseName(scale))
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bench-'))

  const rawPort = await freePort()
  const raw = await startService(
    'the raw-SQL server',
    [...tsx, 'bench/raw/server.ts'],
    { ...process.env, DATABASE_URL: url, PORT: String(rawPort) },
    rawPort,
    '/',
    path.join(logs, 'raw.log'),
    (status) => status > 0,
  )
  const selected = SCENARIOS.filter(({ id }) => options.scenarios.includes(id))
  const scenarios = new Map<number, ScenarioResult>(
    selected.map((scenario) => [
      scenario.id,
      {
        id: scenario.id,
        name: scenario.name,
        title: scenario.title,
        sameAnswer: scenario.raw ? true : null,
        runs: [],
      },
    ]),
  )
  /** Raw SQL does not depend on the CMS's workers or cache: measured once per scenario and concurrency. */
  const rawRuns = new Map<string, LoadResult>()
  const servers: ServerResult[] = []
  try {
    for (const workers of options.workers) {
      const cms = await startCms(url, workers, logs)
      try {
        const login = await fetch(`${cms.url}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(meta.editor),
        })
        if (!login.ok)
          throw new Error(`The bench editor could not log in: ${login.status} ${await login.text()}`)
        const params: ScenarioParams = {
          ...meta.params,
          editorToken: ((await login.json()) as { token: string }).token,
        }

        for (const scenario of selected) {
          const result = scenarios.get(scenario.id)!
          const requests = scenario.requests(params)
          const first = requests[0]!
          const computed = await send(cms.url, scenario.cached ? asMiss(first) : first)
          if (computed.status >= 300) {
            throw new Error(
              `Scenario ${scenario.id}: the CMS answered ${computed.status} ${JSON.stringify(computed.body)}`,
            )
          }
          const rawAnswer = scenario.raw ? await send(raw.url, first) : null
          if (rawAnswer && !sameAs(rawAnswer, computed)) result.sameAnswer = false

          const modes: CacheLabel[] = scenario.cached ? options.cache : ['none']
          for (const mode of modes) {
            if (mode === 'miss') await ensureBypassed(cms.url, first, scenario.id)
            const measured = mode === 'miss' ? requests.map(asMiss) : requests
            for (const connections of options.connections) {
              if (mode === 'hit') {
                // Before every hit run: answers that depend on the clock expire (scenario 8).
                const { answers, outlastsRun } = await ensureCachedFor(
                  cms.url,
                  requests,
                  workers,
                  scenario.id,
                  options.warmup + options.duration + 1,
                )
                if (!outlastsRun) {
                  process.stderr.write(
                    `scenario ${scenario.id}: the cached answer expires during the run; its recomputations show in the table\n`,
                  )
                }
                // What the cache gives must be what raw SQL gives now too (a cached answer holds
                // until its expiry, so its opening states are the current ones).
                const [cached] = answers
                if (rawAnswer && cached && !sameAs(await send(raw.url, first), cached))
                  result.sameAnswer = false
              }
              const job = { connections, durationSeconds: options.duration, warmupSeconds: options.warmup }
              process.stderr.write(
                `scale ${scale} · ${workers} worker(s) · scenario ${scenario.id} · ${cacheLabel(mode)} · ${connections} connection(s) …`,
              )
              const cmsResult = await load({ ...job, requests: measured, url: cms.url })
              const rawKey = `${scenario.id} ${connections}`
              if (scenario.raw && !rawRuns.has(rawKey))
                rawRuns.set(rawKey, await load({ ...job, requests, url: raw.url }))
              const rawResult = rawRuns.get(rawKey) ?? null
              process.stderr.write(
                ` p50 ${cmsResult.p50} ms${rawResult ? ` (raw ${rawResult.p50} ms)` : ''}, ${cmsResult.requestsPerSecond} req/s` +
                  `, ${cmsResult.cacheHits} of ${cmsResult.requests} from the cache\n`,
              )
              result.runs.push({
                workers,
                cache: mode,
                connections,
                cms: cmsResult,
                raw: rawResult,
                date: new Date().toISOString(),
                durationSeconds: options.duration,
                warmupSeconds: options.warmup,
              })
            }
          }
        }
        // After every scenario on this server: the whole process tree, primary and workers.
        const rssProcessesMB = treeRssMegabytes(cms.process.pid!)
        const server: ServerResult = {
          workers,
          coldStartMs: Math.round(cms.readyMs),
          rssAfterRunMB: rssProcessesMB.length ? rssProcessesMB.reduce((sum, mb) => sum + mb, 0) : null,
          rssProcessesMB,
        }
        process.stderr.write(
          `scale ${scale} · ${workers} worker(s): RSS after the run ${server.rssAfterRunMB} MB (${rssProcessesMB.join(' + ')})\n`,
        )
        servers.push(server)
      } finally {
        await cms.stop()
      }
    }
    const pgVersion = await (async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version
      } finally {
        await client.end()
      }
    })()
    let result: ScaleResult = {
      scale,
      date: new Date().toISOString(),
      machine: machine(),
      versions: {
        node: process.version,
        postgres: pgVersion,
        payload: versionOf('payload'),
        next: versionOf('next'),
        autocannon: versionOf('autocannon'),
      },
      documents: meta.documents,
      generation: meta.timings,
      settings: {
        durationSeconds: options.duration,
        warmupSeconds: options.warmup,
        connections: options.connections,
        workers: options.workers,
        cache: options.cache,
      },
      servers,
      scenarios: [...scenarios.values()],
    }
    fs.mkdirSync(options.out, { recursive: true })
    const file = path.join(options.out, `scale-${scale}.json`)
    const everyScenario = selected.length === SCENARIOS.length
    const complete = everyScenario && options.cache.length === CACHE_MODES.length
    // A narrower run replaces its own measurements in the scale's results and keeps the others.
    if ((!complete || !options.workers.includes(1) || !options.workers.includes(2)) && fs.existsSync(file)) {
      const earlier = upgradeResult(JSON.parse(fs.readFileSync(file, 'utf8')) as ScaleResult)
      result = mergeResults(earlier, result, complete)
    }
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
    return result
  } finally {
    await raw.stop()
  }
}

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '1,32' },
      workers: { type: 'string', default: '1,2' },
      cache: { type: 'string', default: 'hit,miss' },
      scenarios: { type: 'string', default: SCENARIOS.map(({ id }) => id).join(',') },
      build: { type: 'boolean' },
      strict: { type: 'boolean' },
      out: { type: 'string', default: 'bench/results' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(HELP)
    return 0
  }
  const options: Options = {
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    connections: list('connections', values.connections),
    workers: list('workers', values.workers),
    cache: cacheModes(values.cache),
    scenarios: list('scenarios', values.scenarios),
    out: values.out,
  }
  if (values.build || !hasProductionBuild()) {
    await runCommand('npm', ['run', 'build'])
  } else {
    const built = fs.statSync('.next/BUILD_ID').mtime.toISOString()
    console.error(`Using the production build of ${built} (--build builds again).`)
  }
  const server = await openBenchServer()
  const problems: string[] = []
  for (const scale of list('scale', values.scale)) {
    const result = await measureScale(scale, options, server.adminUrl)
    console.log(formatScale(result))
    for (const scenario of result.scenarios) {
      if (scenario.sameAnswer === false)
        problems.push(`scale ${scale}, scenario ${scenario.id}: the raw answer differs`)
      for (const run of scenario.runs) {
        const where = `scale ${scale}, scenario ${scenario.id}, ${run.workers} worker(s), ${cacheLabel(run.cache)}, ${run.connections} connection(s)`
        // No answer within the window is a slow scenario, reported as "–", not a failure.
        const cms = runProblems(run)
        if (cms.length) problems.push(`${where}, CMS: ${run.cms.requests} answered, ${cms.join(', ')}`)
        if (run.raw && run.raw.errors + run.raw.non2xx > 0) {
          problems.push(
            `${where}, raw: ${run.raw.requests} answered, ${run.raw.errors} errors, ${run.raw.non2xx} not 2xx`,
          )
        }
      }
    }
  }
  if (problems.length) console.error(problems.join('\n'))
  return values.strict && problems.length > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
