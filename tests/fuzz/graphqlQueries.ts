import fs from 'node:fs'

import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql'

import type { Random } from './random'
import { unknownEmail } from './values'

/** The committed schema (`npm run generate:schema` keeps it in step with the config). */
export const loadSchema = (file = 'schema.graphql'): GraphQLSchema =>
  buildSchema(fs.readFileSync(file, 'utf8'))

/** One top-level field of an operation. Mutations of the fuzzer edit these parts before rendering. */
export type FieldCall = {
  alias?: string
  name: string
  args: Array<[string, string]>
  selection: string
  field: GraphQLField<unknown, unknown>
}

export type Operation = {
  type: 'query' | 'mutation'
  name?: string
  variableDefinitions: string[]
  calls: FieldCall[]
  fragments: string[]
}

export type GraphqlBody = { query?: unknown; variables?: unknown; operationName?: unknown }

export type GraphqlContext = { random: Random; schema: GraphQLSchema; ids: number[] }

const word = (random: Random) =>
  random.pick(['Beratung', 'Netzwerk', 'Halle', 'Migration', 'Sprache', 'a', 'x'])

const scalarLiteral = (name: string, argName: string, { random, ids }: GraphqlContext): string => {
  switch (name) {
    case 'Int':
      return String(argName === 'limit' ? random.int(1, 5) : argName === 'page' ? 1 : random.pick(ids))
    case 'Float':
      return String(random.int(0, 100) / 4)
    case 'Boolean':
      return random.pick(['true', 'false'])
    case 'DateTime':
      return '"2024-01-01T00:00:00.000Z"'
    case 'EmailAddress':
      return JSON.stringify(unknownEmail(random))
    case 'JSON':
    case 'JSONObject':
      return '{}'
    default:
      if (argName === 'email') return JSON.stringify(unknownEmail(random))
      if (argName === 'password') return JSON.stringify(`Fuzz-${random.int(0, 1e9)}-Passwort`)
      return JSON.stringify(word(random))
  }
}

/** A valid literal of an input type (where objects, data objects, enums, lists …). */
export const inputLiteral = (
  type: GraphQLInputType,
  argName: string,
  context: GraphqlContext,
  depth = 0,
): string => {
  if (isNonNullType(type)) return inputLiteral(type.ofType, argName, context, depth)
  if (isListType(type)) return `[${inputLiteral(type.ofType, argName, context, depth + 1)}]`
  if (isEnumType(type)) return context.random.pick(type.getValues()).name
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}'
    const fields = Object.values(type.getFields())
    const required = fields.filter((field) => isNonNullType(field.type))
    const optional = context.random.some(
      fields.filter(
        (field) => !isNonNullType(field.type) && !['AND', 'OR', 'and', 'or'].includes(field.name),
      ),
      context.random.int(0, 2),
    )
    return `{${[...required, ...optional]
      .map((field) => `${field.name}: ${inputLiteral(field.type, field.name, context, depth + 1)}`)
      .join(', ')}}`
  }
  return scalarLiteral(type.name, argName, context)
}

/** A selection set for an output type, `maxDepth` object levels deep at most. */
export const selectionOf = (type: GraphQLOutputType, context: GraphqlContext, maxDepth: number): string => {
  const named = getNamedType(type)
  if (isLeafType(named)) return ''
  if (isUnionType(named)) {
    const member = context.random.pick(named.getTypes())
    return `{ __typename ... on ${member.name} ${selectionOf(member, context, maxDepth - 1) || '{ __typename }'} }`
  }
  if (!isObjectType(named)) return '{ __typename }'
  const fields = Object.values(named.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type)),
  )
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)))
  const objects = fields.filter((field) => !isLeafType(getNamedType(field.type)))
  const chosen = context.random.some(leaves, context.random.int(1, 4)).map((field) => field.name)
  if (maxDepth > 0 && objects.length > 0 && context.random.chance(0.6)) {
    const field = context.random.pick(objects)
    const inner = selectionOf(field.type, context, maxDepth - 1)
    if (inner) chosen.push(`${field.name} ${inner}`)
  }
  return `{ ${chosen.length ? chosen.join(' ') : '__typename'} }`
}

/** A call of a root field with its required arguments and some optional ones, all valid. */
export const fieldCall = (
  field: GraphQLField<unknown, unknown>,
  context: GraphqlContext,
  maxDepth = 2,
): FieldCall => ({
  name: field.name,
  args: field.args
    .filter((arg) => isNonNullType(arg.type) || context.random.chance(0.35))
    .map((arg) => [arg.name, inputLiteral(arg.type, arg.name, context)]),
  selection: selectionOf(field.type, context, maxDepth),
  field,
})

export const rootFields = (schema: GraphQLSchema, type: 'query' | 'mutation') =>
  Object.values((type === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})

/** A valid operation: mostly queries, some mutations (refused by access for our personas). */
export const randomOperation = (context: GraphqlContext): Operation => {
  const type = context.random.chance(0.8) ? 'query' : 'mutation'
  const fields = rootFields(context.schema, type)
  return {
    type,
    ...(context.random.chance(0.3) ? { name: `Fuzz${context.random.int(0, 999)}` } : {}),
    variableDefinitions: [],
    calls: [fieldCall(context.random.pick(fields), context)],
    fragments: [],
  }
}

export const renderOperation = (operation: Operation): string => {
  const head = [operation.type, operation.name ?? ''].filter(Boolean).join(' ')
  const variables = operation.variableDefinitions.length
    ? `(${operation.variableDefinitions.join(', ')})`
    : ''
  const calls = operation.calls
    .map((call) => {
      const args = call.args.length
        ? `(${call.args.map(([name, value]) => `${name}: ${value}`).join(', ')})`
        : ''
      return `${call.alias ? `${call.alias}: ` : ''}${call.name}${args} ${call.selection}`.trim()
    })
    .join('\n  ')
  return `${head}${variables} {\n  ${calls}\n}${operation.fragments.length ? `\n${operation.fragments.join('\n')}` : ''}`
}
