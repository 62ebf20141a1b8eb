import { bodyProblem } from './checkBody'
import { BodyError, type BodyLimits, readBody } from './requestBody'
import { maxUploadBytes } from './uploadLimits'
import { withCors } from './withCors'
import { withWriteSlot, type WriteKind } from './writeSlots'

/** JSON bodies (documents with rich text) stay well below this; uploads get their own limit. */
const JSON_LIMITS: BodyLimits = { maxBytes: 5 * 1024 * 1024, idleTimeoutMs: 10_000, totalTimeoutMs: 30_000 }

const limitsFor = (request: Request): BodyLimits =>
  (request.headers.get('content-type') ?? '').startsWith('multipart/')
    ? // A file and its form fields; a slow line may take minutes for a large file, not for ever.
      { maxBytes: maxUploadBytes() + 1024 * 1024, idleTimeoutMs: 15_000, totalTimeoutMs: 300_000 }
    : JSON_LIMITS

/** Payload's reads by POST: the admin sends long queries as a body with a method override. */
const isReadByPost = (request: Request) =>
  request.headers.get('x-payload-http-method-override') === 'GET' ||
  request.headers.get('x-http-method-override') === 'GET'

/**
 * Payload parses the body of a read by POST declared exactly `application/json` without asking
 * whether there is one: an empty body was a 500 ("Unexpected end of JSON input").
 */
const readByPostProblem = (request: Request, body: Uint8Array) =>
  isReadByPost(request) &&
  request.headers.get('content-type') === 'application/json' &&
  !new TextDecoder().decode(body).trim()
    ? {
        status: 400,
        message:
          'The body is empty: a read by POST sends its query as a JSON object or, as application/x-www-form-urlencoded, as query parameters.',
      }
    : undefined

/**
 * Sign-in routes of auth collections, in any case and encoding. Only to pick a queue: a spelling
 * that slips through waits with the other writes, and the sign-in limits are Payload's own
 * (collections/Users/hooks/guardSignIn.ts) whatever the URL.
 */
const SIGN_IN_ROUTE =
  /^\/api\/[^/]+\/(login|logout|refresh-token|forgot-password|reset-password|unlock|first-register|verify\/[^/]+)\/?$/

/** `POST /api/<collection>/<id>/machine-translate` (src/endpoints/machineTranslate.ts). */
const MACHINE_TRANSLATION_ROUTE = /\/machine-translate\/*$/

const writeKindOf = (request: Request): WriteKind => {
  const path = new URL(request.url).pathname
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // Refused by the express server already; classify the raw path.
  }
  const lower = decoded.toLowerCase()
  if (SIGN_IN_ROUTE.test(lower)) return 'signIns'
  // It waits on the provider first; its write takes a place among the writes (src/lib/writeSlots.ts).
  return MACHINE_TRANSLATION_ROUTE.test(lower) ? 'machineTranslations' : 'writes'
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Wraps a writing REST route handler: the body is read completely first (within a size limit
 * and time limits: 413 or 408 otherwise) and checked (src/lib/checkBody.ts), and only then does
 * the request wait for one of the few places writes may hold at once (src/lib/writeSlots.ts).
 * Before, a write took its place when it arrived: four clients sending their bodies one byte
 * every two seconds held every place, and all logins and saves waited until they gave up.
 */
export const withBufferedWrite =
  <Context>(handler: Handler<Context>): Handler<Context> =>
  async (request, context) => {
    let body: Uint8Array<ArrayBuffer>
    try {
      body = await readBody(request, limitsFor(request))
    } catch (error) {
      if (!(error instanceof BodyError)) throw error
      return withCors(
        request,
        Response.json({ errors: [{ message: error.message }] }, { status: error.status }),
      )
    }
    const problem =
      (await bodyProblem(request.headers.get('content-type'), body)) ?? readByPostProblem(request, body)
    if (problem) {
      // Shaped like the InputError that Payload would have answered (src/lib/inputError.ts).
      const field = /^(\w+): /.exec(problem.message)?.[1]
      const error = { name: 'InputError', ...(field ? { data: { field } } : {}), message: problem.message }
      return withCors(request, Response.json({ errors: [error] }, { status: problem.status }))
    }
    const buffered = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: body.byteLength > 0 ? body : undefined,
      signal: request.signal,
    })
    if (isReadByPost(request)) return handler(buffered, context)
    try {
      return await withWriteSlot(() => handler(buffered, context), request.signal, writeKindOf(request))
    } catch (error) {
      // The client went away while its write waited: nobody is left to answer.
      if (request.signal.aborted) return new Response(null, { status: 499 })
      throw error
    }
  }
