/**
 * npm run fuzz -- [--requests 10000] [--seed S] [--concurrency 8] [--url URL] …  (see HELP)
 *
 * Generated, seeded, reproducible malformed requests against a real server process; the verdict
 * is no answer ≥ 500, no request without a complete answer within the time limit, and the
 * database unchanged. Exits 1 on any failure.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { type Checksum, checksumDatabase, compareChecksums, EXCLUDED_TABLES } from './checksum'
import { discoverContext, loginViewer } from './discover'
import { externalTarget, startOwnTarget, type Target } from './fuzzTarget'
import { createGenerator } from './generate'
import { loadSchema } from './graphqlQueries'
import { loadModel } from './loadModel'
import type { FuzzRequest } from './request'
import { sendRaw } from './sendRaw'
import { serverErrors } from './serverErrors'
import { formatSummary, type Report } from './summary'
import { type Phase, Tally } from './tally'

const HELP = `Usage: npm run fuzz -- [options]

  --requests 10000        how many generated requests (after one warm-up request per route)
  --seed S                seed of the generator (default: a random one, printed); same seed, same requests
  --concurrency 8         requests in flight at once
  --timeout 5000          ms for a complete answer; slower is a hang
  --only 17,380           send only the requests with these indexes and print each answer (no warm-up)
  --url URL               attack a server that is already running instead of starting one
  --database-url URL      with --url: its database, for the before/after checksum
  --media-dir DIR         with --url: its upload directory, compared before and after too
  --viewer-email E        the read-only viewer to log in as (default: the demo viewer)
  --viewer-password P
  --build                 run \`npm run build\` even if a production build exists
  --out FILE              write the report as JSON there (default: a file in the temp directory)
  --help                  this text

Without --url: builds the app if its build (Next's and the server bundle) is missing, creates a
fresh database (on DATABASE_URL's server, or a throwaway embedded PostgreSQL), migrates and seeds it
with demo users, starts the production server (NODE_ENV=production), fuzzes it and removes it all
again.
Fails (exit 1) on any answer ≥ 500, any GraphQL error with statusCode ≥ 500, any request without a
complete answer in time, and any change of the database (tables excluded: see checksum.ts).`

/** A route's first call may be slow (the first render of an admin page): the warm-up waits longer. */
const WARM_UP_TIMEOUT_MS = 60_000

/** Stop early when this many requests in a row got no answer: the server is gone or stuck. */
const SILENT_LIMIT = 40

const log = (line: string) => process.stderr.write(`${line}\n`)

/** Runs `work` over `items` with at most `concurrency` at once, in index order of start. */
const pool = async <T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<boolean>,
): Promise<void> => {
  let next = 0
  let stopped = false
  const worker = async () => {
    while (!stopped && next < items.length) {
      const item = items[next++]!
      if (!(await work(item))) stopped = true
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
}

const withCredentials = (request: FuzzRequest, token: string): Array<[string, string]> => {
  if (request.persona !== 'viewer') return request.headers
  return request.credentials === 'header'
    ? [...request.headers, ['Authorization', `JWT ${token}`]]
    : [...request.headers, ['Cookie', `payload-token=${token}`]]
}

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '10000' },
      seed: { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      timeout: { type: 'string', default: '5000' },
      only: { type: 'string' },
      url: { type: 'string' },
      'database-url': { type: 'string' },
      'media-dir': { type: 'string' },
      'viewer-email': { type: 'string', default: 'lesezugang.stendal@demo.example.org' },
      'viewer-password': { type: 'string', default: 'Demo-Integration-2026' },
      build: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(HELP)
    return 0
  }
  const requests = Number(values.requests)
  const concurrency = Number(values.concurrency)
  const timeoutMs = Number(values.timeout)
  for (const [name, value] of [
    ['requests', requests],
    ['concurrency', concurrency],
    ['timeout', timeoutMs],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`)
  }
  const only = values.only?.split(',').map((item) => Number(item.trim()))
  if (only?.some((index) => !Number.isInteger(index) || index < 0))
    throw new Error('--only takes indexes such as 17,380')
  const seed = values.seed ?? String(crypto.randomInt(1, 2 ** 31))
  log(`Seed ${seed} (repeat with --seed ${seed})`)

  log('Reading the Payload config and the GraphQL schema …')
  const model = loadModel()
  const schema = loadSchema()

  const target: Target = values.url
    ? externalTarget(values.url, values['database-url'] ?? undefined, values['media-dir'] ?? undefined)
    : await startOwnTarget(log, { build: Boolean(values.build) })
  const stopTarget = async () => {
    await target.stop()
  }
  process.once('SIGINT', () => void stopTarget().then(() => process.exit(130)))
  process.once('SIGTERM', () => void stopTarget().then(() => process.exit(143)))

  const started = Date.now()
  try {
    const token = await loginViewer(target.url, values['viewer-email'], values['viewer-password'])
    const context = await discoverContext(target.url, token, model)
    const generator = createGenerator({ seed, model, context, schema })
    log(
      `${generator.routes.length} routes (${new Set(generator.routes.map((route) => route.kind)).size} kinds), ` +
        `${generator.mutations.length} mutation kinds; context: ${Object.values(context.ids).flat().length} ids, ` +
        `${context.districtSlugs.length} districts, files ${context.filenames.join(', ') || 'none'}`,
    )

    // After the viewer's login (set-up), before the first fuzzed (or warm-up) request.
    const before: Checksum | undefined = target.databaseUrl
      ? await checksumDatabase(target.databaseUrl, target.mediaDir)
      : undefined
    if (!before) log('No database URL: the database will not be checked (--database-url).')

    const tally = new Tally(seed)
    let aborted: string | undefined
    const send = async (phase: Phase, request: FuzzRequest): Promise<boolean> => {
      const outcome = await sendRaw(
        target.host,
        target.port,
        {
          method: request.method,
          target: request.target,
          headers: withCredentials(request, token),
          body: request.body,
        },
        phase === 'warm-up' ? Math.max(timeoutMs, WARM_UP_TIMEOUT_MS) : timeoutMs,
      )
      tally.add(phase, request, outcome)
      // A replay (--only) shows every request with its answer, failing or not.
      if (only) {
        const example = tally.example(phase, request, outcome)
        log(
          `#${example.index} ${example.persona} ${example.mutations.join(' + ') || 'valid'}\n` +
            `  ${example.method} ${example.target}${example.body ? `\n  body: ${example.body.slice(0, 200)}` : ''}\n` +
            `  → ${example.outcome} ${example.answer?.slice(0, 200) ?? ''} (${example.ms} ms)`,
        )
      }
      if (tally.silentStreak >= SILENT_LIMIT) {
        aborted = `${SILENT_LIMIT} requests in a row without an answer: the server stopped answering`
        return false
      }
      return true
    }

    // Warm-up: one valid request per route, so that nothing measured later is a first call.
    const warmUp = only ? [] : generator.warmUp()
    if (warmUp.length) {
      log(`Warm-up: ${warmUp.length} requests …`)
      await pool(warmUp, concurrency, (request) => send('warm-up', request))
    }

    const indexes = only ?? Array.from({ length: requests }, (_, index) => index)
    log(`Fuzzing: ${indexes.length} requests, ${concurrency} at once …`)
    let done = 0
    const step = Math.max(1, Math.round(indexes.length / 10))
    const fuzzStarted = Date.now()
    if (!aborted) {
      await pool(indexes, concurrency, async (index) => {
        const carryOn = await send('fuzz', generator.requestAt(index))
        if (++done % step === 0) {
          log(
            `  ${done}/${indexes.length} · ${tally.failed} failures · ${((Date.now() - fuzzStarted) / 1000).toFixed(0)} s`,
          )
        }
        return carryOn
      })
    }

    const after =
      before && target.databaseUrl ? await checksumDatabase(target.databaseUrl, target.mediaDir) : undefined
    const changes = before && after ? compareChecksums(before, after) : []
    const report: Report = {
      seed,
      target: target.description,
      requests: indexes.length,
      warmUpRequests: warmUp.length,
      concurrency,
      timeoutMs,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      classes: tally.classes,
      statuses: tally.statuses,
      failed: tally.failed,
      failures: tally.sortedFailures(),
      failingMutations: tally.failingMutations,
      failingRoutes: tally.failingRoutes,
      slowest: tally.slowest,
      database: {
        checked: Boolean(before),
        excluded: EXCLUDED_TABLES,
        tables: before?.tables.length ?? 0,
        changes,
      },
      serverErrors: serverErrors(target.logFile),
      ...(aborted ? { aborted } : {}),
      passed: tally.failed === 0 && changes.length === 0 && !aborted,
    }
    const out = values.out ?? path.join(process.env.TMPDIR ?? '/tmp', `cms-fuzz-${seed}.json`)
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
    fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
    console.log(formatSummary(report))
    console.log(`Report: ${out}${target.logFile ? ` · server log: ${target.logFile}` : ''}`)
    return report.passed ? 0 : 1
  } finally {
    await stopTarget()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(2)
  },
)
