import net from 'node:net'

import { toBuffer } from './bytes'

export type RawRequest = {
  method: string
  target: string
  /** Byte strings; Host, Connection and Content-Length are added unless given. */
  headers: Array<[string, string]>
  body?: string
}

export type RawAnswer = {
  status: number
  headers: Record<string, string>
  body: Buffer
}

export type Outcome =
  | { kind: 'answer'; ms: number; answer: RawAnswer }
  /** No complete answer within the time limit. */
  | { kind: 'hang'; ms: number; partial: string }
  /** The connection closed or failed before a complete answer; `headBytes`: request line and headers sent. */
  | { kind: 'dropped'; ms: number; error: string; partial: string; headBytes: number }

const HEADER_END = Buffer.from('\r\n\r\n')

/** Parses as much of an HTTP/1.1 response as has arrived; null until it is complete. */
export const parseResponse = (data: Buffer, closed: boolean, method: string): RawAnswer | null => {
  let start = 0
  for (;;) {
    const end = data.indexOf(HEADER_END, start)
    if (end < 0) return null
    const lines = data.subarray(start, end).toString('latin1').split('\r\n')
    const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(lines[0] ?? '')?.[1])
    if (!Number.isInteger(status)) throw new Error(`not an HTTP response: ${lines[0]}`)
    const headers: Record<string, string> = {}
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':')
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
    const bodyStart = end + HEADER_END.length
    // 100 Continue and other interim answers precede the real one.
    if (status >= 100 && status < 200 && status !== 101) {
      start = bodyStart
      continue
    }
    const rest = data.subarray(bodyStart)
    if (method === 'HEAD' || status === 204 || status === 304)
      return { status, headers, body: Buffer.alloc(0) }
    if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
      const body = dechunk(rest)
      return body ? { status, headers, body } : null
    }
    if (headers['content-length'] !== undefined) {
      const length = Number(headers['content-length'])
      return rest.length >= length ? { status, headers, body: rest.subarray(0, length) } : null
    }
    return closed ? { status, headers, body: rest } : null
  }
}

/** The body of a complete chunked transfer, or null while chunks are missing. */
const dechunk = (data: Buffer): Buffer | null => {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset)
    if (lineEnd < 0) return null
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16)
    if (!Number.isFinite(size)) throw new Error('broken chunked encoding')
    if (size === 0) return data.indexOf(HEADER_END, lineEnd) >= 0 ? Buffer.concat(parts) : null
    const chunkStart = lineEnd + 2
    if (data.length < chunkStart + size + 2) return null
    parts.push(data.subarray(chunkStart, chunkStart + size))
    offset = chunkStart + size + 2
  }
}

const hasHeader = (headers: Array<[string, string]>, name: string) =>
  headers.some(([key]) => key.toLowerCase() === name)

/**
 * Sends one request over a fresh TCP connection, byte for byte as given (fetch and http.request
 * would normalise or refuse odd targets, methods and headers), and waits for a complete
 * answer, at most `timeoutMs` from connecting.
 */
export const sendRaw = (
  host: string,
  port: number,
  request: RawRequest,
  timeoutMs: number,
): Promise<Outcome> =>
  new Promise((resolve) => {
    const started = performance.now()
    const chunks: Buffer[] = []
    let settled = false
    const socket = net.connect({ host, port })
    const done = (outcome: Outcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(outcome)
    }
    const elapsed = () => Math.round(performance.now() - started)
    const partial = () => Buffer.concat(chunks).subarray(0, 300).toString('latin1')
    const check = (closed: boolean, error?: string) => {
      const data = Buffer.concat(chunks)
      try {
        const answer = parseResponse(data, closed, request.method.toUpperCase())
        if (answer) return done({ kind: 'answer', ms: elapsed(), answer })
      } catch (parseError) {
        return done({
          kind: 'dropped',
          ms: elapsed(),
          error: String(parseError),
          partial: partial(),
          headBytes,
        })
      }
      if (closed)
        done({
          kind: 'dropped',
          headBytes,
          ms: elapsed(),
          error: error ?? 'closed before a complete answer',
          partial: partial(),
        })
    }
    let headBytes = 0
    const timer = setTimeout(() => done({ kind: 'hang', ms: elapsed(), partial: partial() }), timeoutMs)

    const headers = [...request.headers]
    if (!hasHeader(headers, 'host')) headers.unshift(['Host', `${host}:${port}`])
    headers.push(['Connection', 'close'])
    const body = request.body !== undefined ? toBuffer(request.body) : undefined
    if (
      !hasHeader(headers, 'content-length') &&
      (body || !['GET', 'HEAD', 'OPTIONS'].includes(request.method.toUpperCase()))
    ) {
      headers.push(['Content-Length', String(body?.length ?? 0)])
    }
    const head = `${request.method} ${request.target} HTTP/1.1\r\n${headers.map(([key, value]) => `${key}: ${value}`).join('\r\n')}\r\n\r\n`
    headBytes = Buffer.byteLength(head, 'latin1')
    socket.on('connect', () => {
      socket.write(toBuffer(head))
      if (body?.length) socket.write(body)
    })
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      check(false)
    })
    socket.on('end', () => check(true))
    // A server may answer and close while a large body is still being written: what arrived counts.
    socket.on('error', (error) => check(true, error.message))
    socket.on('close', () => check(true))
  })
