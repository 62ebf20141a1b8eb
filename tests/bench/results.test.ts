import { describe, expect, it } from 'vitest'

import {
  formatGrowth,
  formatScale,
  measurements,
  mergeResults,
  type Run,
  runProblems,
  type ScaleResult,
  upgradeResult,
} from '../../bench/lib/results'
import type { LoadResult } from '../../bench/load'

/**
 * The benchmark's results and their tables (npm run bench:report): every worker count and cache
 * mode beside raw SQL, both ratios pointing the same way, RSS per server, results from before
 * workers and the cache still readable, narrower runs merged into earlier ones.
 */
const load = (p50: number, requestsPerSecond: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  p50,
  p95: p50 * 2,
  p99: p50 * 3,
  requestsPerSecond,
  requests: requestsPerSecond * 10,
  errors: 0,
  non2xx: 0,
  cacheHits: 0,
  ...extra,
})

const hit = (p50: number, rps: number): LoadResult => load(p50, rps, { cacheHits: rps * 10 })

const scale = (overrides: Partial<ScaleResult> = {}): ScaleResult => ({
  scale: 1,
  date: '2026-11-30T20:00:00.000Z',
  machine: { cpu: 'Test CPU', cores: 2, memoryGB: 8, os: 'Linux' },
  versions: { node: 'v20', postgres: '18', payload: '3.90.2', next: '16', autocannon: '9' },
  documents: { districts: 4, target_groups: 40 },
  generation: { seedSeconds: 1, loadSeconds: 1, totalSeconds: 2 },
  settings: {
    durationSeconds: 10,
    warmupSeconds: 3,
    connections: [1, 32],
    workers: [1, 2],
    cache: ['hit', 'miss'],
  },
  servers: [
    { workers: 1, coldStartMs: 3300, rssAfterRunMB: 300, rssProcessesMB: [300] },
    { workers: 2, coldStartMs: 4100, rssAfterRunMB: 390, rssProcessesMB: [60, 160, 170] },
  ],
  scenarios: [
    {
      id: 1,
      name: 'list',
      title: 'A list',
      sameAnswer: true,
      runs: [
        // Stored out of order: the table sorts by workers, cache, connections.
        { workers: 2, cache: 'hit', connections: 1, cms: hit(0.8, 1100), raw: load(5, 200) },
        { workers: 1, cache: 'miss', connections: 1, cms: load(15, 60), raw: load(5, 200) },
        { workers: 1, cache: 'hit', connections: 1, cms: hit(1, 900), raw: load(5, 200) },
      ],
    },
    {
      id: 7,
      name: 'write',
      title: 'A write',
      sameAnswer: null,
      runs: [{ workers: 1, cache: 'none', connections: 1, cms: load(20, 50), raw: null }],
    },
  ],
  ...overrides,
})

describe('formatScale', () => {
  it('prints one row per worker count, cache mode and concurrency, with both ratios ≤ 1 meaning "as fast as raw SQL"', () => {
    const table = formatScale(scale())
    expect(table).toBe(
      [
        'Scale 1 (4 districts, 40 target groups); 1 worker: cold start 3.3 s, RSS after the run 300 MB; ' +
          '2 workers: cold start 4.1 s, RSS after the run 390 MB (60 + 160 + 170 MB by process)',
        '',
        '| scenario | workers | cache | conn. | p50 ms | p95 ms | p99 ms | req/s | raw SQL p50 ms | raw req/s | p50 CMS/raw | req/s raw/CMS | |',
        '| --- | --: | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
        '| 1. A list | 1 | hit | 1 | 1.0 | 2.0 | 3.0 | 900 | 5.0 | 200 | 0.20× | 0.22× |  |',
        '| 1. A list | 1 | miss | 1 | 15.0 | 30.0 | 45.0 | 60 | 5.0 | 200 | 3.00× | 3.33× |  |',
        '| 1. A list | 2 | hit | 1 | 0.8 | 1.6 | 2.4 | 1100 | 5.0 | 200 | 0.16× | 0.18× |  |',
        '| 7. A write | 1 | no cache | 1 | 20.0 | 40.0 | 60.0 | 50 | – | – | – | – |  |',
      ].join('\n'),
    )
  })

  it('is the same text for the same results (the README is generated from it)', () => {
    expect(formatScale(scale())).toBe(formatScale(scale()))
  })

  it('shows a ratio just above 1 as above 1 (two decimals)', () => {
    const result = scale({
      scenarios: [
        {
          id: 1,
          name: 'list',
          title: 'A list',
          sameAnswer: true,
          runs: [{ workers: 1, cache: 'hit', connections: 1, cms: hit(1.04, 960), raw: load(1, 1000) }],
        },
      ],
    })
    expect(formatScale(result)).toContain('| 1.04× | 1.04× |')
  })

  it('says when nothing was answered in the window and when the RSS is unknown', () => {
    const result = scale({
      servers: [{ workers: 1, coldStartMs: 3000, rssAfterRunMB: null, rssProcessesMB: [] }],
      scenarios: [
        {
          id: 5,
          name: 'directory',
          title: 'A directory',
          sameAnswer: true,
          runs: [{ workers: 1, cache: 'miss', connections: 32, cms: load(NaN, 0), raw: load(2000, 12) }],
        },
      ],
    })
    const table = formatScale(result)
    expect(table).toContain('1 worker: cold start 3.0 s, RSS after the run –')
    expect(table).toContain('| 5. A directory | 1 | miss | 32 | – | – | – | 0 | 2000 | 12 | – | – |  |')
  })
})

describe('runProblems', () => {
  const run = (cache: Run['cache'], cms: LoadResult) => ({ cache, cms })

  it('finds nothing wrong with a hit run answered from the cache or a miss run computed', () => {
    expect(runProblems(run('hit', hit(1, 100)))).toEqual([])
    expect(runProblems(run('miss', load(10, 100)))).toEqual([])
    expect(runProblems(run('none', load(10, 100)))).toEqual([])
  })

  it('names a hit run that measured computed answers, and a miss or uncached run that met the cache', () => {
    expect(runProblems(run('hit', load(1, 100, { cacheHits: 990 })))).toEqual(['10 not from the cache'])
    expect(runProblems(run('miss', load(1, 100, { cacheHits: 3 })))).toEqual(['3 from the cache'])
    expect(runProblems(run('none', load(1, 100, { cacheHits: 1 })))).toEqual(['1 from the cache'])
  })

  it('counts failed requests', () => {
    expect(runProblems(run('miss', load(1, 100, { errors: 2, non2xx: 3 })))).toEqual([
      '2 failed',
      `3 of ${load(1, 100).requests} not 2xx`,
    ])
  })
})

describe('upgradeResult', () => {
  it('reads results from before workers and the cache as one worker without a cache', () => {
    const legacy = {
      ...scale(),
      settings: { durationSeconds: 10, warmupSeconds: 3, connections: [1] },
      coldStartMs: 3300,
      rssAfterRunMB: 823,
      servers: undefined,
      scenarios: [
        {
          id: 1,
          name: 'list',
          title: 'A list',
          sameAnswer: true,
          runs: [
            {
              connections: 1,
              cms: { p50: 25, p95: 31, p99: 36, requestsPerSecond: 38, requests: 380, errors: 0, non2xx: 0 },
              raw: { p50: 5, p95: 6, p99: 7, requestsPerSecond: 187, requests: 1870, errors: 0, non2xx: 0 },
            },
          ],
        },
      ],
    }
    delete legacy.servers
    const upgraded = upgradeResult(legacy as never)
    expect(upgraded.servers).toEqual([
      { workers: 1, coldStartMs: 3300, rssAfterRunMB: 823, rssProcessesMB: [823] },
    ])
    expect(upgraded.settings).toEqual({
      durationSeconds: 10,
      warmupSeconds: 3,
      connections: [1],
      workers: [1],
      cache: [],
    })
    expect(upgraded.scenarios[0]!.runs[0]).toMatchObject({ workers: 1, cache: 'none', connections: 1 })
    expect(upgraded.scenarios[0]!.runs[0]!.cms.cacheHits).toBe(0)
    expect('coldStartMs' in upgraded).toBe(false)
    expect(formatScale(upgraded)).toContain('| 1. A list | 1 | no cache | 1 | 25.0 |')
  })

  it('leaves current results as they are', () => {
    const current = scale()
    expect(upgradeResult(current)).toBe(current)
  })
})

describe('mergeResults', () => {
  it('replaces the measurements a narrower run repeated and keeps the others', () => {
    const earlier = scale()
    const current = scale({
      date: '2026-12-01T00:00:00.000Z',
      servers: [{ workers: 1, coldStartMs: 3000, rssAfterRunMB: 250, rssProcessesMB: [250] }],
      scenarios: [
        {
          id: 1,
          name: 'list',
          title: 'A list',
          sameAnswer: true,
          runs: [{ workers: 1, cache: 'miss', connections: 1, cms: load(12, 80), raw: load(5, 200) }],
        },
      ],
    })
    const merged = mergeResults(earlier, current, false)
    expect(merged.date).toBe('2026-12-01T00:00:00.000Z')
    expect(merged.scenarios.map(({ id }) => id)).toEqual([1, 7])
    expect(merged.scenarios[0]!.runs.map((run) => [run.workers, run.cache, run.cms.p50])).toEqual([
      [1, 'hit', 1],
      [1, 'miss', 12],
      [2, 'hit', 0.8],
    ])
    // Not after every scenario: the earlier server's RSS stays.
    expect(merged.servers.map(({ rssAfterRunMB }) => rssAfterRunMB)).toEqual([300, 390])
  })

  it('dates every run: merged earlier runs by their file, so that a table says which day each scenario is from', () => {
    const earlier = scale({ date: '2026-11-25T10:00:00.000Z' })
    const current = scale({
      date: '2026-12-01T00:00:00.000Z',
      scenarios: [
        {
          id: 8,
          name: 'offers',
          title: 'Offers',
          sameAnswer: true,
          runs: [
            {
              workers: 1,
              cache: 'hit',
              connections: 1,
              cms: hit(0.3, 2000),
              raw: load(4, 250),
              date: '2026-12-01T00:05:00.000Z',
            },
          ],
        },
      ],
    })
    const merged = mergeResults(
      { ...earlier, settings: { ...earlier.settings, durationSeconds: 5, warmupSeconds: 2 } },
      current,
      false,
    )
    expect(merged.scenarios.map(({ id, runs }) => [id, runs.map(({ date }) => date)])).toEqual([
      [1, Array(3).fill('2026-11-25T10:00:00.000Z')],
      [7, ['2026-11-25T10:00:00.000Z']],
      [8, ['2026-12-01T00:05:00.000Z']],
    ])
    // The merged file's settings are the last run's; each run keeps its own.
    expect(merged.settings.durationSeconds).toBe(10)
    expect(measurements(merged)).toEqual([
      { day: '2026-11-25', durationSeconds: 5, warmupSeconds: 2, scenarios: [1, 7] },
      { day: '2026-12-01', durationSeconds: 10, warmupSeconds: 3, scenarios: [8] },
    ])
    // Results of one run: one day and one setting, the file's.
    expect(measurements(scale())).toEqual([
      { day: '2026-11-30', durationSeconds: 10, warmupSeconds: 3, scenarios: [1, 7] },
    ])
  })

  it('takes the RSS of a run of every scenario, and a server the earlier results lack', () => {
    const earlier = scale({
      servers: [{ workers: 1, coldStartMs: 3300, rssAfterRunMB: 300, rssProcessesMB: [300] }],
    })
    const current = scale({
      servers: [
        { workers: 1, coldStartMs: 3000, rssAfterRunMB: 250, rssProcessesMB: [250] },
        { workers: 4, coldStartMs: 5000, rssAfterRunMB: 700, rssProcessesMB: [60, 160, 160, 160, 160] },
      ],
    })
    expect(
      mergeResults(earlier, current, true).servers.map(({ workers, rssAfterRunMB }) => [
        workers,
        rssAfterRunMB,
      ]),
    ).toEqual([
      [1, 250],
      [4, 700],
    ])
    expect(
      mergeResults(earlier, current, false).servers.map(({ workers, rssAfterRunMB }) => [
        workers,
        rssAfterRunMB,
      ]),
    ).toEqual([
      [1, 300],
      [4, 700],
    ])
  })
})

describe('formatGrowth', () => {
  it('follows each scenario and cache mode with one worker and one connection across the scales', () => {
    const big = scale({
      scale: 100,
      scenarios: [
        {
          id: 1,
          name: 'list',
          title: 'A list',
          sameAnswer: true,
          runs: [
            { workers: 1, cache: 'hit', connections: 1, cms: hit(1.2, 800), raw: load(5, 200) },
            { workers: 1, cache: 'miss', connections: 1, cms: load(30, 30), raw: load(5, 200) },
          ],
        },
      ],
    })
    expect(formatGrowth([big, scale()])).toBe(
      [
        '| scenario (p50 ms, 1 worker, 1 connection) | cache | scale 1 | scale 100 | 100 vs 1 |',
        '| --- | --- | --: | --: | --: |',
        '| 1. A list | hit | 1.0 | 1.2 | 1.20× |',
        '| 1. A list | miss | 15.0 | 30.0 | 2.00× |',
        '| 7. A write | no cache | 20.0 | – | – |',
      ].join('\n'),
    )
  })

  it('is empty for a single scale', () => {
    expect(formatGrowth([scale()])).toBe('')
  })
})
