import fs from 'node:fs'

import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { NETWORK_QUERY } from '../../bench/scenarios'
import {
  ALL_DOCUMENTS,
  DEFAULT_PAGE_SIZE,
  JOIN_DOCUMENTS,
  LIST_ITEMS,
  MAX_ALIASES,
  MAX_AUTH_OPERATIONS,
  MAX_COST,
  MAX_DEPTH,
  measureQuery,
  queryLimitViolation,
} from '../../src/lib/graphqlLimits'
import { committedSchema } from '../../src/lib/graphqlSelect'
import { nestingDepth } from '../../src/lib/nestingDepth'
import { parseExamples } from '../helpers/docExamples'
import { districtNetworksQuery, NETWORK_GRAPH_QUERY } from '../helpers/queries'

const schema = committedSchema()
const measure = (query: string, variables?: Record<string, unknown>) => {
  const measures = measureQuery(parse(query), { schema, variables })
  if ('cycle' in measures) throw new Error(`cycle ${measures.cycle.join(' → ')}`)
  return measures
}
const violation = (query: string, variables?: Record<string, unknown>) =>
  queryLimitViolation(parse(query), { schema, variables })

const aliased = (count: number, field = 'Networks(limit: 1) { docs { id } }') =>
  `query { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

/** The GraphQL of docs/api.md's examples (run by tests/api/docsExamples.test.ts). */
const DOCS_QUERIES = parseExamples(fs.readFileSync('docs/api.md', 'utf8')).flatMap(({ code }) =>
  [...code.matchAll(/`(\s*(?:query|mutation)\b[^`]*)`/g)].map((match) => match[1]!),
)

/**
 * The queries of the test suite: those of tests/helpers/queries.ts, and copies of the others
 * (their files run tests when imported).
 */
const TEST_QUERIES: Record<string, string> = {
  // tests/api/graphqlSelect.test.ts, the largest
  graphqlSelect: districtNetworksQuery(', select: false'),
  // tests/content/graph.test.ts
  graph: NETWORK_GRAPH_QUERY,
  // tests/content/publishing.test.ts
  publishing: `query ($id: Int!) {
    Network(id: $id) { id name }
    Networks(where: { id: { equals: $id } }) { docs { id name } }
  }`,
  // tests/api/docsExamples.test.ts (graphql-request)
  graphqlRequest: `query ($district: JSON) {
    Networks(where: { district: { equals: $district } }) { docs { name workingGroups { docs { name } } } }
  }`,
  // tests/helpers/apis.ts
  apisList: `query ($id: Int) { Networks(where: { id: { equals: $id } }, draft: true) { docs { id } } }`,
  apisVersions: `query ($id: JSON) { versionsNetworks(where: { parent: { equals: $id } }) { docs { id } } }`,
  apisUpdate: `mutation ($id: Int!, $data: mutationNetworkUpdateInput!, $draft: Boolean, $trash: Boolean) {
    updateNetwork(id: $id, data: $data, draft: $draft, trash: $trash) { id } }`,
  // tests/access/attacks.test.ts
  updateUser: `mutation ($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { id } }`,
}

describe('the repository’s own queries keep every limit with room to spare', () => {
  const legitimate = {
    NETWORK_QUERY,
    ...TEST_QUERIES,
    ...Object.fromEntries(DOCS_QUERIES.map((q, i) => [`docs ${i}`, q])),
  }

  it('finds the queries it checks', () => {
    expect(DOCS_QUERIES.length).toBeGreaterThanOrEqual(2)
  })

  it.each(Object.entries(legitimate))('%s', (_, query) => {
    expect(violation(query, { id: 1, district: 1 })).toBeUndefined()
    const { aliases, depth, cost, authOperations } = measure(query, { id: 1, district: 1 })
    expect(cost * 2).toBeLessThanOrEqual(MAX_COST)
    expect(depth + 3).toBeLessThanOrEqual(MAX_DEPTH)
    expect(aliases).toBe(0)
    expect(authOperations).toBe(0)
  })

  it('measures the benchmark’s network query and the largest test query as documented', () => {
    expect(measure(NETWORK_QUERY, { id: 1 })).toEqual({ aliases: 0, depth: 5, cost: 432, authOperations: 0 })
    expect(measure(TEST_QUERIES.graphqlSelect!).cost).toBe(3922)
  })
})

describe('aliases', () => {
  it(`allows ${MAX_ALIASES} and refuses one more, naming the count`, () => {
    expect(violation(aliased(MAX_ALIASES))).toBeUndefined()
    expect(violation(aliased(MAX_ALIASES + 1))).toBe(
      `Query complexity limit: the query has ${MAX_ALIASES + 1} aliases; at most ${MAX_ALIASES} are allowed.`,
    )
  })

  it('refuses the reviewer’s 300-alias query by its aliases', () => {
    expect(violation(aliased(300, 'Networks(limit: 100) { docs { id name } }'))).toMatch(
      /has 300 aliases; at most 30/,
    )
  })

  it('counts the aliases of a fragment wherever it is spread', () => {
    const fields = Array.from({ length: 16 }, (_, i) => `n${i}: name`).join(' ')
    const query = `query {
      Networks { docs { ...Names } }
      Actors { docs { id } }
      Network(id: 1) { ...Names }
    }
    fragment Names on Network { ${fields} }`
    expect(measure(query).aliases).toBe(32)
    expect(violation(query)).toMatch(/has 32 aliases/)
  })

  it('counts aliases hidden in inline fragments', () => {
    const fields = Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')
    expect(violation(`query { Network(id: 1) { ... on Network { ${fields} } } }`)).toMatch(/has 31 aliases/)
  })
})

describe('depth', () => {
  const nested = (levels: number) => {
    // Network → coordinatingContacts → networks → … → id: relationships go round in circles.
    let selection = 'id'
    for (let i = levels - 3; i >= 0; i--)
      selection = `${i % 2 ? 'networks' : 'coordinatingContacts'} { ${selection} }`
    return `query { Network(id: 1) { ${selection} } }`
  }

  it(`allows ${MAX_DEPTH} levels and refuses ${MAX_DEPTH + 1}`, () => {
    expect(measure(nested(MAX_DEPTH)).depth).toBe(MAX_DEPTH)
    expect(violation(nested(MAX_DEPTH)) ?? '').not.toMatch(/levels deep/)
    expect(violation(nested(MAX_DEPTH + 1))).toBe(
      `Query complexity limit: the query nests fields ${MAX_DEPTH + 1} levels deep; at most ${MAX_DEPTH} are allowed.`,
    )
  })

  it('counts the levels of fragments where they are spread', () => {
    const query = `query { Networks { docs { ...A } } }
      fragment A on Network { contacts { docs { ...B } } }
      fragment B on Contact { networks { contacts { docs { ...C } } } }
      fragment C on Contact { networks { contacts { docs { actor { name } } } } }`
    expect(measure(query).depth).toBe(12)
    expect(violation(query)).toMatch(/12 levels deep/)
  })

  it('does not descend into introspection, which production refuses anyway', () => {
    const query = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`
    expect(measure(query)).toEqual({ aliases: 0, depth: 1, cost: 1, authOperations: 0 })
  })
})

describe('fragment cycles', () => {
  it('names the cycle instead of expanding it for ever', () => {
    const query = `query { Networks { docs { ...A } } }
      fragment A on Network { name ...B }
      fragment B on Network { slug ...A }`
    expect(violation(query)).toBe(
      'The fragment "A" spreads itself (A → B → A); fragments must not form cycles.',
    )
  })

  it('finds a fragment that spreads itself', () => {
    expect(violation(`query { Network(id: 1) { ...A } } fragment A on Network { name ...A }`)).toMatch(
      /"A" spreads itself \(A → A\)/,
    )
  })

  it('handles a chain of thousands of fragments without running out of stack', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `fragment F${i} on Network { id ...F${i + 1} }`)
    const query = `query { Network(id: 1) { ...F0 } } ${chain.join(' ')} fragment F5000 on Network { name }`
    expect(measure(query).cost).toBe(1 + 5001)
  })

  it('keeps counts finite when every fragment spreads the next one twice', () => {
    const levels = Array.from(
      { length: 80 },
      (_, i) => `fragment F${i} on Network { x${i}: name ...F${i + 1} ...F${i + 1} }`,
    )
    const query = `query { Network(id: 1) { ...F0 } } ${levels.join(' ')} fragment F80 on Network { id }`
    const measures = measure(query)
    expect(measures.aliases).toBe(Number.MAX_SAFE_INTEGER)
    expect(Number.isFinite(measures.cost)).toBe(true)
    expect(violation(query)).toMatch(/aliases/)
  })
})

describe('cost', () => {
  it('multiplies a list’s selection by its limit', () => {
    // 1 for Networks, then per network: docs, id, name.
    expect(measure('{ Networks(limit: 100) { docs { id name } } }').cost).toBe(1 + 100 * 3)
    expect(measure('{ Networks { docs { id name } } }').cost).toBe(1 + DEFAULT_PAGE_SIZE * 3)
  })

  it('counts limit: 0 and pagination: false as all documents', () => {
    expect(measure('{ Networks(limit: 0) { docs { id } } }').cost).toBe(1 + ALL_DOCUMENTS * 2)
    expect(measure('{ Networks(pagination: false) { docs { id } } }').cost).toBe(1 + ALL_DOCUMENTS * 2)
    expect(measure('{ Networks(pagination: false, limit: 5) { docs { id } } }').cost).toBe(1 + 5 * 2)
  })

  it('counts a join without limit as JOIN_DOCUMENTS and one with limit by it', () => {
    expect(measure('{ Network(id: 1) { contacts { docs { id } } } }').cost).toBe(1 + 1 + JOIN_DOCUMENTS * 2)
    expect(measure('{ Network(id: 1) { contacts(limit: 0) { docs { id } } } }').cost).toBe(
      1 + 1 + JOIN_DOCUMENTS * 2,
    )
    expect(measure('{ Network(id: 1) { contacts(limit: 300) { docs { id } } } }').cost).toBe(1 + 1 + 300 * 2)
  })

  it('counts hasMany relationships and arrays as LIST_ITEMS items', () => {
    expect(measure('{ Network(id: 1) { coordinatingContacts { id name } } }').cost).toBe(
      1 + 1 + LIST_ITEMS * 2,
    )
    // A list of scalars costs its field only.
    expect(measure('{ Network(id: 1) { id } }').cost).toBe(2)
  })

  it('reads the limit from variables, or from their defaults', () => {
    const query = 'query ($n: Int = 500) { Networks(limit: $n) { docs { id } } }'
    expect(measure(query, { n: 7 }).cost).toBe(1 + 7 * 2)
    expect(measure(query).cost).toBe(1 + 500 * 2)
    expect(measure(query, { n: null }).cost).toBe(1 + DEFAULT_PAGE_SIZE * 2)
    expect(violation(query, { n: 6000 })).toMatch(/costs about 12,001 field resolutions; at most 10,000/)
    expect(
      measure('query ($p: Boolean) { Networks(pagination: $p) { docs { id } } }', { p: false }).cost,
    ).toBe(1 + ALL_DOCUMENTS * 2)
  })

  it('refuses 100 × 100 documents, even with one field each', () => {
    const query = '{ Networks(limit: 100) { docs { memberActors(limit: 100) { docs { id } } } } }'
    expect(measure(query).cost).toBe(1 + 100 * (1 + 1 + 100 * 2))
    expect(violation(query)).toMatch(
      /^Query complexity limit: the query costs about 20,201 field resolutions/,
    )
  })

  it('multiplies fragments by the list they are spread in', () => {
    const query =
      '{ Networks(limit: 50) { ...Page } } fragment Page on Networks { docs { ...N } } fragment N on Network { id name }'
    expect(measure(query).cost).toBe(1 + 50 * (1 + 2))
  })
})

describe('authentication operations', () => {
  it('finds every auth mutation Payload generates for users', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields())
    const auth = mutations.filter((name) => measure(`mutation { ${name} }`).authOperations === 1)
    expect(auth.sort()).toEqual(
      [
        'forgotPasswordUser',
        'loginUser',
        'logoutUser',
        'refreshTokenUser',
        'resetPasswordUser',
        'unlockUser',
        'verifyEmailUser',
      ].sort(),
    )
  })

  it(`allows ${MAX_AUTH_OPERATIONS} per document and refuses two, aliased or not`, () => {
    expect(violation('mutation { loginUser(email: "a@b.de", password: "x") { token } }')).toBeUndefined()
    expect(
      violation(`mutation {
        a: loginUser(email: "a@b.de", password: "x") { token }
        b: loginUser(email: "c@d.de", password: "y") { token }
      }`),
    ).toBe(
      'The request has 2 authentication operations (such as loginUser); at most 1 is allowed per request.',
    )
    expect(violation('mutation { unlockUser(email: "a@b.de") forgotPasswordUser(email: "a@b.de") }')).toMatch(
      /has 2 authentication operations/,
    )
  })

  it('counts them in fragments and across operations', () => {
    expect(
      violation(`mutation { ...Guess ...Guess2 }
        fragment Guess on Mutation { loginUser(email: "a@b.de", password: "x") { token } }
        fragment Guess2 on Mutation { g: loginUser(email: "a@b.de", password: "y") { token } }`),
    ).toMatch(/has 2 authentication operations/)
    expect(violation('mutation A { logoutUser } mutation B { logoutUser }')).toMatch(/has 2 authentication/)
  })

  it('does not count other mutations or queries', () => {
    expect(measure('mutation { createUser(data: { email: "a@b.de" }) { id } }').authOperations).toBe(0)
    expect(measure('query { meUser { token } initializedUser }').authOperations).toBe(0)
  })
})

describe('nestingDepth', () => {
  it('measures JSON without parsing it, ignoring brackets in strings', () => {
    expect(nestingDepth('{"a":[1,{"b":"}}]]{{{"}]}', 'json')).toBe(3)
    expect(nestingDepth('{"a":"\\"[[["}', 'json')).toBe(1)
    expect(nestingDepth('['.repeat(5000) + ']'.repeat(5000), 'json')).toBe(5000)
  })

  it('measures GraphQL, ignoring strings, block strings and comments', () => {
    expect(nestingDepth('{ a(where: { b: { c: 1 } }) { d } }', 'graphql')).toBe(4)
    expect(nestingDepth('{ a(x: "{{{") # {{{{\n { b } }', 'graphql')).toBe(2)
    expect(nestingDepth('{ a(x: """ {{ \\""" {{ """) }', 'graphql')).toBe(2)
    expect(nestingDepth(`{${'a{'.repeat(3000)}b${'}'.repeat(3000)}}`, 'graphql')).toBe(3001)
  })
})
