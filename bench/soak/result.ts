/** What a soak run writes to its JSON file (bench/results/soak.json for the full run). */
import type { AbusiveQuery } from './graphqlAbuseQueries'
import type { WriteCounts } from './normalTraffic'
import type { busiestProcesses, ProcessSample } from './serverProcess'
import type { AbuseSummary, KindSummary, RssSummary, timeline } from './stats'
import type { Check } from './verdict'

export type SoakSettings = {
  durationSeconds: number
  warmupSeconds: number
  clients: number
  readers: number
  editors: number
  writeShare: number
  abusers: number
  slowReadConnections: number
  smoke: boolean
}

export type SoakResult = {
  date: string
  machine: { cpu: string; cores: number; memoryGB: number; os: string }
  versions: Record<string, string>
  target: string
  settings: SoakSettings
  /** Normal traffic per phase and kind, 'all' last. */
  phases: Record<'warm-up' | 'baseline' | 'abuse', KindSummary[]>
  /** The kinds of the slowest 1 % of each measured phase's requests. */
  slowest: Record<'baseline' | 'abuse', Record<string, number>>
  timeline: ReturnType<typeof timeline>
  abusers: AbuseSummary[]
  abuseQueries: Array<Pick<AbusiveQuery, 'name' | 'measures'>>
  writes: WriteCounts
  server: {
    pid: number | null
    rss: RssSummary
    /** Once a second: RSS and cores busy (server, load generator, machine). */
    samples: ProcessSample[]
    /** The processes that used the most CPU during each measured phase (other people's included). */
    busiest: Record<string, ReturnType<typeof busiestProcesses>>
  }
  verdict: Check[]
  passed: boolean
}
