/**
 * npm run bench:report [-- --write]
 *
 * The benchmark section of bench/README.md from bench/results/scale-*.json: per scale every
 * scenario per worker count and cache mode beside raw SQL, then how latency grows with the scale. --write puts it into
 * bench/README.md between its bench markers.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { formatGrowth, formatScale, measurements, type ScaleResult, upgradeResult } from './lib/results'

const TARGET = 'bench/README.md'
const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'

const { values } = parseArgs({
  options: { write: { type: 'boolean' }, dir: { type: 'string', default: 'bench/results' } },
})
const results = fs
  .readdirSync(values.dir)
  .filter((file) => /^scale-[\d.]+\.json$/.test(file))
  .map((file) =>
    upgradeResult(JSON.parse(fs.readFileSync(path.join(values.dir, file), 'utf8')) as ScaleResult),
  )
  .sort((a, b) => a.scale - b.scale)
if (results.length === 0) {
  console.error(`No results in ${values.dir}: run npm run bench first.`)
  process.exit(1)
}
/** Scenario ids as a short list: 1–7, 8 or 1, 3, 5. */
const idList = (ids: number[]) =>
  ids.length > 2 && ids.every((id, i) => i === 0 || id === ids[i - 1]! + 1)
    ? `${ids[0]}–${ids[ids.length - 1]}`
    : ids.join(', ')

/**
 * Where and how a scale was measured: scales may come from different days and machines, and a
 * scale's scenarios too, when a narrower run was merged into earlier results.
 */
const measuredOn = (result: ScaleResult) => {
  const groups = measurements(result)
  const setup =
    `${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGB} GB, ${result.machine.os}; ` +
    `Node ${result.versions.node}, PostgreSQL ${result.versions.postgres}, Payload ${result.versions.payload}, Next ${result.versions.next}, autocannon ${result.versions.autocannon}.`
  const seconds = ({ durationSeconds, warmupSeconds }: { durationSeconds: number; warmupSeconds: number }) =>
    `${durationSeconds} s per measurement after ${warmupSeconds} s of warm-up`
  if (groups.length <= 1) {
    const group = groups[0] ?? { day: result.date.slice(0, 10), ...result.settings }
    return `Measured on ${group.day}: ${setup} ${seconds(group)}.`
  }
  const parts = groups.map(
    (group) =>
      `${group.day} (scenario${group.scenarios.length > 1 ? 's' : ''} ${idList(group.scenarios)}, ${seconds(group)})`,
  )
  return `Measured on ${parts.join(' and ')}; machine and versions of the last run: ${setup}`
}

const section = [
  'Cache: "hit" answered from the public cache, "miss" computed (X-Bench-Cache: miss), "no cache" never cached. ' +
    'Ratios: p50 as CMS/raw SQL, req/s as raw SQL/CMS, so that at most 1.00× is as fast as raw SQL or faster; ' +
    'req/s counts 2xx answers, the last column the others (503 from the admission queue).',
  '',
  ...results.flatMap((result) => [formatScale(result), '', measuredOn(result), '']),
  formatGrowth(results),
].join('\n')

if (values.write) {
  const readme = fs.readFileSync(TARGET, 'utf8')
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) {
    console.error(`${TARGET} has no ${START} … ${END} section.`)
    process.exit(1)
  }
  fs.writeFileSync(TARGET, `${readme.slice(0, start + START.length)}\n${section}\n${readme.slice(end)}`)
  console.log(`${TARGET} updated.`)
} else {
  console.log(section)
}
