import { isNonNullType } from 'graphql'

import { type BuildContext, idsOf } from './buildContext'
import { utf8 } from './bytes'
import {
  fieldCall,
  type GraphqlContext,
  type Operation,
  randomOperation,
  renderOperation,
  rootFields,
} from './graphqlQueries'
import { type Mutation, replaceParam } from './mutation'
import type { Draft } from './request'
import { deepJson, RAW_BYTES } from './values'

const isGraphql = (template: { body: string }) => template.body === 'graphql'

const graphqlContext = (build: BuildContext): GraphqlContext => ({
  random: build.random,
  schema: build.schema,
  ids: idsOf(build, undefined),
})

/** A list query of a collection (it has limit, page, sort and where). */
const listCall = (context: GraphqlContext) => {
  const lists = rootFields(context.schema, 'query').filter((field) =>
    field.args.some((arg) => arg.name === 'where'),
  )
  return fieldCall(context.random.pick(lists), context)
}

const setBody = (draft: Draft, body: unknown) => {
  draft.body = utf8(JSON.stringify(body))
}

/** Mutations of an operation: built from a fresh valid operation, edited, rendered. */
const operationMutation = (
  kind: string,
  edit: (operation: Operation, context: GraphqlContext) => void,
  variables?: (context: GraphqlContext) => unknown,
): Mutation => ({
  kind,
  applies: isGraphql,
  apply: (draft, build) => {
    const context = graphqlContext(build)
    const operation = randomOperation(context)
    edit(operation, context)
    setBody(draft, {
      query: renderOperation(operation),
      ...(variables ? { variables: variables(context) } : {}),
      ...(operation.name ? { operationName: operation.name } : {}),
    })
  },
})

/** Raw body text: for what JSON.stringify cannot produce (huge number literals, raw bytes). */
const rawMutation = (kind: string, body: (context: GraphqlContext) => string): Mutation => ({
  kind,
  applies: isGraphql,
  apply: (draft, build) => {
    draft.body = body(graphqlContext(build))
  },
})

const WRONG_LITERALS = ['"abc"', '-1.5', 'true', '{a: 1}', '[1, 2]', 'null', 'NOPE', '"\\u0000"', '""']

export const GRAPHQL_MUTATIONS: Mutation[] = [
  operationMutation('graphql:wrong-arg-type', (operation, { random }) => {
    const call = operation.calls[0]!
    if (call.field.args.length === 0) call.args.push(['id', random.pick(WRONG_LITERALS)])
    else {
      const arg = random.pick(call.field.args)
      call.args = call.args.filter(([name]) => name !== arg.name)
      call.args.push([arg.name, random.pick(WRONG_LITERALS)])
    }
  }),
  operationMutation('graphql:unknown-field', (operation, { random }) => {
    const call = operation.calls[0]!
    const extra = random.pick([
      'nope',
      '__proto__',
      'password',
      'hash',
      'salt',
      'apiKey',
      'resetPasswordToken',
    ])
    call.selection = call.selection ? call.selection.replace(/^\{/, `{ ${extra}`) : `{ ${extra} }`
  }),
  operationMutation('graphql:unknown-arg', (operation, { random }) => {
    operation.calls[0]!.args.push([
      random.pick(['nope', 'depth', 'overrideAccess', 'showHiddenFields']),
      'true',
    ])
  }),
  operationMutation('graphql:huge-literal', (operation, context) => {
    const call = listCall(context)
    call.args = call.args.filter(([name]) => !['limit', 'page', 'sort'].includes(name))
    call.args.push(
      context.random.pick([
        ['limit', '99999999999999999999'],
        ['page', '2147483648'],
        ['limit', '1e309'],
        ['sort', JSON.stringify('a'.repeat(100_000))],
      ]),
    )
    operation.type = 'query'
    operation.calls = [call]
  }),
  operationMutation('graphql:negative-number', (operation, context) => {
    const call = listCall(context)
    call.args = call.args.filter(([name]) => !['limit', 'page'].includes(name))
    call.args.push(
      context.random.pick([
        ['page', '-5'],
        ['limit', '-1'],
        ['page', '0'],
        ['limit', '-2147483648'],
      ]),
    )
    operation.type = 'query'
    operation.calls = [call]
  }),
  operationMutation('graphql:alias-flood', (operation, context) => {
    const counts = rootFields(context.schema, 'query').filter((field) => field.name.startsWith('count'))
    const field = context.random.pick(counts)
    const n = context.random.pick([100, 500, 2000])
    operation.type = 'query'
    operation.calls = Array.from({ length: n }, (_, i) => ({
      alias: `a${i}`,
      name: field.name,
      args: [],
      selection: '{ totalDocs }',
      field,
    }))
  }),
  operationMutation('graphql:deep-selection', (operation, context) => {
    const call = listCall(context)
    call.selection = selectionChain(context, call.field.type.toString(), context.random.int(6, 14))
    operation.type = 'query'
    operation.calls = [call]
  }),
  rawMutation('graphql:deep-text', ({ random }) => {
    const levels = random.pick([1000, 5000, 20_000])
    return JSON.stringify({ query: `query { ${'a { '.repeat(levels)}b${' }'.repeat(levels)} }` })
  }),
  operationMutation('graphql:fragments', (operation, context) => {
    const call = operation.calls[0]!
    const typeName = call.field.type.toString().replace(/[[\]!]/g, '')
    const wrong = context.random.chance(0.5) ? 'Query' : typeName
    operation.fragments.push(`fragment F on ${wrong} { __typename }`)
    call.selection = call.selection ? call.selection.replace(/^\{/, '{ ...F ... on Nope { id }') : ''
  }),
  operationMutation('graphql:fragment-cycle', (operation) => {
    const call = operation.calls[0]!
    const typeName = call.field.type.toString().replace(/[[\]!]/g, '')
    operation.fragments.push(`fragment A on ${typeName} { ...B }`, `fragment B on ${typeName} { ...A }`)
    call.selection = '{ ...A }'
  }),
  operationMutation(
    'graphql:variables-wrong-type',
    (operation, context) => {
      const call = listCall(context)
      operation.type = 'query'
      operation.variableDefinitions = [
        '$limit: Int',
        '$where: ' + String(whereTypeOf(call)),
        '$locale: LocaleInputType',
      ]
      call.args = [
        ['limit', '$limit'],
        ['where', '$where'],
        ['locale', '$locale'],
      ]
      operation.calls = [call]
    },
    ({ random }) =>
      random.pick([
        { limit: 'abc', where: 5, locale: 'xx' },
        { limit: 1.5, where: { nope: { equals: 1 } }, locale: 'de' },
        { limit: [1], where: [], locale: null },
        { limit: -1, where: { id: { in: 'x' } }, locale: 5 },
        { limit: 2 ** 53, where: 'x', locale: {} },
      ]),
  ),
  rawMutation('graphql:deep-json', ({ random }) =>
    random.chance(0.5)
      ? `{"query":"query($a: JSON) { __typename }","variables":{"a":${deepJson(5000)}}}`
      : deepJson(5000, 'array'),
  ),
  {
    kind: 'graphql:syntax-error',
    applies: isGraphql,
    apply: (draft, build) => {
      const query = renderOperation(randomOperation(graphqlContext(build)))
      const cut = build.random.int(1, Math.max(1, query.length - 1))
      setBody(draft, {
        query: build.random.pick([
          query.slice(0, cut),
          `${query}}}}`,
          `{{{${query}`,
          query.replace(/\{/g, '('),
          `${query} $$$`,
        ]),
      })
    },
  },
  rawMutation('graphql:batch', (context) =>
    JSON.stringify(
      Array.from({ length: context.random.pick([2, 10, 50]) }, () => ({
        query: renderOperation(randomOperation(context)),
      })),
    ),
  ),
  rawMutation('graphql:empty-query', ({ random }) =>
    random.pick(['{}', '{"query":""}', '{"query":null}', '{"query":" "}', '{"variables":{}}']),
  ),
  rawMutation('graphql:query-not-string', ({ random }) =>
    random.pick([
      '{"query":5}',
      '{"query":{"a":1}}',
      '{"query":["{ __typename }"]}',
      '{"query":true}',
      '[]',
      '5',
    ]),
  ),
  operationMutation('graphql:unknown-locale', (operation, context) => {
    const call = listCall(context)
    call.args = call.args.filter(([name]) => !['locale', 'fallbackLocale'].includes(name))
    call.args.push(
      context.random.pick([
        ['locale', 'xx'],
        ['locale', '"de"'],
        ['fallbackLocale', 'xx'],
        ['locale', 'all'],
      ]),
    )
    operation.type = 'query'
    operation.calls = [call]
  }),
  operationMutation('graphql:where-garbage', (operation, context) => {
    const call = listCall(context)
    call.args = call.args.filter(([name]) => name !== 'where')
    const depth = context.random.int(20, 200)
    call.args.push([
      'where',
      context.random.pick([
        '{ id: { in: ["x"] } }',
        '{ nope: { equals: 1 } }',
        '{ id: { equals: 99999999999999999999 } }',
        `${'{ OR: ['.repeat(depth)}{ id: { equals: 1 } }${'] }'.repeat(depth)}`,
        '{ AND: [] }',
        '{ id: { near: "1,2" } }',
      ]),
    ])
    operation.type = 'query'
    operation.calls = [call]
  }),
  operationMutation('graphql:sort-relationship', (operation, context) => {
    const call = listCall(context)
    call.args = call.args.filter(([name]) => name !== 'sort')
    call.args.push([
      'sort',
      JSON.stringify(
        context.random.pick([
          'chair.name',
          'district.name',
          '-network.district.slug',
          'nope',
          '-',
          '__proto__',
        ]),
      ),
    ])
    operation.type = 'query'
    operation.calls = [call]
  }),
  rawMutation('graphql:introspection', ({ random }) =>
    JSON.stringify({
      query: random.pick([
        '{ __schema { types { name } } }',
        '{ __type(name: "User") { fields { name } } }',
        'query { __schema { queryType { name } } }',
      ]),
    }),
  ),
  operationMutation('graphql:directive-garbage', (operation, { random }) => {
    const call = operation.calls[0]!
    call.selection = call.selection.replace(
      /^\{/,
      `{ __typename ${random.pick(['@skip(if: "x")', '@include(if: $undefined)', '@nope', '@deprecated', '@skip'])}`,
    )
    if (!call.selection) call.selection = '@nope'
  }),
  operationMutation('graphql:nul', (operation, context) => {
    const call = listCall(context)
    call.args = call.args.filter(([name]) => name !== 'sort')
    // Escaped: a NUL in the value; raw: a NUL in the document itself.
    call.args.push(['sort', context.random.pick(['"a\\u0000b"', '"a\u0000b"'])])
    operation.type = 'query'
    operation.calls = [call]
  }),
  {
    kind: 'graphql:operation-name-mismatch',
    applies: isGraphql,
    apply: (draft, build) => {
      const context = graphqlContext(build)
      const query = renderOperation({ ...randomOperation(context), name: 'First' })
      setBody(
        draft,
        build.random.chance(0.5)
          ? { query, operationName: build.random.pick(['Other', '', 5, null, '__proto__']) }
          : { query: `${query}\nquery { __typename }` },
      )
    },
  },
  rawMutation('graphql:invalid-utf8', ({ random }) => `{"query":"{ __typename ${random.pick(RAW_BYTES)} }"}`),
]

/** A GET of /api/graphql with the query in the URL (Payload serves GraphQL over POST only). */
export const GRAPHQL_GET: Mutation = {
  kind: 'graphql:get-query',
  applies: (template) => template.method === 'GET' && /graphql$/.test(template.path),
  apply: (draft, build) => {
    const query = renderOperation(randomOperation(graphqlContext(build)))
    replaceParam(draft, 'query', ['query', encodeURIComponent(query)])
  },
}

const whereTypeOf = (call: { field: { args: ReadonlyArray<{ name: string; type: unknown }> } }) => {
  const where = call.field.args.find((arg) => arg.name === 'where')
  return where ? String(where.type) : 'JSON'
}

/** A selection going `levels` relationships deep, as far as the schema allows. */
const selectionChain = (context: GraphqlContext, typeName: string, levels: number): string => {
  const type = context.schema.getType(typeName.replace(/[[\]!]/g, ''))
  if (!type || !('getFields' in type) || levels === 0) return ''
  const fields = Object.values(type.getFields()) as Array<{
    name: string
    type: { toString(): string }
    args?: unknown[]
  }>
  const objects = fields.filter((field) => {
    const named = context.schema.getType(field.type.toString().replace(/[[\]!]/g, ''))
    return named && 'getFields' in named && !isNonNullType(field.type as never)
  })
  const leaves = fields.filter((field) => !objects.includes(field) && !field.args?.length).slice(0, 2)
  const next = objects.length ? context.random.pick(objects) : undefined
  const inner = next ? selectionChain(context, next.type.toString(), levels - 1) : ''
  const parts = [...leaves.map((field) => field.name), ...(next && inner ? [`${next.name} ${inner}`] : [])]
  return parts.length ? `{ ${parts.join(' ')} }` : ''
}
