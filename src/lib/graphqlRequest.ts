import { createHash } from 'node:crypto'

import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  parse,
  print,
  type SourceLocation,
  validate,
} from 'graphql'
import { getPayload, type SanitizedConfig } from 'payload'

import { isAdmissionRefused } from './admissionQueue'
import { isSignInOnly, MAX_TOKENS, queryLimitViolation } from './graphqlLimits'
import { committedSchema, selectableQueries, withSelectByDefault } from './graphqlSelect'
import { PRIVATE_CACHE_CONTROL } from './httpCaching'
import { MAX_NESTING, nestingDepth } from './nestingDepth'
import { answerFromCache, responseOf } from './publicCache/answerFromCache'
import { cacheKey, isCacheableRequest } from './publicCache/cacheKey'
import { publicCache } from './publicCache/publicCache'
import { BodyError, type BodyLimits, readBody } from './requestBody'
import { busyResponse, holdingAdmission } from './withAdmission'
import { withCors } from './withCors'
import { withWriteSlot } from './writeSlots'

export type GraphqlHandler = (request: Request) => Promise<Response>

/**
 * A GraphQL body is a query and its variables: the repository's largest is under 1 KB, the
 * 300-alias query 15 KB, rich text in variables some tens of KB. 256 KB leaves room for that.
 * A client that pauses 10 s, or needs 30 s for the whole body, is cut off: at 256 KB that is
 * still under 70 kbit/s.
 */
export const GRAPHQL_BODY_LIMITS: BodyLimits = {
  maxBytes: 256 * 1024,
  idleTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
}

/**
 * How long a request may run before it is answered 503. The benchmark's network query takes
 * about 70 ms, a query at the cost limit about a second. Payload cannot cancel a running
 * operation (its resolvers take no signal and a write's transaction must end on its own): the
 * work goes on after the answer, and a mutation keeps its write place until it is done. The time
 * box frees the client, not the server; the limits in graphqlLimits.ts protect the server.
 */
export const GRAPHQL_TIME_LIMIT_MS = 10_000

export type GraphqlRequestOptions = {
  bodyLimits?: BodyLimits
  timeLimitMs?: number
  /** With the config, anonymous queries are answered from the public cache (src/lib/publicCache/). */
  config?: Promise<SanitizedConfig> | SanitizedConfig
}

type ErrorDetails = { locations?: readonly SourceLocation[] }

/** An answer in GraphQL's error shape, with the HTTP status also in `extensions.statusCode` (as Payload's). */
const refusal = (status: number, message: string, details: ErrorDetails = {}) =>
  Response.json({ errors: [{ message, ...details, extensions: { statusCode: status } }] }, { status })

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** graphql-js offers near misses ("Did you mean "name"?"); in production they would map the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g

/** A GraphQL error message without graphql-js' "Did you mean …?" suggestions. */
export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '')

const stripSuggestions = async (response: Response): Promise<Response> => {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return response
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const init = { status: response.status, statusText: response.statusText, headers }
  if (!text.includes('Did you mean')) return new Response(text, init)
  const body = JSON.parse(text) as { errors?: Array<{ message?: unknown }> }
  for (const error of body.errors ?? []) {
    if (typeof error.message === 'string') error.message = withoutSuggestions(error.message)
  }
  return new Response(JSON.stringify(body), init)
}

// Built on the first request that needs it, once per process.
let schema: GraphQLSchema | undefined
let selectable: Set<string> | undefined
const loadSchema = () => (schema ??= committedSchema())

type Parsed = { document: DocumentNode; body: Record<string, unknown> }

/** The request's body as a checked GraphQL request, or the answer refusing it. */
const readGraphqlRequest = async (
  request: Request,
  limits: BodyLimits,
  /** Sees the body as soon as it has arrived; an answer it returns is the request's (a cached one). */
  answerEarly: (bytes: Uint8Array) => Response | undefined = () => undefined,
): Promise<Parsed | Response> => {
  const [mediaType, ...parameters] = (request.headers.get('content-type') ?? '').toLowerCase().split(';')
  const charset = parameters
    .map((parameter) => parameter.trim())
    .find((parameter) => parameter.startsWith('charset='))
  if (mediaType?.trim() !== 'application/json' || (charset && !/^charset="?utf-?8"?$/.test(charset))) {
    return refusal(415, 'The request body must be JSON in UTF-8 (Content-Type: application/json).')
  }
  let bytes: Uint8Array
  try {
    bytes = await readBody(request, limits)
    const early = answerEarly(bytes)
    if (early) return early
  } catch (error) {
    if (error instanceof BodyError) return refusal(error.status, error.message)
    throw error
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refusal(400, 'The request body is not valid UTF-8.')
  }
  if (text.trim() === '') return refusal(400, 'Missing query: the request body is empty.')
  // Before JSON.parse: neither it nor anything that walks its result gets a deep structure.
  const jsonDepth = nestingDepth(text, 'json')
  if (jsonDepth > MAX_NESTING) {
    return refusal(400, `The JSON body nests ${jsonDepth} levels deep; at most ${MAX_NESTING} are allowed.`)
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return refusal(400, `The request body is not valid JSON: ${(error as Error).message}`)
  }
  if (Array.isArray(body)) {
    return refusal(
      400,
      'Missing query: batches (a JSON array of operations) are not supported; send one per request.',
    )
  }
  if (!isObject(body)) return refusal(400, 'The request body must be a JSON object with a "query".')
  const { query, variables, operationName, extensions } = body
  if (query === undefined || query === null) return refusal(400, 'Missing query: the body has no "query".')
  if (typeof query !== 'string') return refusal(400, '"query" must be a string.')
  if (variables !== undefined && variables !== null && !isObject(variables)) {
    return refusal(400, '"variables" must be an object.')
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return refusal(400, '"operationName" must be a string.')
  }
  if (extensions !== undefined && extensions !== null && !isObject(extensions)) {
    return refusal(400, '"extensions" must be an object.')
  }
  // graphql-js' parser recurses once per level: 3,000 levels overflow its stack.
  const queryDepth = nestingDepth(query, 'graphql')
  if (queryDepth > MAX_NESTING) {
    return refusal(
      400,
      `The query nests brackets ${queryDepth} levels deep; at most ${MAX_NESTING} are allowed.`,
    )
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_TOKENS })
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    return refusal(400, `The query could not be parsed: ${error.message}`, { locations: error.locations })
  }
  // There are none in Payload's schema, and graphql-http answers one with an empty 500.
  if (
    document.definitions.some(
      (node) => node.kind === Kind.OPERATION_DEFINITION && node.operation === 'subscription',
    )
  ) {
    return refusal(400, 'Subscriptions are not supported.')
  }
  const violation = queryLimitViolation(document, {
    schema: loadSchema(),
    variables: variables as Record<string, unknown>,
  })
  if (violation) return refusal(400, violation)
  // graphql-js' own rules, before Payload runs them: some failures (an undefined variable in a
  // directive) made graphql-http answer an empty 500.
  const invalid = validate(loadSchema(), document, undefined, { maxErrors: 20 })
  if (invalid.length) {
    const production = process.env.NODE_ENV === 'production'
    return Response.json(
      {
        errors: invalid.map(({ message, locations }) => ({
          message: production ? withoutSuggestions(message) : message,
          locations,
          extensions: { statusCode: 400 },
        })),
      },
      { status: 400 },
    )
  }
  return { document, body }
}

/** Starts `work` and keeps whatever it holds (a write or an admission place) until the work has ended. */
type Runner = (work: () => Promise<void>) => Promise<void>

/**
 * Answers with what `call` returns, or with a 503 once it has run for `limitMs`. The call goes on
 * after a 503 (nothing can stop it), and `run` keeps its place until it ends.
 */
const answerWithin = (
  call: () => Promise<Response>,
  limitMs: number,
  run: Runner,
  signal: AbortSignal,
): Promise<Response> =>
  new Promise<Response>((resolve, reject) => {
    let answered = false
    const answer = (response: Response) => {
      if (answered) return false
      answered = true
      resolve(response)
      return true
    }
    const work = async () => {
      const timer = setTimeout(
        () =>
          answer(
            refusal(503, `The request took longer than ${limitMs / 1000} s and was abandoned; ask for less.`),
          ),
        limitMs,
      )
      try {
        const response = await call()
        // Too late: the client has its 503; drop what Payload produced.
        if (!answer(response)) await response.body?.cancel()
      } finally {
        clearTimeout(timer)
      }
    }
    run(work).catch((error: unknown) => {
      if (answered) return
      // Only a request still waiting for its place ends this way: no one reads the answer.
      if (signal.aborted) answer(refusal(499, 'The client closed the request while it waited for a place.'))
      else reject(error)
    })
  })

/**
 * Wraps Payload's GraphQL route handler. A request is read within GRAPHQL_BODY_LIMITS, checked
 * (JSON, nesting, the query's size and the limits of graphqlLimits.ts) and refused with a 4xx in
 * GraphQL's error shape without reaching Payload when it breaks one; queries get `select: true`
 * (graphqlSelect.ts). Documents with a mutation wait for a write place (writeSlots.ts), after
 * their body has arrived; queries never wait behind writes. Every request is time-boxed, and
 * production answers carry no "Did you mean …?" suggestions (introspection is off there, and
 * suggestions would reveal the schema field by field).
 */
export const withGraphqlRequestLimits =
  (
    handler: GraphqlHandler,
    {
      bodyLimits = GRAPHQL_BODY_LIMITS,
      timeLimitMs = GRAPHQL_TIME_LIMIT_MS,
      config,
    }: GraphqlRequestOptions = {},
  ): GraphqlHandler =>
  async (request) => {
    // Anonymous queries asked before are answered from the public cache as soon as their body
    // has arrived, before it is parsed and validated: the key is the body as sent.
    const cached = config ? await cachedQueries(await config, request) : undefined
    const parsed = await readGraphqlRequest(request, bodyLimits, cached?.lookup)
    if (parsed instanceof Response) return withCors(request, parsed)
    const { document, body } = parsed
    selectable ??= selectableQueries(loadSchema())
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    headers.set('content-type', 'application/json')
    const forwarded = new Request(request.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...body, query: print(withSelectByDefault(document, selectable)) }),
    })
    const mutation = document.definitions.some(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
    )
    const kind = isSignInOnly(document) ? 'signIns' : 'writes'
    // A mutation waits for a write place; a query computed takes a place in the process's
    // admission queue like a REST read, only now that its body has arrived. Either keeps its place
    // until Payload is done, also past a 503 of the time box.
    const run: Runner = mutation
      ? (work) => withWriteSlot(work, request.signal, kind)
      : (work) => holdingAdmission(work, request.signal)
    const compute = async () => {
      let answered: Response
      try {
        answered = await answerWithin(() => handler(forwarded), timeLimitMs, run, request.signal)
      } catch (error) {
        if (!isAdmissionRefused(error)) throw error
        return busyResponse(request)
      }
      const response = withCors(request, answered)
      return process.env.NODE_ENV === 'production' ? stripSuggestions(response) : response
    }
    if (mutation || !cached?.key) return compute()
    return cached.answer(compute)
  }

/**
 * The public cache for one GraphQL request, if it may use it (anonymous, a cache listening for
 * changes): `lookup` answers from the cache once the body has arrived and remembers the key,
 * `answer` computes a query's answer and keeps it unless it has errors (a partial answer).
 */
const cachedQueries = async (config: SanitizedConfig, request: Request) => {
  const cache = publicCache()
  const url = new URL(request.url)
  const header = (name: string) => request.headers.get(name) ?? undefined
  if (!cache || !isCacheableRequest(config, 'POST', url.searchParams, header)) return undefined
  if (!(await cache.ensureListening(await getPayload({ config })))) return undefined
  const state: {
    key?: string
    lookup: (bytes: Uint8Array) => Response | undefined
    answer: (compute: () => Promise<Response>) => Promise<Response>
  } = {
    lookup: (bytes) => {
      const body = createHash('sha256').update(bytes).digest('base64url')
      state.key = cacheKey(config, 'POST', url.pathname, url.searchParams, header, body)
      const hit = cache.store.get(state.key)
      return hit ? withCors(request, responseOf(hit, null, 'HIT')) : undefined
    },
    answer: (compute) =>
      answerFromCache(cache, config, state.key!, null, async () => {
        const response = await compute()
        if (response.status !== 200) return response
        const text = await response.text()
        const headers = new Headers(response.headers)
        if (text.includes('"errors"')) headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
        return new Response(text, { status: response.status, headers })
      }),
  }
  return state
}
