import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import config from '@payload-config'

import { NETWORK_QUERY } from '../../bench/scenarios'
import { POST } from '../../src/app/(payload)/api/graphql/route'
import {
  GRAPHQL_BODY_LIMITS,
  withGraphqlRequestLimits,
  withoutSuggestions,
} from '../../src/lib/graphqlRequest'
import { MAX_NESTING } from '../../src/lib/nestingDepth'
import { withWriteSlot, WRITE_PLACES, writeSlotState } from '../../src/lib/writeSlots'
import { createDistrict, createNetwork, createUser, published } from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { gql, gqlRaw } from '../helpers/routes'

/**
 * The GraphQL route reads and checks a request before Payload sees it: size and time of the
 * body, JSON, nesting, aliases, depth, cost, authentication operations. Mutations queue for a
 * write place; queries do not.
 */
const URL = 'http://localhost:3000/api/graphql'
const JSON_TYPE = { 'Content-Type': 'application/json' }

type Answer = {
  status: number
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: unknown }> }
}

const answer = async (response: Response): Promise<Answer> => ({
  status: response.status,
  json: await response.json(),
})
/** Posts a raw body to the app's route (POST of src/app/(payload)/api/graphql/route.ts). */
const post = async (body: BodyInit, headers: Record<string, string> = JSON_TYPE) =>
  answer(await POST(new Request(URL, { method: 'POST', headers, body })))

/** A refusal in GraphQL's error shape: one error, its status in extensions, no data, no stack. */
const expectRefusal = (response: Answer, status: number, message: RegExp) => {
  expect(response.status).toBe(status)
  expect(response.json).toEqual({
    errors: [{ message: expect.stringMatching(message), extensions: { statusCode: status } }],
  })
  expect(JSON.stringify(response.json)).not.toMatch(/ at .*\.(ts|js):\d+/)
}

const aliased = (count: number) =>
  `query { ${Array.from({ length: count }, (_, i) => `a${i}: Networks(limit: 100) { docs { id name } }`).join(' ')} }`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let payload: Payload
let network: number

beforeAll(async () => {
  payload = await testPayload()
  const district = (await createDistrict(payload)).id
  network = (await createNetwork(payload, { district, ...published })).id
  // The route builds its schema on the first request (about 1.5 s): not part of any timing below.
  await gql('{ __typename }')
})

describe('queries within the limits', () => {
  it('answers the benchmark’s network query as before', async () => {
    const response = await gql(NETWORK_QUERY, { id: network })
    expect(response.status).toBe(200)
    expect(response.json.errors).toBeUndefined()
    expect(response.json.data.Network).toMatchObject({ id: network, workingGroups: { docs: [] } })
  })
})

describe('queries over the limits are refused before Payload sees them', () => {
  it('refuses the 300-alias query at once, naming the aliases', async () => {
    const started = Date.now()
    const response = await gql(aliased(300))
    expect(Date.now() - started).toBeLessThan(2000)
    expectRefusal(
      response,
      400,
      /^Query complexity limit: the query has 300 aliases; at most 30 are allowed\.$/,
    )
  })

  it('refuses a query nested too deep', async () => {
    let selection = 'id'
    for (let i = 0; i < 10; i++) selection = `${i % 2 ? 'coordinatingContacts' : 'networks'} { ${selection} }`
    expectRefusal(
      await gql(`{ Network(id: 1) { ${selection} } }`),
      400,
      /nests fields 12 levels deep; at most 10/,
    )
  })

  it('refuses a query for 100 × 100 documents', async () => {
    const response = await gql(
      '{ Networks(limit: 100) { docs { memberActors(limit: 100) { docs { id } } } } }',
    )
    expectRefusal(response, 400, /costs about 20,201 field resolutions; at most 10,000/)
  })

  it('counts a limit given in variables', async () => {
    const query = 'query ($n: Int) { Networks(limit: $n) { docs { id name } } }'
    expect((await gql(query, { n: 5 })).json.errors).toBeUndefined()
    expectRefusal(await gql(query, { n: 5000 }), 400, /costs about 15,001 field resolutions/)
  })

  it('allows one authentication operation per request, not two', async () => {
    const user = await createUser(payload)
    const guess = (alias: string, password: string) =>
      `${alias}: loginUser(email: "${user.email}", password: "${password}") { token }`
    const two = await gql(`mutation { ${guess('a', 'falsch-1')} ${guess('b', 'falsch-2')} }`)
    expectRefusal(two, 400, /^The request has 2 authentication operations \(such as loginUser\); at most 1/)
    const mixed = await gql(
      `mutation { ${guess('a', 'falsch-1')} forgotPasswordUser(email: "${user.email}") }`,
    )
    expectRefusal(mixed, 400, /2 authentication operations/)
    // Refused before Payload: no attempt was counted against the account.
    const stored = (await payload.db.findOne({
      collection: 'users',
      where: { id: { equals: user.id } },
    })) as {
      loginAttempts?: number
    } | null
    expect(stored?.loginAttempts ?? 0).toBe(0)
    // One guess is an ordinary request that Payload answers.
    const one = await gql(`mutation { ${guess('a', 'falsch-1')} }`)
    expect(one.json.errors?.[0]?.extensions).toMatchObject({ name: 'AuthenticationError', statusCode: 401 })
  })

  it('never calls Payload for what it refuses', async () => {
    const handler = vi.fn(GRAPHQL_POST(config))
    const guarded = withGraphqlRequestLimits(handler)
    const send = (body: string) => guarded(new Request(URL, { method: 'POST', headers: JSON_TYPE, body }))
    for (const body of [
      JSON.stringify({ query: aliased(300) }),
      JSON.stringify([{ query: '{ __typename }' }]),
      'nicht json',
      JSON.stringify({ query: 'mutation { a: logoutUser b: logoutUser }' }),
    ]) {
      expect((await send(body)).status).toBe(400)
    }
    expect(handler).not.toHaveBeenCalled()
    expect((await send(JSON.stringify({ query: '{ __typename }' }))).status).toBe(200)
    expect(handler).toHaveBeenCalledTimes(1)
  })
})

describe('malformed bodies get a 4xx in GraphQL’s error shape', () => {
  it('refuses JSON nested 5,000 levels deep, in variables or as the body', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000)
    expectRefusal(
      await post(`{"query":"{ __typename }","variables":{"x":${deep}}}`),
      400,
      new RegExp(`JSON body nests 5002 levels deep; at most ${MAX_NESTING}`),
    )
    expectRefusal(await post(deep), 400, /JSON body nests 5000 levels deep/)
  })

  it('refuses a query nested deeper than graphql-js can parse', async () => {
    const query = `{${'a{'.repeat(3000)}b${'}'.repeat(3000)}}`
    expectRefusal(await gql(query), 400, /query nests brackets 3001 levels deep/)
  })

  it('refuses what is not a GraphQL request', async () => {
    expectRefusal(await post('{"query": '), 400, /^The request body is not valid JSON: /)
    expectRefusal(await post('nicht json'), 400, /not valid JSON/)
    expectRefusal(await post(''), 400, /^Missing query: the request body is empty/)
    expectRefusal(await post('"{ __typename }"'), 400, /must be a JSON object/)
    expectRefusal(await post('42'), 400, /must be a JSON object/)
    expectRefusal(await gqlRaw({ variables: {} }), 400, /^Missing query/)
    expectRefusal(await gqlRaw({ query: 42 }), 400, /"query" must be a string/)
    expectRefusal(
      await gqlRaw({ query: '{ __typename }', variables: [1] }),
      400,
      /"variables" must be an object/,
    )
    expectRefusal(
      await gqlRaw({ query: '{ __typename }', variables: 'x' }),
      400,
      /"variables" must be an object/,
    )
    expectRefusal(await gqlRaw({ query: '{ __typename }', operationName: 7 }), 400, /"operationName" must be/)
    expectRefusal(
      await gql('subscription { Networks { docs { id } } }'),
      400,
      /^Subscriptions are not supported/,
    )
    expectRefusal(await post('{ __typename }', { 'Content-Type': 'text/plain' }), 415, /must be JSON/)
    expectRefusal(await post(new Uint8Array([0x7b, 0xff, 0x7d])), 400, /not valid UTF-8/)
  })

  it('refuses an unparsable query, saying where', async () => {
    const response = await gql('{ Networks { docs { id }')
    expect(response.status).toBe(400)
    expect(response.json.errors[0].message).toMatch(
      /^The query could not be parsed: Syntax Error: Expected Name, found <EOF>/,
    )
    expect(response.json.errors[0].locations).toEqual([{ line: 1, column: 25 }])
    expect(response.json.errors[0].extensions).toEqual({ statusCode: 400 })
  })

  it('refuses batches (a JSON array of operations)', async () => {
    expectRefusal(
      await gqlRaw([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      400,
      /^Missing query: batches/,
    )
  })

  it('refuses a body over the size limit with 413', async () => {
    const body = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(GRAPHQL_BODY_LIMITS.maxBytes)}` })
    expectRefusal(await post(body), 413, /larger than 262144 bytes/)
    expectRefusal(
      await post('{}', { ...JSON_TYPE, 'Content-Length': String(GRAPHQL_BODY_LIMITS.maxBytes + 1) }),
      413,
      /larger than/,
    )
  })
})

/** A body that sends `first`, then one byte every `everyMs` (or nothing more when undefined). */
const slowBody = (first: string, everyMs?: number) => {
  let timer: NodeJS.Timeout | undefined
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first))
      if (everyMs) timer = setInterval(() => controller.enqueue(new TextEncoder().encode(' ')), everyMs)
    },
    cancel() {
      clearInterval(timer)
    },
  })
  return { stream, stop: () => clearInterval(timer) }
}
const streamed = (body: ReadableStream<Uint8Array>) =>
  new Request(URL, { method: 'POST', headers: JSON_TYPE, body, duplex: 'half' } as RequestInit)

describe('slow bodies', () => {
  const stalled = async () => {
    const { stream, stop } = slowBody('{"query": "{ __typename }"')
    const started = Date.now()
    const response = await answer(await POST(streamed(stream)))
    stop()
    return { response, elapsed: Date.now() - started }
  }
  const trickling = async () => {
    // The route's total limit is 30 s; a wrapper with 5 s shows the same rule faster.
    const guarded = withGraphqlRequestLimits(GRAPHQL_POST(config), {
      bodyLimits: { ...GRAPHQL_BODY_LIMITS, totalTimeoutMs: 5000 },
    })
    const { stream, stop } = slowBody('{"query": "{ __typename }"', 2000)
    const started = Date.now()
    const response = await answer(await guarded(streamed(stream)))
    stop()
    return { response, elapsed: Date.now() - started }
  }

  it('are cut off with 408: a pause at the idle limit (10 s), a trickle at the total limit', async () => {
    const [pause, trickle] = await Promise.all([stalled(), trickling()])
    expectRefusal(pause.response, 408, /did not arrive in time \(10000 ms without data\)/)
    expect(pause.elapsed).toBeGreaterThanOrEqual(GRAPHQL_BODY_LIMITS.idleTimeoutMs - 100)
    expect(pause.elapsed).toBeLessThan(GRAPHQL_BODY_LIMITS.idleTimeoutMs + 5000)
    // One byte every 2 s is never idle for long, yet it is cut off after 5 s in all.
    expectRefusal(trickle.response, 408, /did not arrive in time/)
    expect(trickle.elapsed).toBeGreaterThanOrEqual(4900)
    expect(trickle.elapsed).toBeLessThan(9000)
  }, 30_000)
})

describe('suggestions', () => {
  const TYPO = '{ Networks { docs { nme } } }'
  const environment = process.env.NODE_ENV

  afterEach(() => {
    // @ts-expect-error -- NODE_ENV is typed read-only; tests switch it around one request.
    process.env.NODE_ENV = environment
  })

  it('are removed from every error message in production', async () => {
    const development = await gql(TYPO)
    expect(development.json.errors[0].message).toBe(
      'Cannot query field "nme" on type "Network". Did you mean "name"?',
    )
    // @ts-expect-error -- see afterEach
    process.env.NODE_ENV = 'production'
    const production = await gql(`${TYPO.slice(0, -2)} Actors { docs { nmae kinde } } }`)
    expect(production.json.errors.map((error: { message: string }) => error.message)).toEqual([
      'Cannot query field "nme" on type "Network".',
      'Cannot query field "nmae" on type "Actor".',
      'Cannot query field "kinde" on type "Actor".',
    ])
  })

  it('withoutSuggestions drops every form graphql-js writes', () => {
    expect(withoutSuggestions('Cannot query field "nme" on type "Network". Did you mean "name"?')).toBe(
      'Cannot query field "nme" on type "Network".',
    )
    expect(
      withoutSuggestions('Unknown argument "limt" on field "Query.Networks". Did you mean "limit"?'),
    ).toBe('Unknown argument "limt" on field "Query.Networks".')
    expect(withoutSuggestions('Unknown type "Strin". Did you mean "String", "Int", or "Float"?')).toBe(
      'Unknown type "Strin".',
    )
    expect(
      withoutSuggestions(
        'Value "xx" does not exist in "LocaleInputType" enum. Did you mean the enum value "de" or "en"?',
      ),
    ).toBe('Value "xx" does not exist in "LocaleInputType" enum.')
    expect(
      withoutSuggestions(
        'Cannot query field "x" on type "U". Did you mean to use an inline fragment on "A"?',
      ),
    ).toBe('Cannot query field "x" on type "U".')
    expect(withoutSuggestions('You are not allowed to perform this action.')).toBe(
      'You are not allowed to perform this action.',
    )
  })
})

describe('writes queue, reads do not', () => {
  /** Occupies every write place until the returned function is called. */
  const occupyWritePlaces = async () => {
    const releases: Array<() => void> = []
    for (let i = 0; i < WRITE_PLACES.writes; i++) {
      void withWriteSlot(() => new Promise<void>((resolve) => releases.push(resolve)))
    }
    await sleep(0)
    expect(writeSlotState()).toEqual({ running: WRITE_PLACES.writes, waiting: 0 })
    return () => releases.splice(0).forEach((release) => release())
  }
  const MUTATION = 'mutation { createTargetGroup(data: { name: "x" }) { id } }'

  it('a query answers while every write place is taken; a mutation waits for one', async () => {
    const release = await occupyWritePlaces()
    try {
      const query = await gql('query ($id: Int!) { Network(id: $id) { id } }', { id: network })
      expect(query.json).toEqual({ data: { Network: { id: network } } })

      let settled = false
      const mutation = gql(MUTATION).finally(() => (settled = true))
      await sleep(300)
      expect(settled).toBe(false)
      expect(writeSlotState()).toEqual({ running: WRITE_PLACES.writes, waiting: 1 })
      release()
      const answered = await mutation
      // Anonymous: Payload refuses it, but only once it got a place.
      expect(answered.json.errors[0].extensions).toMatchObject({ name: 'Forbidden', statusCode: 403 })
    } finally {
      release()
    }
    await sleep(0)
    expect(writeSlotState()).toEqual({ running: 0, waiting: 0 })
  })

  it('a mutation takes its place in the queue only once its body has arrived', async () => {
    const release = await occupyWritePlaces()
    try {
      const text = JSON.stringify({ query: MUTATION })
      let send!: (rest: string) => void
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(text.slice(0, 10)))
          send = (rest) => {
            controller.enqueue(new TextEncoder().encode(rest))
            controller.close()
          }
        },
      })
      const pending = POST(streamed(stream))
      await sleep(300)
      expect(writeSlotState().waiting).toBe(0)
      send(text.slice(10))
      await sleep(300)
      expect(writeSlotState().waiting).toBe(1)
      release()
      expect((await answer(await pending)).json.errors?.[0]?.extensions).toMatchObject({ statusCode: 403 })
    } finally {
      release()
    }
  })
})

describe('time box', () => {
  /** Payload's handler, 300 ms slower. */
  const slowPayload = () => {
    const handler = GRAPHQL_POST(config)
    let finished = 0
    return {
      finished: () => finished,
      handler: async (request: Request) => {
        await sleep(300)
        const response = await handler(request)
        finished++
        return response
      },
    }
  }

  it('answers 503 when a request runs too long; a mutation keeps its write place until Payload is done', async () => {
    const slow = slowPayload()
    const guarded = withGraphqlRequestLimits(slow.handler, { timeLimitMs: 50 })
    const send = async (query: string) =>
      answer(
        await guarded(
          new Request(URL, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ query }) }),
        ),
      )

    expectRefusal(await send('{ __typename }'), 503, /^The request took longer than 0.05 s and was abandoned/)
    // Answered before Payload was done.
    expect(slow.finished()).toBe(0)

    expectRefusal(await send('mutation { logoutUser }'), 503, /took longer than/)
    // Payload still runs the mutation: its place (a sign-in's) stays taken until it ends.
    expect(writeSlotState('signIns').running).toBe(1)
    await vi.waitFor(() => expect(slow.finished()).toBe(2), { timeout: 5000 })
    await sleep(0)
    expect(writeSlotState('signIns').running).toBe(0)
  })

  it('answers within the time limit as usual', async () => {
    const slow = slowPayload()
    const guarded = withGraphqlRequestLimits(slow.handler, { timeLimitMs: 5000 })
    const response = await answer(
      await guarded(
        new Request(URL, { method: 'POST', headers: JSON_TYPE, body: '{"query":"{ __typename }"}' }),
      ),
    )
    expect(response).toEqual({ status: 200, json: { data: { __typename: 'Query' } } })
  })
})
