/**
 * npm run soak -- [--duration 300] [--clients 64] [--write-share 0.2] [--abusers 4] [--smoke] …
 *
 * The load and abuse suite: normal clients (anonymous readers and editors) against the
 * production build on a fresh seeded database, first alone (baseline), then alongside abusive
 * clients (slow bodies, slow reads, alias-heavy GraphQL, login floods). Records every normal
 * request and every abusive attempt, samples the server's RSS each second, prints a table per
 * phase and a verdict against the targets (bench/soak/verdict.ts), and writes the JSON results.
 * See bench/README.md, "Load and abuse (soak)".
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { externalTarget, startOwnTarget, type Target } from '../tests/fuzz/fuzzTarget'
import { machine, versionOf } from './lib/machine'
import { abuseLog } from './soak/abuseRecord'
import { runAbusers } from './soak/abusers'
import { addressAllocator } from './soak/addresses'
import { createEditors, discoverDistricts, signIn } from './soak/fixtures'
import { abusiveQueries } from './soak/graphqlAbuseQueries'
import { type HttpClient, httpClient } from './soak/httpClient'
import { NORMAL_KINDS, runEditor, runReader, type WriteCounts } from './soak/normalTraffic'
import { runPhases } from './soak/phases'
import { createRecorder, failureOf } from './soak/recorder'
import { formatResult } from './soak/report'
import type { SoakResult, SoakSettings } from './soak/result'
import { listeningPid, watchServer } from './soak/serverProcess'
import { SLOW_READ_CONNECTIONS } from './soak/slowRead'
import { slowestByKind, summarizeAbuse, summarizePhase, summarizeRss, timeline } from './soak/stats'
import { passed, verdict } from './soak/verdict'

/**
 * The warm-up is a minute: a fresh server's RSS grows for about that long under 64 clients
 * before the garbage collector settles into its rhythm.
 */
const FULL = { duration: 300, warmup: 60, clients: 64, writeShare: 0.2, abusers: 4 }
/** Every kind of traffic, briefly: CI's smoke run. */
const SMOKE = { duration: 20, warmup: 5, clients: 16, writeShare: 0.2, abusers: 1 }

const HELP = `Usage: npm run soak -- [options]

  --duration 300      seconds of each measured phase: baseline, then abuse
  --warmup 60         seconds of normal traffic before measuring, not counted
  --clients 64        concurrent normal clients, each sending its next request when answered
  --write-share 0.2   share of those clients that are editors writing (the rest read anonymously)
  --abusers 4         clients of each abusive kind in the abuse phase: slow bodies (a create and
                      a sign-in at a time), slow reads (${SLOW_READ_CONNECTIONS} connections each), alias-heavy
                      GraphQL, login floods (each from one address)
  --url URL           a running server on this machine or elsewhere (its demo users must exist:
                      npm run seed -- --demo-users); default: the production build on a fresh,
                      seeded database (as npm run fuzz does)
  --build             run \`next build\` first even if a build exists (without --url)
  --smoke             a short run for CI: ${SMOKE.duration} s phases, ${SMOKE.warmup} s warm-up, ${SMOKE.clients} clients, ${SMOKE.abusers} abuser
                      of each kind (options given as well win); fails only on errors, never on
                      timings or memory
  --out FILE          JSON results (default bench/results/soak.json; a smoke run writes none
                      unless asked)
  --help              this text

Exit 1 when a target is missed (see bench/README.md, "Load and abuse (soak)").`

const number = (
  name: string,
  value: string | undefined,
  fallback: number,
  { min = 0, max = Infinity } = {},
) => {
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new Error(`--${name} must be a number from ${min} to ${max}, got ${value}`)
  }
  return parsed
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
      'write-share': { type: 'string' },
      abusers: { type: 'string' },
      url: { type: 'string' },
      build: { type: 'boolean' },
      smoke: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(HELP)
    return 0
  }
  const smoke = Boolean(values.smoke)
  const defaults = smoke ? SMOKE : FULL
  const clients = number('clients', values.clients, defaults.clients, { min: 1, max: 10_000 })
  const writeShare = number('write-share', values['write-share'], defaults.writeShare, { max: 1 })
  const editorCount = Math.round(clients * writeShare)
  const settings: SoakSettings = {
    durationSeconds: number('duration', values.duration, defaults.duration, { min: 1 }),
    warmupSeconds: number('warmup', values.warmup, defaults.warmup),
    clients,
    readers: clients - editorCount,
    editors: editorCount,
    writeShare,
    abusers: number('abusers', values.abusers, defaults.abusers, { max: 1000 }),
    slowReadConnections: SLOW_READ_CONNECTIONS,
    smoke,
  }
  const out = values.out ?? (smoke ? undefined : 'bench/results/soak.json')
  const log = (line: string) => console.error(line)

  const target: Target = values.url
    ? externalTarget(values.url)
    : await startOwnTarget(log, { build: Boolean(values.build) })
  // Ctrl-C: the server, its database and PostgreSQL go too.
  process.once('SIGINT', () => void target.stop().then(() => process.exit(130)))
  process.once('SIGTERM', () => void target.stop().then(() => process.exit(143)))
  const clientsToClose: HttpClient[] = []
  try {
    const pid = LOCAL_HOSTS.has(target.host) ? listeningPid(target.port) : null
    log(`Server: ${target.description}${pid ? `, process ${pid}` : ', process not found: RSS not measured'}.`)
    const nextAddress = addressAllocator()
    const setup = httpClient(target.url, nextAddress())
    clientsToClose.push(setup)
    const districts = await discoverDistricts(setup)
    const accounts = settings.editors > 0 ? await createEditors(setup, districts) : []
    const queries = abusiveQueries()
    log(
      `${districts.length} districts with a network (${districts.map(({ slug }) => slug).join(', ')}); ` +
        `${settings.readers} readers, ${settings.editors} editors; abusive GraphQL: ` +
        queries
          .map(
            ({ name, measures }) =>
              `${name} (${measures.aliases} aliases, depth ${measures.depth}, cost ${measures.cost})`,
          )
          .join(', '),
    )

    // One sign-in per editor client, one after the other: Payload reads a user's sessions and
    // writes them back, so parallel sign-ins of one user can lose a session.
    const editors: Array<{ client: HttpClient; account: (typeof accounts)[number]; token: string }> = []
    for (let i = 0; i < settings.editors; i++) {
      const account = accounts[i % accounts.length]!
      const client = httpClient(target.url, nextAddress())
      clientsToClose.push(client)
      editors.push({ client, account, token: await signIn(client, account.email, account.password) })
    }
    const readers = Array.from({ length: settings.readers }, () => {
      const client = httpClient(target.url, nextAddress())
      clientsToClose.push(client)
      return client
    })

    const recorder = createRecorder()
    const abuse = abuseLog(recorder.now)
    const watch = watchServer(pid, recorder.now, () => recorder.phase)
    const runTag = Date.now().toString(36)
    let phases: Awaited<ReturnType<typeof runPhases<WriteCounts[]>>>
    try {
      phases = await runPhases({
        warmupSeconds: settings.warmupSeconds,
        durationSeconds: settings.durationSeconds,
        recorder,
        startNormal: (stop) =>
          Promise.all([
            ...readers.map((client, i) =>
              runReader(client, districts, `reader-${i}`, recorder, stop).then(() => null),
            ),
            ...editors.map(({ client, account, token }, i) =>
              runEditor(client, account.district, token, `${runTag}-${i}`, recorder, stop),
            ),
          ]).then((results) => results.filter((counts): counts is WriteCounts => counts !== null)),
        startAbusers: (stop) =>
          runAbusers({
            url: target.url,
            count: settings.abusers,
            districts,
            queries,
            nextAddress,
            log: abuse,
            stop,
          }),
        progress: () => {
          const errors = recorder.samples.filter((sample) => failureOf(sample)).length
          const rss = watch.samples[watch.samples.length - 1]?.rssMB
          return `${recorder.samples.length} normal requests, ${errors} errors, ${abuse.records.length} abusive attempts recorded${rss ? `, RSS ${rss} MB` : ''}`
        },
      })
    } finally {
      watch.stop()
    }

    const seconds = settings.durationSeconds
    const summaries = {
      'warm-up': summarizePhase(
        recorder.samples,
        'warm-up',
        NORMAL_KINDS,
        Math.max(1, settings.warmupSeconds),
      ),
      baseline: summarizePhase(recorder.samples, 'baseline', NORMAL_KINDS, seconds),
      abuse: summarizePhase(recorder.samples, 'abuse', NORMAL_KINDS, seconds),
    }
    const rss = summarizeRss(watch.samples)
    const abusers = summarizeAbuse(abuse.records)
    const checks = verdict({ phases: summaries, rss, abuse: abusers, abusersPerKind: settings.abusers })
    const writes = phases.normal.reduce(
      (sum, counts) => ({
        created: sum.created + counts.created,
        updated: sum.updated + counts.updated,
        trashed: sum.trashed + counts.trashed,
      }),
      { created: 0, updated: 0, trashed: 0 },
    )
    const result: SoakResult = {
      date: new Date().toISOString(),
      machine: machine(),
      versions: { node: process.version, payload: versionOf('payload'), next: versionOf('next') },
      target: target.description,
      settings,
      phases: summaries,
      slowest: {
        baseline: slowestByKind(recorder.samples, 'baseline'),
        abuse: slowestByKind(recorder.samples, 'abuse'),
      },
      timeline: timeline(recorder.samples),
      abusers,
      abuseQueries: queries.map(({ name, measures }) => ({ name, measures })),
      writes,
      server: { pid, rss, samples: watch.samples, busiest: phases.busiest },
      verdict: checks,
      passed: passed(checks, smoke),
    }
    console.log(formatResult(result))
    if (out) {
      fs.mkdirSync(path.dirname(out), { recursive: true })
      fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
      log(`Results: ${out}`)
    }
    return result.passed ? 0 : 1
  } finally {
    for (const client of clientsToClose) client.close()
    await target.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
