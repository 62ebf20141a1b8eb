/**
 * GraphQL queries that a test file sends and tests/lib/graphqlLimits.test.ts measures: the
 * suite's own queries must keep every limit with room to spare.
 */

/**
 * A district's networks with their actors and contacts, and its actors: the largest query of the
 * suite (tests/api/graphqlSelect.test.ts). `select` is added to both lists' arguments, e.g.
 * `, select: false`.
 */
export const districtNetworksQuery = (select = '') => `query ($district: JSON) {
  Networks(where: { district: { equals: $district } }${select}) {
    docs {
      name
      summary
      district { name slug }
      memberActors { docs { name kind logo { url filename alt } phones { number } } }
      contacts { docs { name kind position actor { name } } }
    }
  }
  Actors(where: { district: { equals: $district } }${select}) { docs { name logo { url } } }
}`

/** One network in English, with its groups, their chairs and goals (tests/content/graph.test.ts). */
export const NETWORK_GRAPH_QUERY = `query ($id: Int!) {
  Network(id: $id, locale: en) {
    name
    summary
    workingGroups { docs { name chair { name } goals { docs { title } } } }
    memberActors { docs { shortName } }
  }
}`
