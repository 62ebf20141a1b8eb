import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql'

/**
 * Limits on what one GraphQL request may ask of the server, checked before Payload sees it.
 * Payload's own `maxComplexity` counts every field as 1 (and a join as 10), whatever its list
 * returns: 300 aliases of `Networks(limit: 100)` stayed under it and kept the server busy for
 * 15 s (30,000 documents, about 0.5 ms each). The measures here count what actually runs.
 *
 * The repository's own queries measure (cost / depth / aliases), see tests/lib/graphqlLimits.test.ts:
 * NETWORK_QUERY of the benchmark 432 / 5 / 0; the docs/api.md example 431 / 5 / 0; the largest
 * test query (tests/api/graphqlSelect.test.ts) 3,922 / 6 / 0. The attacks: 300 aliases of
 * `Networks(limit: 100) { docs { id name } }` 90,300 / 3 / 300; 100 networks × 100 member actors
 * (ids only) 20,201.
 */

/**
 * Aliases let one request repeat a field under other names: the 300-alias query. No query of
 * this repository uses one; a frontend may alias a few (the same network in two locales, say).
 * 30 leaves room for that and stops repetition long before it costs anything.
 */
export const MAX_ALIASES = 30

/**
 * Fields nested inside each other (fragments expanded). The deepest query here nests 6 levels
 * (Networks → docs → memberActors → docs → logo → url); relationships run in circles (network →
 * contacts → networks → …), so without a bound a query can walk them for ever. 10 leaves four
 * levels of room.
 */
export const MAX_DEPTH = 10

/**
 * The estimated number of field resolutions (see `measureQuery`). The largest legitimate query
 * (3,922) fits 2.5 times; 100 × 100 documents cost at least 20,201 (ids only) and the 300-alias
 * query 90,300. At about 0.5 ms per listed document a query at the limit runs for a second or
 * two, and the request's time box (src/lib/graphqlRequest.ts) is the backstop.
 */
export const MAX_COST = 10_000

/**
 * Authentication operations per request document. Each one is a guess (loginUser) or a mail
 * sent (forgotPasswordUser): aliases put 50 guesses against 50 accounts into one request, past
 * any per-request rate limit. One per request is all a client ever needs.
 */
export const MAX_AUTH_OPERATIONS = 1

/** Payload's page size when a top-level list query names no `limit`. */
export const DEFAULT_PAGE_SIZE = 10

/**
 * What "all" costs for a top-level list (`Networks(limit: 0)` or `pagination: false`): every
 * document of a collection in every district. Counted as 1000 (the largest limit the API takes)
 * so that it is expensive.
 */
export const ALL_DOCUMENTS = 1000

/**
 * What a join without `limit` (or with `limit: 0`) costs: Payload's GraphQL join resolver then
 * reads every joined document, the children of one parent (a network's working groups, member
 * actors, contacts). The seeded districts have tens of those; the benchmark's network has 125
 * actors and 500 contacts, where NETWORK_QUERY really costs over 4,000, not 432. The
 * repository's own queries omit the join limit everywhere (the test query above joins actors and
 * contacts under 10 networks); counting such a join as 1000 would refuse them, so it counts as
 * 20, twice the page size. Joins nested in joins still multiply, and the data bounds the rest:
 * a join returns no more children than its parent has.
 */
export const JOIN_DOCUMENTS = 20

/**
 * Items of a list that takes no limit: hasMany relationships (`coordinatingContacts`,
 * `downloads`), arrays (`phones`, `memberships`). Editors fill them by hand; a few is typical.
 */
export const LIST_ITEMS = 5

/**
 * Tokens of a query (graphql's `parse` option): the 300-alias query has 4,503 and must still
 * parse, so that its answer can name the aliases; the benchmark's network query has 70.
 */
export const MAX_TOKENS = 10_000

/** Mutations Payload generates for auth-enabled collections: `loginUser`, `forgotPasswordUser`, … */
const AUTH_OPERATION = /^(login|logout|refreshToken|forgotPassword|resetPassword|unlock|verifyEmail)[A-Z]/

/** Whether every mutation of the document is a sign-in operation (they queue on their own). */
export const isSignInOnly = (document: DocumentNode): boolean => {
  const mutations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
  )
  return (
    mutations.length > 0 &&
    mutations.every(({ selectionSet }) =>
      selectionSet.selections.every(
        (selection) =>
          selection.kind === Kind.FIELD &&
          (selection.name.value === '__typename' || AUTH_OPERATION.test(selection.name.value)),
      ),
    )
  )
}

export type QueryMeasures = {
  aliases: number
  depth: number
  cost: number
  authOperations: number
}

export type MeasureOptions = {
  /** The schema the query runs against; it tells lists from single values. */
  schema: GraphQLSchema
  /** The request's variables, for arguments such as `limit: $n`. */
  variables?: Record<string, unknown> | null
}

const NONE: QueryMeasures = { aliases: 0, depth: 0, cost: 0, authOperations: 0 }

// Fragments spread into fragments can double a count at every step: keep the numbers finite.
const capped = (value: number) => Math.min(value, Number.MAX_SAFE_INTEGER)

const add = (sum: QueryMeasures, part: QueryMeasures): QueryMeasures => ({
  aliases: capped(sum.aliases + part.aliases),
  depth: Math.max(sum.depth, part.depth),
  cost: capped(sum.cost + part.cost),
  authOperations: capped(sum.authOperations + part.authOperations),
})

/** Whether a type is one of Payload's pages of documents (`Networks`, a join's `Network_Contacts`). */
const isPage = (type: GraphQLNamedType | undefined): boolean => {
  if (!isObjectType(type)) return false
  const fields = type.getFields()
  return Boolean(fields.docs && fields.hasNextPage && isListType(unwrapNonNull(fields.docs.type)))
}

const unwrapNonNull = <T>(type: T) => (isNonNullType(type) ? (type.ofType as T) : type)

/**
 * The fragments in the order in which they can be measured: every fragment after those it
 * spreads. Iterative, so that a chain of thousands of fragments cannot exhaust the stack. Returns
 * a cycle instead when fragments spread each other (graphql-js refuses those later; counting one
 * by expanding it would never end).
 */
const fragmentOrder = (
  fragments: Map<string, FragmentDefinitionNode>,
): { order: string[] } | { cycle: string[] } => {
  const spreads = new Map<string, string[]>()
  for (const [name, fragment] of fragments) spreads.set(name, spreadNames(fragment.selectionSet))
  const state = new Map<string, 'open' | 'done'>()
  const order: string[] = []
  for (const start of fragments.keys()) {
    if (state.has(start)) continue
    const stack: Array<{ name: string; next: number }> = [{ name: start, next: 0 }]
    state.set(start, 'open')
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      const children = spreads.get(top.name) ?? []
      if (top.next < children.length) {
        const child = children[top.next++]!
        if (!fragments.has(child)) continue
        if (state.get(child) === 'open') {
          const path = stack.map((entry) => entry.name)
          return { cycle: [...path.slice(path.indexOf(child)), child] }
        }
        if (!state.has(child)) {
          state.set(child, 'open')
          stack.push({ name: child, next: 0 })
        }
      } else {
        state.set(top.name, 'done')
        order.push(top.name)
        stack.pop()
      }
    }
  }
  return { order }
}

/** The names of the fragments a selection spreads, at any depth (fields nest at most MAX_NESTING deep). */
const spreadNames = (selectionSet: SelectionSetNode, into: string[] = []): string[] => {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) into.push(selection.name.value)
    else if (selection.selectionSet) spreadNames(selection.selectionSet, into)
  }
  return into
}

/** An argument's value, with variables looked up (their defaults when the request sets none). */
const argumentValue = (
  field: FieldNode,
  name: string,
  variables: Record<string, unknown>,
  defaults: Map<string, unknown>,
): unknown => {
  const argument = field.arguments?.find((candidate) => candidate.name.value === name)
  if (!argument) return undefined
  if (argument.value.kind === Kind.VARIABLE) {
    const variable = argument.value.name.value
    return Object.hasOwn(variables, variable) ? variables[variable] : defaults.get(variable)
  }
  return valueFromASTUntyped(argument.value)
}

/**
 * How many documents a page field (`Networks(…)`, a join such as `contacts(…)`) returns at most,
 * as Payload reads them: `limit` when positive; otherwise a top-level list returns a page of 10,
 * or everything with `limit: 0` or `pagination: false`, and a join returns everything.
 */
const pageSize = (limit: unknown, pagination: unknown, topLevel: boolean): number => {
  if (limit === undefined || limit === null) {
    if (!topLevel) return JOIN_DOCUMENTS
    return pagination === false ? ALL_DOCUMENTS : DEFAULT_PAGE_SIZE
  }
  // Not a number: GraphQL refuses it before anything runs; count it as expensive all the same.
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return ALL_DOCUMENTS
  if (limit > 0) return limit
  return topLevel ? ALL_DOCUMENTS : JOIN_DOCUMENTS
}

/**
 * Measures a query document: aliases, depth and authentication operations as written, with
 * fragments expanded wherever they are spread; and its cost, the number of field resolutions it
 * can cause. Every field costs 1, and what a list returns is counted once per item: a page field
 * multiplies the cost of its selection by its page size (`Networks(limit: 100) { docs { id name } }`
 * costs 1 + 100 × 3), other lists (hasMany relationships, arrays) by LIST_ITEMS. All operations of
 * the document are added up. Introspection (`__schema`, `__type`) counts 1 and is not descended:
 * it is answered from memory and production refuses it anyway. Returns the fragments' cycle
 * instead when there is one.
 */
export const measureQuery = (
  document: DocumentNode,
  { schema, variables }: MeasureOptions,
): QueryMeasures | { cycle: string[] } => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  const defaults = new Map<string, unknown>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value)) {
      fragments.set(definition.name.value, definition)
    }
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue) {
          defaults.set(variable.variable.name.value, valueFromASTUntyped(variable.defaultValue))
        }
      }
    }
  }
  const values = variables ?? {}
  const queryType = schema.getQueryType()
  const mutationType = schema.getMutationType()
  const measured = new Map<string, QueryMeasures>()

  const fieldOf = (
    type: GraphQLNamedType | undefined,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined

  const measureField = (field: FieldNode, parent: GraphQLNamedType | undefined): QueryMeasures => {
    const name = field.name.value
    const own = {
      aliases: field.alias ? 1 : 0,
      authOperations: parent && parent === mutationType && AUTH_OPERATION.test(name) ? 1 : 0,
    }
    if (name === '__schema' || name === '__type') return { ...own, depth: 1, cost: 1 }
    const definition = fieldOf(parent, name)
    const type = definition ? getNamedType(definition.type) : undefined
    const inner = field.selectionSet ? measureSelection(field.selectionSet, type) : NONE
    let items = 1
    if (definition && isPage(type)) {
      const limit = argumentValue(field, 'limit', values, defaults)
      const pagination = argumentValue(field, 'pagination', values, defaults)
      items = pageSize(limit, pagination, parent === queryType)
    } else if (
      definition &&
      isListType(unwrapNonNull(definition.type)) &&
      !(name === 'docs' && isPage(parent))
    ) {
      // A page's `docs` were counted by the page field above it.
      items = LIST_ITEMS
    }
    return {
      aliases: capped(own.aliases + inner.aliases),
      depth: 1 + inner.depth,
      cost: capped(1 + items * inner.cost),
      authOperations: capped(own.authOperations + inner.authOperations),
    }
  }

  const measureSelection = (
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType | undefined,
  ): QueryMeasures => {
    let sum = NONE
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) sum = add(sum, measureField(selection, type))
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type
        sum = add(sum, measureSelection(selection.selectionSet, condition ?? undefined))
      } else sum = add(sum, measured.get(selection.name.value) ?? NONE)
    }
    return sum
  }

  const ordered = fragmentOrder(fragments)
  if ('cycle' in ordered) return ordered
  for (const name of ordered.order) {
    const fragment = fragments.get(name)!
    const type = schema.getType(fragment.typeCondition.name.value) ?? undefined
    measured.set(name, measureSelection(fragment.selectionSet, type))
  }

  let total = NONE
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const root = schema.getRootType(definition.operation) ?? undefined
    total = add(total, measureSelection(definition.selectionSet, root))
  }
  return total
}

const count = (value: number) => value.toLocaleString('en-US')

/**
 * The first limit a query document breaks, as a message naming the limit and the measured
 * value, or undefined when it keeps them all. The size limits say "complexity limit", the
 * words of Payload's own refusal, which clients may already look for.
 */
export const queryLimitViolation = (document: DocumentNode, options: MeasureOptions): string | undefined => {
  const measures = measureQuery(document, options)
  if ('cycle' in measures) {
    return `The fragment "${measures.cycle[0]}" spreads itself (${measures.cycle.join(' → ')}); fragments must not form cycles.`
  }
  if (measures.aliases > MAX_ALIASES) {
    return `Query complexity limit: the query has ${count(measures.aliases)} aliases; at most ${MAX_ALIASES} are allowed.`
  }
  if (measures.depth > MAX_DEPTH) {
    return `Query complexity limit: the query nests fields ${count(measures.depth)} levels deep; at most ${MAX_DEPTH} are allowed.`
  }
  if (measures.cost > MAX_COST) {
    return (
      `Query complexity limit: the query costs about ${count(measures.cost)} field resolutions; at most ` +
      `${count(MAX_COST)} are allowed. A list counts its fields once per document it can return ` +
      `(its limit; ${DEFAULT_PAGE_SIZE} by default, ${JOIN_DOCUMENTS} for a join without limit, ` +
      `${ALL_DOCUMENTS} for limit: 0 or pagination: false): ask for fewer documents or fields.`
    )
  }
  if (measures.authOperations > MAX_AUTH_OPERATIONS) {
    return `The request has ${count(measures.authOperations)} authentication operations (such as loginUser); at most ${MAX_AUTH_OPERATIONS} is allowed per request.`
  }
  return undefined
}
