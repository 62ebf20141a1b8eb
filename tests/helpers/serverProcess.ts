import { type ChildProcess, spawn } from 'node:child_process'

import { freePort } from '../../src/db/freePort'
import type { Env } from '../../src/lib/env'
import { productionServerArgs } from '../../src/server/productionServer'

export type ServerProcess = {
  url: string
  child: ChildProcess
  output: () => string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/** Servers of this test file still running: they die with it, never outliving it into the next file. */
const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/**
 * Starts `src/server/main.ts` as its own process, as `npm run dev` does (node with tsx's loader),
 * or with `bundle` as `npm start` does (the bundle of `npm run build`, which must exist).
 * Test workers run with NODE_ENV=test; the server gets `development` unless told otherwise,
 * and its own Next build directory so that it never collides with a developer's server or the
 * other worker's. It listens on a free port unless `env.PORT` names one.
 */
export const spawnServer = async (
  env: Env,
  { bundle = false }: { bundle?: boolean } = {},
): Promise<Omit<ServerProcess, 'url'> & { port: number }> => {
  // A given PORT is kept: a test that must know the address before the start (SERVER_URL in
  // the server's mails) picks it itself.
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const childEnv: Env = {
    ...(process.env as Env),
    NODE_ENV: 'development',
    // One build directory per vitest worker: Next refuses a second dev server on a directory,
    // and the two workers' test files may each run one at the same time.
    NEXT_DIST_DIR: `.next-test-${process.env.VITEST_POOL_ID ?? '1'}`,
    LOG_LEVEL: 'info',
    PORT: String(port),
    ...env,
  }
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key]
  // Signals go straight to the server, as with npm's scripts.
  const args = bundle ? productionServerArgs(childEnv) : ['--import', 'tsx', 'src/server/main.ts']
  const child = spawn(process.execPath, args, {
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  running.add(child)
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child)
      resolve(code)
    }),
  )
  return {
    port,
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/** Starts the server and waits until it says it is ready (or fails if it exits first). */
export const startServer = async (
  env: Env,
  timeoutMs = 90_000,
  { bundle = false }: { bundle?: boolean } = {},
): Promise<ServerProcess> => {
  const server = await spawnServer(env, { bundle })
  const deadline = Date.now() + timeoutMs
  while (!server.output().includes('CMS ready')) {
    if (server.child.exitCode !== null) {
      throw new Error(`server exited with ${server.child.exitCode} before it was ready:\n${server.output()}`)
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL')
      throw new Error(`server not ready within ${timeoutMs} ms:\n${server.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { ...server, url: `http://127.0.0.1:${server.port}` }
}
