import { lenientDecode } from './bytes'
import type { RouteTemplate } from './routes'

/**
 * Who sends a request. Both are read-only by the role matrix; `viewer` carries the viewer's
 * session as `Authorization: JWT …` or as the `payload-token` cookie (the runner adds it).
 */
export type Persona = 'anonymous' | 'viewer'

/** One generated request, exactly as it goes over the wire (byte strings, see bytes.ts). */
export type FuzzRequest = {
  index: number
  /** The route kind (RouteTemplate.kind) it was built from. */
  route: string
  collection?: string
  persona: Persona
  credentials: 'header' | 'cookie'
  method: string
  /** Path and query as sent. */
  target: string
  headers: Array<[string, string]>
  body?: string
  /** Mutation kinds applied, e.g. `param:word`, `where:in-scalar`; empty for a valid request. */
  mutations: string[]
}

/** A request while it is being built: path parameters and query still apart. */
export type Draft = {
  template: RouteTemplate
  method: string
  persona: Persona
  credentials: 'header' | 'cookie'
  /** Path with `:name` placeholders, filled from `params` (values already encoded for a path). */
  path: string
  params: Record<string, string>
  /** Query pairs as sent: key and value already encoded; `value: null` sends a bare key. */
  query: Array<[string, string | null]>
  headers: Array<[string, string]>
  body?: string
  mutations: string[]
}

export const targetOf = (draft: Draft): string => {
  const path = draft.path.replace(/:([A-Za-z]+)/g, (match, name: string) => draft.params[name] ?? match)
  if (draft.query.length === 0) return path
  return `${path}?${draft.query.map(([key, value]) => (value === null ? key : `${key}=${value}`)).join('&')}`
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a request may carry the viewer's session without risking a legitimate write. The
 * viewer cannot change content, but may edit their own account (PATCH users/:id, bulk PATCH
 * users with a where matching them, GraphQL updateUser) and end or renew their own session
 * (logout, refresh-token): such requests go out anonymously instead. Judged on the decoded
 * target and body, so that /api/USERS, /api/%75sers and /api/x/../users count too.
 */
export const viewerMaySend = (request: Pick<FuzzRequest, 'method' | 'target' | 'body'>): boolean => {
  if (READ_METHODS.has(request.method.toUpperCase())) return true
  const target = lenientDecode(lenientDecode(request.target)).toLowerCase()
  if (target.includes('user')) return false
  if (target.includes('graphql')) {
    const body = lenientDecode(request.body ?? '').toLowerCase()
    return !(body.includes('mutation') && body.includes('user'))
  }
  return true
}

export const finish = (draft: Draft, index: number): FuzzRequest => {
  const request: FuzzRequest = {
    index,
    route: draft.template.kind,
    ...(draft.template.collection ? { collection: draft.template.collection } : {}),
    persona: draft.persona,
    credentials: draft.credentials,
    method: draft.method,
    target: targetOf(draft),
    headers: draft.headers,
    ...(draft.body !== undefined ? { body: draft.body } : {}),
    mutations: [...new Set(draft.mutations)].sort(),
  }
  if (request.persona === 'viewer' && !viewerMaySend(request)) request.persona = 'anonymous'
  return request
}
