import fs from 'node:fs'
import path from 'node:path'

import { buildSchema, type DocumentNode, type GraphQLSchema, Kind, visit } from 'graphql'

import { projectRoot } from './paths'

/**
 * Payload's GraphQL loads and runs every field of every document it resolves, also of the
 * documents in join fields, unless the query passes `select: true`; then it reads only what the
 * query asks for. The answer is the same either way (GraphQL returns the requested fields), so
 * queries get `select: true` unless they say otherwise: a network with its 500 contacts no longer
 * hydrates each contact's every field.
 */
export const withSelectByDefault = (document: DocumentNode, selectable: ReadonlySet<string>): DocumentNode =>
  visit(document, {
    OperationDefinition(operation) {
      if (operation.operation !== 'query') return false
      return {
        ...operation,
        selectionSet: {
          ...operation.selectionSet,
          selections: operation.selectionSet.selections.map((selection) =>
            selection.kind === Kind.FIELD &&
            selectable.has(selection.name.value) &&
            !selection.arguments?.some((argument) => argument.name.value === 'select')
              ? {
                  ...selection,
                  arguments: [
                    ...(selection.arguments ?? []),
                    {
                      kind: Kind.ARGUMENT,
                      name: { kind: Kind.NAME, value: 'select' },
                      value: { kind: Kind.BOOLEAN, value: true },
                    },
                  ],
                }
              : selection,
          ),
        },
      }
    },
  })

/**
 * The committed schema.graphql as graphql-js types: what Payload generates from the config
 * (`npm run check:generated` keeps it current). Building it takes about 1.5 s: build it once.
 * Without the source locations of its 65,000 tokens, which took 10 MB of every process's heap.
 */
export const committedSchema = (
  schemaFile = path.join(/* turbopackIgnore: true */ projectRoot(), 'schema.graphql'),
): GraphQLSchema => buildSchema(fs.readFileSync(schemaFile, 'utf8'), { noLocation: true })

/** The top-level queries of the schema that take `select`. */
export const selectableQueries = (schema: GraphQLSchema = committedSchema()): Set<string> =>
  new Set(
    Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((field) => field.args.some((argument) => argument.name === 'select'))
      .map((field) => field.name),
  )
