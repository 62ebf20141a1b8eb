/**
 * The server's process, watched once a second: its resident memory (RSS), its CPU time, and
 * the whole machine's, so that the report can say how busy the server was and how much of the
 * two cores went elsewhere (the load generator, PostgreSQL, other people's work).
 */
import fs from 'node:fs'
import os from 'node:os'

import { rssMegabytes } from '../lib/processes'
import type { Phase } from './recorder'

/**
 * The process listening on a local TCP port, from /proc (Linux): the socket's inode in
 * /proc/net/tcp{,6}, then the process holding it. Works for the suite's own server and for a
 * `--url` on this machine; null when the port is not local or /proc is not readable.
 */
export const listeningPid = (port: number): number | null => {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = ''
    try {
      text = fs.readFileSync(table, 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // local_address is ADDRESS:PORT in hex; state 0A is LISTEN; the inode is the tenth field.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9]) inodes.add(fields[9])
    }
  }
  if (inodes.size === 0) return null
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        const link = fs.readlinkSync(`/proc/${entry}/fd/${fd}`)
        if (link.startsWith('socket:[') && inodes.has(link.slice(8, -1))) return Number(entry)
      } catch {
        // The descriptor closed meanwhile.
      }
    }
  }
  return null
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux that matters). */
const TICKS = 100

const processTicks = (pid: number): number | null => {
  try {
    // Fields after the command (which may hold spaces) start at ") ": utime and stime are 14 and 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return null
  }
}

const machineBusyTicks = (): number | null => {
  try {
    const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/)
    const [user, nice, system, , , irq, softirq, steal] = values.map(Number)
    return user! + nice! + system! + irq! + softirq! + steal!
  } catch {
    return null
  }
}

export type ProcessSample = {
  /** Seconds since the run started. */
  at: number
  phase: Phase
  rssMB: number | null
  /** Cores busy in the last second: the server, this load generator, the whole machine. */
  serverCores: number | null
  loadCores: number
  machineCores: number | null
}

/** Samples every second until stopped. */
export const watchServer = (pid: number | null, now: () => number, phase: () => Phase) => {
  const samples: ProcessSample[] = []
  let last = {
    at: now(),
    server: pid ? processTicks(pid) : null,
    machine: machineBusyTicks(),
    load: process.cpuUsage(),
  }
  const timer = setInterval(() => {
    const current = {
      at: now(),
      server: pid ? processTicks(pid) : null,
      machine: machineBusyTicks(),
      load: process.cpuUsage(),
    }
    const seconds = current.at - last.at
    const cores = (a: number | null, b: number | null) =>
      a === null || b === null ? null : Math.round(((b - a) / TICKS / seconds) * 100) / 100
    const load = process.cpuUsage(last.load)
    samples.push({
      at: Math.round(current.at * 10) / 10,
      phase: phase(),
      rssMB: pid ? rssMegabytes(pid) : null,
      serverCores: cores(last.server, current.server),
      loadCores: Math.round(((load.user + load.system) / 1e6 / seconds) * 100) / 100,
      machineCores: cores(last.machine, current.machine),
    })
    last = current
  }, 1000)
  return { samples, stop: () => clearInterval(timer), cores: os.cpus().length }
}

/** Every process's CPU ticks and command line, to see afterwards what else kept the machine busy. */
export const cpuSnapshot = (): Map<number, { ticks: number; command: string }> => {
  const snapshot = new Map<number, { ticks: number; command: string }>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const ticks = processTicks(Number(entry))
    if (ticks === null) continue
    let command = ''
    try {
      command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim().slice(0, 120)
    } catch {
      continue
    }
    snapshot.set(Number(entry), { ticks, command })
  }
  return snapshot
}

/** The processes that used the most CPU between two snapshots, in cores (mean over `seconds`). */
export const busiestProcesses = (
  before: ReturnType<typeof cpuSnapshot>,
  after: ReturnType<typeof cpuSnapshot>,
  seconds: number,
  top = 8,
) =>
  [...after.entries()]
    .map(([pid, { ticks, command }]) => ({
      pid,
      command: command || '(kernel thread)',
      cores: Math.round(((ticks - (before.get(pid)?.ticks ?? 0)) / TICKS / seconds) * 100) / 100,
    }))
    .filter(({ cores }) => cores >= 0.01)
    .sort((a, b) => b.cores - a.cores)
    .slice(0, top)
