/**
 * The GraphQL queries of the alias-heavy abusers, each measured here with the server's own
 * measure (src/lib/graphqlLimits.ts) against the committed schema, so that they stay what their
 * names say when the limits change: one far over the alias limit, one over the depth limit, and
 * one just under the cost limit (the most a client may ask for, and is served).
 */
import { parse } from 'graphql'

import {
  MAX_ALIASES,
  MAX_COST,
  MAX_DEPTH,
  measureQuery,
  type QueryMeasures,
} from '../../src/lib/graphqlLimits'
import { committedSchema } from '../../src/lib/graphqlSelect'

export type AbusiveQuery = {
  name: 'aliases' | 'deep' | 'near-cost-limit'
  query: string
  measures: QueryMeasures
}

/** The query of the outside review: 300 aliases of a list of 100 networks (15 s a query before). */
const aliasQuery = (count: number) =>
  `query {\n${Array.from({ length: count }, (_, i) => `  n${i}: Networks(limit: 100) { docs { id name } }`).join('\n')}\n}`

/**
 * Relationships run in circles (network → contacts → networks → …): `levels` turns around it,
 * three fields deep each.
 */
const deepQuery = (levels: number) => {
  let inner = 'id name'
  for (let level = 0; level < levels; level++)
    inner = `id contacts(limit: 1) { docs { id networks { ${inner} } } }`
  return `query {\n  Networks(limit: 1) { docs { ${inner} } }\n}`
}

/**
 * Networks with their member actors and contacts, `limit` of each: the largest limit whose
 * estimated cost stays within MAX_COST is found by measuring, not by hand.
 */
const costlyQuery = (limit: number) => `query {
  Networks(limit: 10, locale: de) {
    docs {
      id name slug summary
      district { id name slug }
      memberActors(limit: ${limit}) { docs { id name shortName slug kind district { id name slug } } }
      contacts(limit: ${limit}) { docs { id name slug kind position } }
    }
  }
}`

export const abusiveQueries = (): AbusiveQuery[] => {
  const schema = committedSchema()
  const measure = (query: string): QueryMeasures => {
    const measures = measureQuery(parse(query, { maxTokens: 100_000 }), { schema })
    if ('cycle' in measures) throw new Error('An abusive query spreads a fragment into itself.')
    return measures
  }
  let limit = 1
  while (measure(costlyQuery(limit + 1)).cost <= MAX_COST) limit++
  const queries: AbusiveQuery[] = [
    { name: 'aliases', query: aliasQuery(300), measures: measure(aliasQuery(300)) },
    { name: 'deep', query: deepQuery(4), measures: measure(deepQuery(4)) },
    { name: 'near-cost-limit', query: costlyQuery(limit), measures: measure(costlyQuery(limit)) },
  ]
  const [aliases, deep, costly] = queries as [AbusiveQuery, AbusiveQuery, AbusiveQuery]
  // Each must break (or keep) exactly the limit it is named for.
  if (aliases.measures.aliases <= MAX_ALIASES) throw new Error('The alias query is within the alias limit.')
  if (deep.measures.depth <= MAX_DEPTH || deep.measures.aliases > MAX_ALIASES)
    throw new Error('The deep query is not refused for its depth alone.')
  if (
    costly.measures.cost > MAX_COST ||
    costly.measures.depth > MAX_DEPTH ||
    costly.measures.cost < MAX_COST * 0.9
  )
    throw new Error('The costly query is not just under the cost limit.')
  return queries
}
