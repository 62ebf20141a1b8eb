/**
 * Slow-read clients: they ask for the largest answers (a district's directory, every actor at
 * depth 2), uncompressed, and take them 16 bytes a second, so that the answer cannot leave the
 * server at its own pace. Node cannot shrink a TCP socket's receive buffer (SO_RCVBUF), so the
 * client reads into a 16-byte buffer and pauses the socket in between; the kernel still holds
 * about 128 KB on the client's side and the server's send buffer grows to 4 MB on loopback
 * (tcp_wmem), so an answer smaller than that leaves the server process at once and only a
 * larger one stays in its memory. Expected: the status line (200) arrives within 15 s, and the
 * connection then stays open, served slowly, until the client gives up at the phase's end (or
 * the server closes it: that is counted, not failed).
 */
import net from 'node:net'

import type { AbuseLog } from './abuseRecord'
import type { DistrictTarget } from './fixtures'

const READ_BYTES = 16
const READ_INTERVAL_MS = 1000
/** Connections each slow-read client keeps open, one more every OPEN_INTERVAL_MS until then. */
export const SLOW_READ_CONNECTIONS = 8
const OPEN_INTERVAL_MS = 2000
const FIRST_BYTE_WITHIN_MS = 15_000

const pathsFor = (districts: DistrictTarget[]) => [
  ...districts.map(({ slug }) => `/api/districts/${slug}/directory?locale=de`),
  '/api/actors?limit=1000&depth=2&locale=de',
]

/** One slowly read answer; `close()` ends it at the phase's end. */
const slowRead = (host: string, port: number, address: string, path: string, log: AbuseLog) => {
  const started = performance.now()
  let firstByteMs: number | undefined
  let head = ''
  let bytes = 0
  let done = false
  let resolveEnded: () => void
  const ended = new Promise<void>((resolve) => (resolveEnded = resolve))
  const reading = new Uint8Array(READ_BYTES)
  const socket = net.connect({
    host,
    port,
    onread: {
      buffer: reading,
      callback: (size, buffer) => {
        firstByteMs ??= Math.round(performance.now() - started)
        if (head.length < 12) head += Buffer.from(buffer.subarray(0, size)).toString('latin1')
        bytes += size
        // Pause until the next tick of the clock: a few bytes a second.
        return false
      },
    },
  })
  const status = () => Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)
  const finish = (result: string) => {
    if (done) return
    done = true
    clearInterval(tick)
    socket.destroy()
    const answerOk = status() === 200
    log.add({
      kind: 'slow-read',
      variant: `GET ${path.replace(/\/districts\/[^/]+\//, '/districts/:slug/')}`,
      ms: firstByteMs ?? Math.round(performance.now() - started),
      status: status(),
      result,
      answerOk,
      inTime: answerOk && (firstByteMs ?? Infinity) <= FIRST_BYTE_WITHIN_MS,
    })
    resolveEnded()
  }
  socket.on('connect', () =>
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nX-Forwarded-For: ${address}\r\n` +
        `Accept-Encoding: identity\r\nConnection: close\r\n\r\n`,
    ),
  )
  const tick = setInterval(() => socket.resume(), READ_INTERVAL_MS)
  socket.on('end', () => finish(`read completely (${bytes} bytes)`))
  socket.on('error', (error: NodeJS.ErrnoException) =>
    finish(`${error.code ?? error.message} after ${bytes} bytes`),
  )
  socket.on('close', () => finish(`closed by the server after ${bytes} bytes`))
  return {
    ended,
    close: () =>
      finish(
        `still reading at the end (${bytes} bytes in ${Math.round((performance.now() - started) / 1000)} s)`,
      ),
  }
}

/**
 * A slow-read client: opens a slow connection every OPEN_INTERVAL_MS until it holds
 * SLOW_READ_CONNECTIONS, replaces any that end, and closes them all at `stop`.
 */
export const runSlowRead = async (
  host: string,
  port: number,
  address: string,
  districts: DistrictTarget[],
  first: number,
  log: AbuseLog,
  stop: AbortSignal,
) => {
  const paths = pathsFor(districts)
  const open = new Set<ReturnType<typeof slowRead>>()
  for (let turn = first; !stop.aborted; turn++) {
    if (open.size < SLOW_READ_CONNECTIONS) {
      const connection = slowRead(host, port, address, paths[turn % paths.length]!, log)
      open.add(connection)
      void connection.ended.then(() => open.delete(connection))
    }
    await new Promise((resolve) => setTimeout(resolve, OPEN_INTERVAL_MS))
  }
  for (const connection of open) connection.close()
}
