// The app's own routes: Payload's handlers with what the app adds around them (caching headers,
// bodies read and checked before writes queue, GraphQL's limits and select-by-default).
import * as restRoute from '../../src/app/(payload)/api/[...slug]/route'
import { POST as graphql } from '../../src/app/(payload)/api/graphql/route'

const BASE = 'http://localhost:3000/api'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
const handlers = {
  GET: restRoute.GET,
  POST: restRoute.POST,
  PATCH: restRoute.PATCH,
  DELETE: restRoute.DELETE,
}

type RestOptions = {
  body?: unknown
  /** Sent exactly as given (with the headers given), instead of `body` as JSON. */
  raw?: BodyInit
  token?: string
  headers?: Record<string, string>
}

/**
 * Calls the app's real REST route handler, as Next would for /api/<path>, without a server.
 * `path` is everything after /api/, with an optional query string.
 */
export const rest = async (method: Method, path: string, options: RestOptions = {}) => {
  const url = new URL(`${BASE}/${path}`)
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.raw !== undefined) body = options.raw
  else if (options.body instanceof FormData) body = options.body
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const request = new Request(url, { method, headers, body })
  // As Next hands the catch-all segments over: decoded.
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  // Files (media/file/…) are not JSON.
  const isJson = /json/.test(response.headers.get('content-type') ?? 'application/json')
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    json: text && isJson ? JSON.parse(text) : undefined,
  }
}

/** A multipart body as the admin panel sends an upload: the file, and the document's fields as `_payload`. */
export const uploadForm = (
  file: Buffer | string,
  filename: string,
  type: string,
  data: Record<string, unknown>,
): FormData => {
  const form = new FormData()
  form.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

/** Posts any body (e.g. a batch: an array of operations) to Payload's real GraphQL route handler. */
export const gqlRaw = async (body: unknown, token?: string) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`${BASE}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) })
  const response = await graphql(request)
  return { status: response.status, json: await response.json() }
}

/** Calls Payload's real GraphQL route handler. */
export const gql = (query: string, variables?: Record<string, unknown>, token?: string) =>
  gqlRaw({ query, variables }, token)
