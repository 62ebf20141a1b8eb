/**
 * Starts `count` clients of each abusive kind, each from its own address, and resolves when
 * all have ended: at `stop` they start nothing new, slow readers hang up, and a slow body under
 * way runs on to its answer (at most a minute), so that its 408 is recorded.
 */
import type { AbuseLog } from './abuseRecord'
import type { DistrictTarget } from './fixtures'
import { runGraphqlAbuse } from './graphqlAbuse'
import type { AbusiveQuery } from './graphqlAbuseQueries'
import { httpClient } from './httpClient'
import { runLoginFlood } from './loginFlood'
import { runSlowBody } from './slowBody'
import { runSlowRead } from './slowRead'

export type AbuseSetup = {
  url: string
  /** Clients of each kind. */
  count: number
  districts: DistrictTarget[]
  queries: AbusiveQuery[]
  nextAddress: () => string
  log: AbuseLog
  stop: AbortSignal
}

export const runAbusers = async ({ url, count, districts, queries, nextAddress, log, stop }: AbuseSetup) => {
  const { hostname: host, port } = new URL(url)
  const portNumber = Number(port || 80)
  const running: Array<Promise<unknown>> = []
  for (let i = 0; i < count; i++) {
    running.push(runSlowBody(host, portNumber, nextAddress(), log, stop))
    running.push(runSlowRead(host, portNumber, nextAddress(), districts, i, log, stop))
    const graphql = httpClient(url, nextAddress())
    running.push(runGraphqlAbuse(graphql, queries, i, log, stop).finally(graphql.close))
    const flood = httpClient(url, nextAddress())
    running.push(runLoginFlood(flood, log, stop).finally(flood.close))
  }
  await Promise.all(running)
}
