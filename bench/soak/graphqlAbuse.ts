/**
 * Alias-heavy GraphQL clients, in a tight loop: the 300-alias query of the outside review and a
 * query nested past the depth limit, both to be refused with 400 before anything runs (quickly:
 * within 5 s even on a busy server), and a query just under the cost limit, which the server
 * must serve (200 without errors) within its time box (GRAPHQL_TIME_LIMIT_MS, else 503).
 */
import { GRAPHQL_TIME_LIMIT_MS } from '../../src/lib/graphqlRequest'
import type { AbuseLog } from './abuseRecord'
import type { AbusiveQuery } from './graphqlAbuseQueries'
import type { HttpClient } from './httpClient'

const REFUSED_WITHIN_MS = 5000

export const runGraphqlAbuse = async (
  client: HttpClient,
  queries: AbusiveQuery[],
  first: number,
  log: AbuseLog,
  stop: AbortSignal,
) => {
  for (let turn = first; !stop.aborted; turn++) {
    const { name, query } = queries[turn % queries.length]!
    const served = name === 'near-cost-limit'
    const outcome = await client.send(
      { method: 'POST', path: '/api/graphql', body: JSON.stringify({ query }) },
      { keepBody: served, timeoutMs: GRAPHQL_TIME_LIMIT_MS * 3 },
    )
    const answerOk = served
      ? outcome.status === 200 && !(JSON.parse(outcome.body ?? '{}') as { errors?: unknown }).errors
      : outcome.status === 400
    log.add({
      kind: 'graphql',
      variant: name,
      ms: outcome.ms,
      status: outcome.status,
      result: outcome.error ?? (served ? (answerOk ? 'served' : 'not served') : 'refused'),
      answerOk,
      inTime: answerOk && outcome.ms <= (served ? GRAPHQL_TIME_LIMIT_MS : REFUSED_WITHIN_MS),
    })
  }
}
