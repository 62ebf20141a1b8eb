/**
 * Proves that `npm pack` yields a plugin a foreign host can install and boot
 * (`npm run check:package`, run by CI):
 *
 * 1. `npm pack` the repo into a fresh temporary directory outside it (prepack builds dist/);
 *    the tarball holds only dist/, package.json and the README;
 * 2. writes a minimal host app there (its own `pages` collection, `plugins:
 *    [integrationNetworks()]` imported from the package name, Payload's REST handlers on
 *    node:http, /readyz) and installs the tarball with the peers at the repo's exact versions;
 * 3. type-checks a host module against the package's declarations (nodenext resolution);
 * 4. starts a throwaway database: an embedded PostgreSQL, or a fresh database on
 *    DATABASE_URL's server (dropped afterwards); the host pushes its schema;
 * 5. boots the host, waits for /readyz 200, registers the first user (the plugin makes it the
 *    state admin), creates a district and a published network over REST, and reads the network
 *    back anonymously from GET /api/networks.
 *
 * Each step prints its time; the exit code is 0 on success, 1 with the reason otherwise. The
 * server, the database and the temporary directory are always removed (`--keep` keeps the
 * directory, for a look at the host).
 *
 *   node --import tsx src/scripts/checkPackage.ts [--keep]
 */
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { databaseUrl, quoteIdent, withClient } from '../db/databaseAdmin'
import { startEmbeddedPostgres } from '../db/embeddedPostgres'
import { freePort } from '../db/freePort'

type Manifest = {
  name: string
  version: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  exports?: Record<string, { types?: string; import?: string }>
}

const root = process.cwd()
const keep = process.argv.includes('--keep')
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest

/** What the host installs beside the tarball: the package's peers and what the host itself uses. */
const HOST_PACKAGES = [
  ...Object.keys(manifest.peerDependencies ?? {}),
  '@payloadcms/db-postgres',
  '@payloadcms/next',
  '@payloadcms/richtext-lexical',
  '@payloadcms/ui',
  'graphql',
  'next',
  'react',
  'react-dom',
]

const READY_TIMEOUT_MS = 240_000
const STOP_TIMEOUT_MS = 10_000
const PASSWORD = 'Ein-langes-Passwort-2026'

// ---------------------------------------------------------------------------------------------
// The host app

const HOST_CONFIG = `import { postgresAdapter } from '@payloadcms/db-postgres'
import { integrationNetworks, preloadLexical } from '${manifest.name}'
import { buildConfig } from 'payload'

// Before the rich-text editor pulls in the whole Lexical family (the package's preloadLexical).
await preloadLexical()
const { lexicalEditor } = await import('@payloadcms/richtext-lexical')

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET,
  editor: lexicalEditor(),
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL }, push: true }),
  collections: [
    {
      slug: 'pages',
      access: { read: () => true },
      fields: [{ name: 'title', type: 'text', required: true }],
    },
  ],
  telemetry: false,
  plugins: [integrationNetworks()],
})
`

const HOST_SERVER = `// The host's server: Payload's REST handlers on node:http, and a readiness check.
import http from 'node:http'

import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import config from './payload.config.mjs'

const payload = await getPayload({ config })
const rest = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  PUT: REST_PUT(config),
  DELETE: REST_DELETE(config),
  OPTIONS: REST_OPTIONS(config),
}

const json = (res, status, body) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))

const readBody = async (req) => {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://' + (req.headers.host ?? 'localhost'))
    if (url.pathname === '/readyz') {
      try {
        await payload.db.pool.query('select 1')
        return json(res, 200, { status: 'ok' })
      } catch (error) {
        return json(res, 503, { status: 'unavailable', reason: String(error) })
      }
    }
    const handler = url.pathname.startsWith('/api/') ? rest[req.method ?? 'GET'] : undefined
    if (!handler) return json(res, 404, { error: 'not found' })
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      for (const one of [value ?? []].flat()) headers.append(name, one)
    }
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
    const request = new Request(url, { method: req.method, headers, body })
    // As Next hands the catch-all segments of /api/[...slug] over: decoded.
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    const out = {}
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie' && name !== 'content-length') out[name] = value
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length) out['set-cookie'] = cookies
    res.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    payload.logger.error({ err: error }, 'request failed')
    if (res.headersSent) res.end()
    else json(res, 500, { error: 'internal' })
  }
})

server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log('host listening on http://127.0.0.1:' + process.env.PORT)
})

const stop = () => {
  server.close()
  server.closeAllConnections()
  Promise.resolve(payload.db.destroy?.())
    .catch(() => {})
    .finally(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
`

/** Fails to compile when the package's types are missing or degrade to any. */
const HOST_TYPES_CHECK = `import { integrationNetworks, type IntegrationNetworksOptions, SACHSEN_ANHALT } from '${manifest.name}'
import type { Config, Plugin } from 'payload'

const options: IntegrationNetworksOptions = { locales: ['de', 'en'], state: SACHSEN_ANHALT }
const plugin: Plugin = integrationNetworks(options)
// @ts-expect-error: not a locale the plugin knows (proves the types are the plugin's, not any)
integrationNetworks({ locales: ['xx'] })
export const plugins: Config['plugins'] = [plugin]
`

// ---------------------------------------------------------------------------------------------
// Steps, children, cleanup

const started = performance.now()
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const step = async <T>(name: string, run: () => Promise<T>, detail?: (result: T) => string): Promise<T> => {
  console.log(`▸ ${name}`)
  const begin = performance.now()
  const result = await run()
  const took = seconds(performance.now() - begin)
  const extra = detail ? `: ${detail(result)}` : ''
  console.log(`  ok in ${took} (at ${seconds(performance.now() - started)})${extra}`)
  return result
}

/** The environment for child processes: without npm's per-script variables (prefix, package). */
const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|config_(local_|global_)?prefix$)/i.test(key)) continue
    if (key === 'NODE_ENV') continue
    env[key] = value
  }
  // Without NODE_ENV, which Next's types declare as always set.
  return { ...env, ...extra } as NodeJS.ProcessEnv
}

const children = new Set<ChildProcess>()

/** Runs a command to its end; rejects with the tail of its output when it fails. */
const run = (command: string, args: string[], cwd: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      children.delete(child)
      if (code === 0) resolve(output)
      else {
        const tail = output.trim().split('\n').slice(-40).join('\n')
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail}`))
      }
    })
  })

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (exited(child)) return
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await gone
  clearTimeout(timer)
}

const cleanups: { name: string; run: () => Promise<void> }[] = []
let cleaning: Promise<boolean> | undefined

/** Runs every cleanup, latest first; true when all succeeded. */
const cleanUp = () =>
  (cleaning ??= (async () => {
    let ok = true
    for (const child of children) await stopChild(child)
    for (const { name, run: cleanup } of cleanups.reverse()) {
      const begin = performance.now()
      try {
        await cleanup()
        console.log(`▸ cleanup: ${name} (${seconds(performance.now() - begin)})`)
      } catch (error) {
        ok = false
        console.error(`▸ cleanup: ${name} FAILED: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return ok
  })())

const adminQuery = async (url: string, sql: string): Promise<void> => {
  await withClient(url, (client) => client.query(sql))
}

// ---------------------------------------------------------------------------------------------
// The check

const exactVersion = (name: string): string => {
  const version = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name]
  if (!version || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
    throw new Error(`package.json pins no exact version of ${name} (devDependencies); the host needs one`)
  }
  return version
}

type Api = { status: number; json: Record<string, unknown> | undefined }

const api = async (
  base: string,
  method: string,
  route: string,
  options: { body?: unknown; token?: string } = {},
) => {
  const headers: Record<string, string> = {}
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${base}/api/${route}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  let json: Api['json']
  try {
    json = text ? (JSON.parse(text) as Api['json']) : undefined
  } catch {
    json = { text }
  }
  return { status: response.status, json } satisfies Api
}

const expectStatus = (what: string, result: Api, status: number) => {
  if (result.status !== status) {
    throw new Error(
      `${what}: expected ${status}, got ${result.status}: ${JSON.stringify(result.json).slice(0, 500)}`,
    )
  }
}

const main = async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-package-check-'))
  if (path.relative(root, tmp).split(path.sep)[0] !== '..') {
    throw new Error(`the temporary directory ${tmp} is inside the repo; set TMPDIR elsewhere`)
  }
  cleanups.push({
    name: keep ? `kept ${tmp}` : `removed ${tmp}`,
    run: async () => {
      if (!keep) fs.rmSync(tmp, { recursive: true, force: true })
    },
  })
  console.log(`check:package: ${manifest.name}@${manifest.version} in ${tmp}`)
  // npm pack builds dist/ in the repo (prepack); a check that built it leaves no trace of it.
  const dist = path.join(root, 'dist')
  if (!fs.existsSync(dist)) {
    cleanups.push({
      name: 'removed dist/ (built by this check)',
      run: async () => fs.rmSync(dist, { recursive: true, force: true }),
    })
  }

  const tarball = await step(
    'npm pack (prepack builds dist/)',
    async () => {
      const output = await run('npm', ['pack', '--pack-destination', tmp], root)
      for (const line of output.split('\n')) {
        if (/^bare imports|^ {2}\S+ +(peer|dependency) /.test(line)) console.log(`    ${line.trim()}`)
      }
      const file = fs.readdirSync(tmp).find((name) => name.endsWith('.tgz'))
      if (!file) throw new Error('npm pack wrote no tarball')
      return file
    },
    (file) => `${file}, ${(fs.statSync(path.join(tmp, file)).size / 1024).toFixed(0)} kB`,
  )

  await step(
    'tarball holds only dist/, package.json, README and LICENSE',
    async () => {
      const entries = (await run('tar', ['-tzf', tarball], tmp)).split('\n').filter(Boolean)
      const stray = entries.filter(
        (entry) => !/^package\/(dist\/.+|package\.json|README(\.md)?|LICENSE(\.\w+)?)$/i.test(entry),
      )
      if (stray.length) throw new Error(`unexpected files in the tarball: ${stray.join(', ')}`)
      const entry = manifest.exports?.['.']
      for (const file of [entry?.import, entry?.types]) {
        if (!file || !entries.includes(`package/${file.replace(/^\.\//, '')}`)) {
          throw new Error(`exports["."] names ${file ?? 'nothing'}, which is not in the tarball`)
        }
      }
      return entries
    },
    (entries) =>
      `${entries.length} files (${entries.filter((entry) => entry.startsWith('package/dist/types/')).length} declarations)`,
  )

  const hostDependencies = Object.fromEntries([
    [manifest.name, `file:./${tarball}`],
    ...HOST_PACKAGES.map((name) => [name, exactVersion(name)]),
  ])
  await step('write the host app (payload.config.mjs, server.mjs)', async () => {
    const files: Record<string, string> = {
      'package.json': `${JSON.stringify({ name: 'package-check-host', private: true, type: 'module', dependencies: hostDependencies }, null, 2)}\n`,
      'payload.config.mjs': HOST_CONFIG,
      'server.mjs': HOST_SERVER,
      'types-check.mts': HOST_TYPES_CHECK,
    }
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(tmp, name), text)
  })

  await step(
    `npm install the tarball with ${HOST_PACKAGES.length} Payload, Next and React packages at the repo's versions`,
    () => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], tmp),
    (output) =>
      output
        .trim()
        .split('\n')
        .find((line) => /^(added|changed|up to date)/.test(line)) ?? 'installed',
  )

  await step('type-check a host module against the package types (nodenext)', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    const flags = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022']
    await run(
      process.execPath,
      [tsc, ...flags, '--module', 'nodenext', '--moduleResolution', 'nodenext', 'types-check.mts'],
      tmp,
    )
  })

  const hostDatabaseUrl = await step(
    process.env.DATABASE_URL ? "a fresh database on DATABASE_URL's server" : 'start an embedded PostgreSQL',
    async () => {
      if (process.env.DATABASE_URL) {
        const adminUrl = process.env.DATABASE_URL
        const name = `cms_package_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
        await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`)
        cleanups.push({
          name: `dropped database ${name}`,
          run: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
        })
        return databaseUrl(adminUrl, name)
      }
      const server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'postgres') })
      cleanups.push({ name: 'stopped the embedded PostgreSQL', run: server.stop })
      return server.url
    },
    (url) => new URL(url).host + new URL(url).pathname,
  )

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const serverLog: string[] = []
  const host = await step('boot the host (schema push) until GET /readyz is 200', async () => {
    const child = spawn(process.execPath, ['server.mjs'], {
      cwd: tmp,
      env: childEnv({
        DATABASE_URL: hostDatabaseUrl,
        PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
        PORT: String(port),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child)
    cleanups.push({ name: 'stopped the host server', run: () => stopChild(child) })
    const collect = (chunk: Buffer) => {
      serverLog.push(...chunk.toString().split('\n'))
      serverLog.splice(0, Math.max(0, serverLog.length - 60))
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    const deadline = Date.now() + READY_TIMEOUT_MS
    for (;;) {
      if (exited(child)) throw new Error(`the host exited (${child.exitCode ?? child.signalCode})`)
      const status = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
        (response) => response.status,
        () => 0,
      )
      if (status === 200) return child
      if (Date.now() > deadline) throw new Error(`no 200 from /readyz within ${seconds(READY_TIMEOUT_MS)}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }).catch((error: unknown) => {
    const tail = serverLog.join('\n').trim()
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nthe host's last words:\n${tail}`,
    )
  })

  const token = await step('POST /api/users/first-register: the first user is the state admin', async () => {
    const result = await api(base, 'POST', 'users/first-register', {
      body: { email: 'admin@host.example.org', password: PASSWORD },
    })
    expectStatus('first-register', result, 200)
    const user = result.json?.user as { roles?: string[] } | undefined
    if (!user?.roles?.includes('admin'))
      throw new Error(`the first user is no admin: ${JSON.stringify(user)}`)
    return result.json!.token as string
  })

  const districtId = await step(
    'POST /api/districts',
    async () => {
      const result = await api(base, 'POST', 'districts', {
        token,
        body: { name: 'Paketkreis', slug: 'paketkreis', officialKey: '99001' },
      })
      expectStatus('create district', result, 201)
      return (result.json!.doc as { id: number }).id
    },
    (id) => `id ${id}`,
  )

  const networkId = await step(
    'POST /api/networks (published)',
    async () => {
      const result = await api(base, 'POST', 'networks', {
        token,
        body: { district: districtId, name: 'Netzwerk aus dem Paket', _status: 'published' },
      })
      expectStatus('create network', result, 201)
      return (result.json!.doc as { id: number }).id
    },
    (id) => `id ${id}`,
  )

  await step(
    'GET /api/networks anonymously lists the network; GET /api/pages (the host’s own) answers',
    async () => {
      const networks = await api(base, 'GET', 'networks?depth=0')
      expectStatus('GET /api/networks', networks, 200)
      const docs = (networks.json?.docs ?? []) as { id: number; name?: string }[]
      if (!docs.some(({ id }) => id === networkId)) {
        throw new Error(`network ${networkId} is not in docs: ${JSON.stringify(networks.json).slice(0, 500)}`)
      }
      expectStatus('GET /api/pages', await api(base, 'GET', 'pages'), 200)
      return docs.length
    },
    (count) => `${count} network(s) in docs`,
  )

  // Stopped here rather than in the cleanup, so that a host that does not stop fails the check.
  await step('stop the host (SIGTERM)', async () => {
    await stopChild(host)
    if (host.exitCode !== 0) throw new Error(`the host exited with ${host.exitCode ?? host.signalCode}`)
  })
}

let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true
    console.error(`check:package: ${signal}, cleaning up`)
    void cleanUp().finally(() => process.exit(1))
  })
}

main().then(
  async () => {
    const cleaned = await cleanUp()
    if (interrupted) return
    if (!cleaned) {
      console.error('check:package FAILED: the cleanup did not complete')
      process.exit(1)
    }
    console.log(`check:package: OK in ${seconds(performance.now() - started)}`)
    process.exit(0)
  },
  async (error: unknown) => {
    console.error(`check:package FAILED: ${error instanceof Error ? error.message : String(error)}`)
    await cleanUp()
    process.exit(1)
  },
)
