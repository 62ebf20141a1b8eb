import { printable } from './bytes'
import { foldFailures } from './foldFailures'
import type { FuzzRequest } from './request'
import type { Outcome } from './sendRaw'

export type Phase = 'warm-up' | 'fuzz'

/** What counts against the server: an answer ≥ 500, a GraphQL error with status ≥ 500 inside a 200, no answer. */
export type FailureKind = 'status' | 'graphql-internal' | 'hang' | 'dropped'

export type Example = {
  seed: string
  phase: Phase
  index: number
  persona: string
  method: string
  target: string
  body?: string
  mutations: string[]
  outcome: string
  answer?: string
  ms: number
}

export type FailureClass = {
  signature: string
  /** Method as sent and route pattern: the part of the signature before the mutations. */
  route: string
  mutations: string[]
  count: number
  outcomes: Record<string, number>
  /** Failing requests by collection (none for routes outside a collection). */
  collections: Record<string, number>
  examples: Example[]
  /** Classes of more mutations merged into this one (see foldFailures.ts), with their counts. */
  folded?: Record<string, number>
}

const MAX_EXAMPLES = 3
const MAX_SLOWEST = 10

/** The route pattern a request was built from (method as sent), with the mutations applied. */
export const routeOf = (request: FuzzRequest): string =>
  // An asterisk-form target no longer has anything of the route it was built from.
  `${request.method} ${request.target.startsWith('*') ? '*' : request.route.replace(/^\S+ /, '')}`

export const signatureOf = (request: FuzzRequest): string =>
  `${routeOf(request)} · ${request.mutations.length ? request.mutations.join(' + ') : 'valid'}`

/**
 * Node refuses a request line plus headers above 16 KiB itself (431) and closes the socket with
 * the rest unread, which resets the connection: the client may lose the 431. Not the app's doing.
 */
const NODE_MAX_HEADER_BYTES = 16 * 1024

const classOf = (outcome: Outcome): string =>
  outcome.kind === 'answer'
    ? `${Math.floor(outcome.answer.status / 100)}xx`
    : outcome.kind === 'dropped' && outcome.headBytes > NODE_MAX_HEADER_BYTES
      ? 'reset-oversized-head'
      : outcome.kind

/** GraphQL hides resolver failures in a 200: `errors[].extensions.statusCode` tells. */
const graphqlInternal = (request: FuzzRequest, outcome: Outcome): boolean => {
  if (outcome.kind !== 'answer' || !/graphql/i.test(request.target) || outcome.answer.status >= 500)
    return false
  if (!/json/.test(outcome.answer.headers['content-type'] ?? '')) return false
  try {
    const parsed = JSON.parse(outcome.answer.body.toString('utf8')) as unknown
    const answers = Array.isArray(parsed) ? parsed : [parsed]
    return answers.some((answer) =>
      ((answer as { errors?: Array<{ extensions?: { statusCode?: number } }> })?.errors ?? []).some(
        (error) => (error?.extensions?.statusCode ?? 0) >= 500,
      ),
    )
  } catch {
    return false
  }
}

export const failureOf = (request: FuzzRequest, outcome: Outcome): FailureKind | undefined => {
  if (outcome.kind === 'hang') return outcome.kind
  if (outcome.kind === 'dropped') return outcome.headBytes > NODE_MAX_HEADER_BYTES ? undefined : outcome.kind
  if (outcome.answer.status >= 500) return 'status'
  return graphqlInternal(request, outcome) ? 'graphql-internal' : undefined
}

/**
 * Counts outcomes as they arrive and keeps only what the report needs (a run's bodies can add
 * up to hundreds of MB): failure classes with a few examples each, and the slowest requests.
 */
export class Tally {
  readonly classes: Record<string, number> = {}
  readonly statuses: Record<string, number> = {}
  readonly failures = new Map<string, FailureClass>()
  readonly failingMutations: Record<string, number> = {}
  readonly failingRoutes: Record<string, number> = {}
  slowest: Example[] = []
  total = 0
  failed = 0
  /** Consecutive requests without an answer: the server may have stopped answering at all. */
  silentStreak = 0

  constructor(readonly seed: string) {}

  add(phase: Phase, request: FuzzRequest, outcome: Outcome): FailureKind | undefined {
    this.total++
    const outcomeClass = classOf(outcome)
    this.classes[outcomeClass] = (this.classes[outcomeClass] ?? 0) + 1
    if (outcome.kind === 'answer') {
      this.statuses[outcome.answer.status] = (this.statuses[outcome.answer.status] ?? 0) + 1
      this.silentStreak = 0
    } else this.silentStreak++
    const failure = failureOf(request, outcome)
    if (failure) {
      this.failed++
      const signature = signatureOf(request)
      const entry = this.failures.get(signature) ?? {
        signature,
        route: routeOf(request),
        mutations: request.mutations,
        count: 0,
        outcomes: {},
        collections: {},
        examples: [],
      }
      entry.count++
      // A replaced path no longer names the collection the request was built for.
      const collection =
        request.target.startsWith('*') || request.mutations.includes('path:unknown-collection')
          ? undefined
          : request.collection
      if (collection) entry.collections[collection] = (entry.collections[collection] ?? 0) + 1
      const label =
        failure === 'status' && outcome.kind === 'answer' ? String(outcome.answer.status) : failure
      entry.outcomes[label] = (entry.outcomes[label] ?? 0) + 1
      if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(this.example(phase, request, outcome))
      this.failures.set(signature, entry)
      for (const kind of request.mutations.length ? request.mutations : ['valid']) {
        this.failingMutations[kind] = (this.failingMutations[kind] ?? 0) + 1
      }
      this.failingRoutes[request.route] = (this.failingRoutes[request.route] ?? 0) + 1
    }
    // The warm-up's first calls (a first admin render) are slow by nature: not listed.
    const slowEnough = this.slowest.length < MAX_SLOWEST || outcome.ms > this.slowest.at(-1)!.ms
    if (phase === 'fuzz' && slowEnough) {
      this.slowest = [...this.slowest, this.example(phase, request, outcome)]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, MAX_SLOWEST)
    }
    return failure
  }

  example(phase: Phase, request: FuzzRequest, outcome: Outcome): Example {
    return {
      seed: this.seed,
      phase,
      index: request.index,
      persona: request.persona,
      method: request.method,
      target: printable(request.target, 400),
      ...(request.body !== undefined ? { body: printable(request.body, 300) } : {}),
      mutations: request.mutations,
      outcome:
        outcome.kind === 'answer'
          ? String(outcome.answer.status)
          : outcome.kind === 'hang'
            ? 'no complete answer (hang)'
            : `dropped: ${outcome.error}`,
      ...(outcome.kind === 'answer'
        ? { answer: printable(outcome.answer.body.toString('latin1'), 300) }
        : outcome.partial
          ? { answer: printable(outcome.partial, 300) }
          : {}),
      ms: outcome.ms,
    }
  }

  sortedFailures(): FailureClass[] {
    return foldFailures([...this.failures.values()]).sort(
      (a, b) => b.count - a.count || a.signature.localeCompare(b.signature),
    )
  }
}
