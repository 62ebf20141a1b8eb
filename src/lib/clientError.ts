/** PostgreSQL's "data exception" class: a value that does not fit its column or operator. */
const isDataException = (error: unknown): boolean => {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

/**
 * Malformed input that only surfaces deep inside Payload (a `where` JSON string, a bad escape, a
 * value PostgreSQL cannot compare): the client's error, answered 400 (src/guards/answerErrors.ts).
 */
export const isMalformedInput = (error: unknown): boolean =>
  error instanceof URIError || error instanceof SyntaxError || isDataException(error)

/**
 * Whether an error is the client's, not the server's: a status below 500 (Payload's APIError, or
 * the error a GraphQLError wraps) or malformed input.
 */
export const isClientError = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false
  const original = (error as { originalError?: unknown }).originalError ?? error
  const status = (original as { status?: unknown }).status
  if (typeof status === 'number') return status >= 400 && status < 500
  return isMalformedInput(original)
}
