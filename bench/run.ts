/**
 * npm run bench -- [--scale 1,10,100] [--duration 10] [--warmup 3] [--connections 1,32]
 *                  [--scenarios 1,2,…] [--build]
 *
 * For each scale: generates (or reuses) its data, starts the production server (`next build`
 * output, NODE_ENV=production) and the raw-SQL server, then measures every scenario with
 * autocannon in a separate process, first against the CMS, then against the raw equivalent.
 * Writes bench/results/scale-N.json and prints a table.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'

import pg from 'pg'

import { databaseUrl } from '../src/db/databaseAdmin'
import { benchDatabaseName, openBenchServer } from './lib/benchDatabase'
import { machine, versionOf } from './lib/machine'
import { readMeta } from './lib/meta'
import {
  captureCommand,
  freePort,
  rssMegabytes,
  runCommand,
  type Service,
  startService,
} from './lib/processes'
import { formatScale, type ScaleResult, type ScenarioResult } from './lib/results'
import type { LoadJob, LoadResult } from './load'
import { type Request, type ScenarioParams, SCENARIOS } from './scenarios'

const HELP = `Usage: npm run bench -- [options]

  --scale 1,10,100      scale factors to measure (default 1; see bench/generate.ts)
  --duration 10         seconds measured per scenario and concurrency
  --warmup 3            seconds of load before each measurement, not counted
  --connections 1,32    concurrent connections
  --scenarios 1,2,…     which scenarios (default all, see bench/scenarios.ts)
  --build               run \`next build\` even if a build exists
  --strict              exit 1 when a request failed or a raw answer differed (CI's smoke run)
  --out bench/results   where the JSON results go`

const list = (value: string) => value.split(',').map((item) => Number(item.trim()))

const tsx = ['--import', 'tsx']

const load = async (job: LoadJob): Promise<LoadResult> =>
  JSON.parse(
    await captureCommand(process.execPath, [...tsx, 'bench/load.ts', JSON.stringify(job)]),
  ) as LoadResult

/** One request, as the load generator sends it, for checking answers before measuring. */
const send = async (base: string, request: Request) => {
  const response = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body?.replaceAll('{n}', `check-${Date.now()}`),
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: compared as text.
  }
  return { status: response.status, body }
}

/** The directory says when it was generated; that may differ by a millisecond between two answers. */
const withoutClock = (body: unknown) =>
  body && typeof body === 'object' && 'generatedAt' in body ? { ...body, generatedAt: null } : body

const measureScale = async (
  scale: number,
  options: { duration: number; warmup: number; connections: number[]; scenarios: number[]; out: string },
  adminUrl: string,
): Promise<ScaleResult> => {
  await runCommand(process.execPath, [...tsx, 'bench/generate.ts', '--scale', String(scale)])
  const meta = readMeta(scale)
  if (!meta?.complete) throw new Error(`Generating scale ${scale} did not complete.`)
  const url = databaseUrl(adminUrl, benchDatabaseName(scale))
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bench-'))

  const cmsPort = await freePort()
  const cms = await startService(
    'the CMS',
    [...tsx, 'src/server/main.ts'],
    {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      PORT: String(cmsPort),
      HOST: '127.0.0.1',
      SERVER_URL: `http://127.0.0.1:${cmsPort}`,
    },
    cmsPort,
    '/readyz',
    path.join(logs, 'cms.log'),
  )
  const rawPort = await freePort()
  let raw: Service | undefined
  try {
    raw = await startService(
      'the raw-SQL server',
      [...tsx, 'bench/raw/server.ts'],
      { ...process.env, DATABASE_URL: url, PORT: String(rawPort) },
      rawPort,
      '/',
      path.join(logs, 'raw.log'),
      (status) => status > 0,
    )
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(meta.editor),
    })
    if (!login.ok) throw new Error(`The bench editor could not log in: ${login.status} ${await login.text()}`)
    const params: ScenarioParams = {
      ...meta.params,
      editorToken: ((await login.json()) as { token: string }).token,
    }

    const scenarios: ScenarioResult[] = []
    for (const scenario of SCENARIOS.filter(({ id }) => options.scenarios.includes(id))) {
      const requests = scenario.requests(params)
      const first = requests[0]!
      const cmsAnswer = await send(cms.url, first)
      if (cmsAnswer.status >= 300) {
        throw new Error(
          `Scenario ${scenario.id}: the CMS answered ${cmsAnswer.status} ${JSON.stringify(cmsAnswer.body)}`,
        )
      }
      let sameAnswer: boolean | null = null
      if (scenario.raw) {
        const rawAnswer = await send(raw.url, first)
        sameAnswer =
          rawAnswer.status === cmsAnswer.status &&
          isDeepStrictEqual(withoutClock(rawAnswer.body), withoutClock(cmsAnswer.body))
      }
      const runs: ScenarioResult['runs'] = []
      for (const connections of options.connections) {
        const job = {
          requests,
          connections,
          durationSeconds: options.duration,
          warmupSeconds: options.warmup,
        }
        process.stderr.write(`scale ${scale} · scenario ${scenario.id} · ${connections} connection(s) …`)
        const cmsResult = await load({ ...job, url: cms.url })
        const rawResult = scenario.raw ? await load({ ...job, url: raw.url }) : null
        process.stderr.write(
          ` p50 ${cmsResult.p50} ms${rawResult ? ` (raw ${rawResult.p50} ms)` : ''}, ${cmsResult.requestsPerSecond} req/s\n`,
        )
        runs.push({ connections, cms: cmsResult, raw: rawResult })
      }
      scenarios.push({ id: scenario.id, name: scenario.name, title: scenario.title, sameAnswer, runs })
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
    const result: ScaleResult = {
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
      },
      coldStartMs: Math.round(cms.readyMs),
      rssAfterRunMB: rssMegabytes(cms.process.pid!),
      scenarios,
    }
    fs.mkdirSync(options.out, { recursive: true })
    const file = path.join(options.out, `scale-${scale}.json`)
    // A run of some scenarios replaces those in the scale's results and keeps the others.
    if (scenarios.length < SCENARIOS.length && fs.existsSync(file)) {
      const earlier = JSON.parse(fs.readFileSync(file, 'utf8')) as ScaleResult
      result.scenarios = [
        ...earlier.scenarios.filter(({ id }) => !scenarios.some((scenario) => scenario.id === id)),
        ...scenarios,
      ].sort((a, b) => a.id - b.id)
      result.coldStartMs = earlier.coldStartMs
      result.rssAfterRunMB = earlier.rssAfterRunMB
    }
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
    return result
  } finally {
    await raw?.stop()
    await cms.stop()
  }
}

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '1,32' },
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
  const options = {
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    connections: list(values.connections),
    scenarios: list(values.scenarios),
    out: values.out,
  }
  if (values.build || !fs.existsSync('.next/BUILD_ID')) {
    await runCommand('npm', ['run', 'build'])
  } else {
    const built = fs.statSync('.next/BUILD_ID').mtime.toISOString()
    console.error(`Using the production build of ${built} (--build builds again).`)
  }
  const server = await openBenchServer()
  const problems: string[] = []
  for (const scale of list(values.scale)) {
    const result = await measureScale(scale, options, server.adminUrl)
    console.log(formatScale(result))
    for (const scenario of result.scenarios) {
      if (scenario.sameAnswer === false)
        problems.push(`scale ${scale}, scenario ${scenario.id}: the raw answer differs`)
      for (const { connections, cms, raw } of scenario.runs) {
        for (const [side, run] of [
          ['CMS', cms],
          ['raw', raw],
        ] as const) {
          // No answer within the window is a slow scenario, reported as "–", not a failure.
          if (run && (run.errors > 0 || run.non2xx > 0)) {
            problems.push(
              `scale ${scale}, scenario ${scenario.id}, ${connections} connection(s), ${side}: ` +
                `${run.requests} answered, ${run.errors} errors, ${run.non2xx} not 2xx`,
            )
          }
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
