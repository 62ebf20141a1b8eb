import http from 'node:http'
import zlib from 'node:zlib'

export type SoakRequest = {
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  headers?: Record<string, string>
  body?: string
}

/** What one request came to: an answer (`status`), or no answer (`status` 0 and why). */
export type Outcome = {
  status: number
  ms: number
  /** The answer's text, when asked for (compressed answers are decompressed). */
  body?: string
  /** 'timeout', or the socket error (a reset) when there was no complete answer. */
  error?: string
}

/** Longest wait for a normal request's complete answer; beyond it the request counts as failed. */
export const REQUEST_TIMEOUT_MS = 30_000

/**
 * One simulated client: one keep-alive connection (as a browser or a frontend server holds),
 * its own client address, compressed answers accepted as frontends do. Latency runs from
 * sending the request to the last byte of the answer.
 */
export const httpClient = (baseUrl: string, address: string) => {
  const base = new URL(baseUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const send = (
    request: SoakRequest,
    { keepBody = false, timeoutMs = REQUEST_TIMEOUT_MS } = {},
  ): Promise<Outcome> =>
    new Promise((resolve) => {
      const started = performance.now()
      const elapsed = () => Math.round((performance.now() - started) * 10) / 10
      let settled = false
      const settle = (outcome: Outcome) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve(outcome)
      }
      const req = http.request(
        {
          agent,
          host: base.hostname,
          port: base.port || 80,
          method: request.method,
          path: request.path,
          headers: {
            'x-forwarded-for': address,
            'accept-encoding': 'gzip',
            ...(request.body !== undefined
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body) }
              : {}),
            ...request.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => keepBody && chunks.push(chunk))
          res.on('end', () => {
            const raw = Buffer.concat(chunks)
            let body: string | undefined
            if (keepBody) {
              body = (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString(
                'utf8',
              )
            }
            settle({ status: res.statusCode ?? 0, ms: elapsed(), ...(keepBody ? { body } : {}) })
          })
          res.on('error', (error) => settle({ status: 0, ms: elapsed(), error: error.message }))
          // A connection that ends in the middle of an answer: no error event on every Node version.
          res.on('close', () => {
            if (!res.complete) settle({ status: 0, ms: elapsed(), error: 'closed before a complete answer' })
          })
        },
      )
      const timer = setTimeout(() => {
        settle({ status: 0, ms: elapsed(), error: 'timeout' })
        req.destroy()
      }, timeoutMs)
      req.on('error', (error: NodeJS.ErrnoException) =>
        settle({ status: 0, ms: elapsed(), error: error.code ?? error.message }),
      )
      req.end(request.body)
    })
  return { address, send, close: () => agent.destroy() }
}

export type HttpClient = ReturnType<typeof httpClient>
