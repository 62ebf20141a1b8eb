import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type Service = { process: ChildProcess; url: string; readyMs: number; stop: () => Promise<void> }

/**
 * Starts a server process with its output in `logFile` and waits until `readyPath` answers
 * as `ready` wants; `readyMs` is the cold start, from spawn to that answer.
 */
export const startService = async (
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath: string,
  logFile: string,
  /** The raw server has no health route: any answer means it listens. */
  ready: (status: number) => boolean = (status) => status === 200,
  timeoutMs = 180_000,
): Promise<Service> => {
  const log = fs.openSync(logFile, 'w')
  const started = performance.now()
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log] })
  const url = `http://127.0.0.1:${port}`
  let exited: number | null = null
  child.once('exit', (code) => (exited = code ?? 1))
  for (;;) {
    if (exited !== null) {
      throw new Error(`${name} exited with ${exited} before it was ready; see ${logFile}:\n${tail(logFile)}`)
    }
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL')
      throw new Error(`${name} was not ready after ${timeoutMs / 1000} s; see ${logFile}`)
    }
    try {
      if (ready((await fetch(`${url}${readyPath}`)).status)) break
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  const readyMs = performance.now() - started
  return {
    process: child,
    url,
    readyMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
      }),
  }
}

const tail = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(-20).join('\n')

/** Resident memory of a process in MB (Linux). */
export const rssMegabytes = (pid: number): number | null => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1])
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null
  } catch {
    return null
  }
}

/**
 * Resident memory of a process and all its descendants in MB, the process first (Linux): a
 * server with worker processes (node:cluster) is the primary and its workers.
 */
export const treeRssMegabytes = (pid: number): number[] => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // Ended while we looked.
    }
    // "pid (command) state ppid …": the command may hold spaces and parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  const tree = [pid]
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []).sort((a, b) => a - b))
  return tree.map(rssMegabytes).filter((mb): mb is number => mb !== null)
}

/** Runs a command to its end, with its output passed through; rejects on a non-zero exit. */
export const runCommand = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })

/** Runs a command and returns its stdout. */
export const captureCommand = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
