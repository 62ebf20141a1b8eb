import type { AfterErrorHook } from 'payload'

import { isMalformedInput } from '../lib/clientError'

const BAD_VALUE = 'A value in the request does not fit the field it is compared with or stored in.'

/**
 * Last line behind the input checks (src/guards/guardQuery.ts and friends): what still reaches
 * the database or a parser malformed is the client's error, so a 400 instead of a 500. And a
 * lock found by Payload's own re-check answers like a wrong password (signInMessages.ts), also
 * in GraphQL's error name.
 */
export const answerErrors: AfterErrorHook = ({ error, graphqlResult }) => {
  if (
    error.name === 'LockedAuth' ||
    (error as { originalError?: Error }).originalError?.name === 'LockedAuth'
  ) {
    return graphqlResult
      ? {
          graphqlResult: {
            ...graphqlResult,
            extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' },
          },
        }
      : undefined
  }
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!isMalformedInput(original)) return undefined
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: BAD_VALUE, extensions: { statusCode: 400 } } }
  }
  return { response: { errors: [{ message: BAD_VALUE }] }, status: 400 }
}
