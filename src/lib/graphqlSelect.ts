import fs from 'node:fs'
import path from 'node:path'

import { buildSchema, type DocumentNode, Kind, parse, print, visit } from 'graphql'

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

/** The top-level queries of the committed schema.graphql that take `select`. */
export const selectableQueries = (schemaFile = path.join(projectRoot(), 'schema.graphql')): Set<string> => {
  const query = buildSchema(fs.readFileSync(schemaFile, 'utf8')).getQueryType()
  return new Set(
    Object.values(query?.getFields() ?? {})
      .filter((field) => field.args.some((argument) => argument.name === 'select'))
      .map((field) => field.name),
  )
}

/** A request body's query with `select: true` added; unparsable queries stay as they are for Payload to refuse. */
export const selectByDefault = (query: string, selectable: ReadonlySet<string>): string => {
  try {
    return print(withSelectByDefault(parse(query), selectable))
  } catch {
    return query
  }
}

type GraphqlHandler = (request: Request) => Promise<Response>

/** Wraps Payload's GraphQL route handler so that JSON queries select by default. */
export const withGraphqlSelect = (handler: GraphqlHandler): GraphqlHandler => {
  let selectable: Set<string> | undefined
  return async (request) => {
    if (!request.headers.get('content-type')?.includes('application/json')) return handler(request)
    const text = await request.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    if (body && typeof body === 'object' && typeof (body as { query?: unknown }).query === 'string') {
      selectable ??= selectableQueries()
      const query = (body as { query: string }).query
      body = { ...body, query: selectByDefault(query, selectable) }
    }
    return handler(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: body === undefined ? text : JSON.stringify(body),
      }),
    )
  }
}
