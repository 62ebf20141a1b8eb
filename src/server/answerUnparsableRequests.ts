import { type Server, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'

/** How much of what follows a refused request is read and discarded, and for how long. */
const LINGER_BYTES = 8 * 1024 * 1024
const LINGER_MS = 5_000

const STATUS_OF: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADERS_TIMEOUT: 408,
}

const answered = new WeakSet<Duplex>()

/**
 * Requests Node's HTTP parser refuses before express sees them (raw bytes or control characters
 * in the request line, a broken header, an oversized head). Node answers 400 and destroys the
 * socket at once; a client still sending its body then gets a reset, which can throw away the
 * answer waiting in its buffer (ECONNRESET instead of the 400: seen in a fuzz run in CI). Here
 * the answer says what is wrong, and the connection closes lingering (RFC 9112, 9.6): what the
 * client still sends is read and discarded, at most 8 MB or 5 s, before the socket goes.
 */
export const answerUnparsableRequests = (server: Server) =>
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (answered.has(socket)) return
    answered.add(socket)
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const status = STATUS_OF[error.code ?? ''] ?? 400
    const body = JSON.stringify({
      errors: [
        {
          message:
            status === 400
              ? 'The request is not valid HTTP (request line or headers).'
              : STATUS_CODES[status],
        },
      ],
    })
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    )
    let received = 0
    const timer = setTimeout(() => socket.destroy(), LINGER_MS)
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > LINGER_BYTES) socket.destroy()
    })
    socket.once('close', () => clearTimeout(timer))
    socket.once('end', () => socket.destroy())
    socket.resume()
  })
