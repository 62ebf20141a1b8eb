import type { RequestHandler } from 'express'

/** How much of an unread body is read and discarded after an early answer, and for how long. */
const DRAIN_BYTES = 8 * 1024 * 1024
const DRAIN_MS = 5_000

/**
 * A lingering close (RFC 9112, 9.6) for answers given before the request's body was read (a 400
 * for a malformed path, a 401, a 404). Node then closes the connection while the body is still
 * arriving, the kernel resets it for the bytes that follow, and the reset can throw away the
 * answer waiting in the client's buffer: the client sees EPIPE or ECONNRESET instead of the 4xx
 * (seen in a fuzz run in CI, reproduced by tests/server/abuse.test.ts under load). So the
 * answer's end waits until the rest of the body has arrived, read and discarded, at most 8 MB
 * or 5 s; a larger or slower body is cut off as before.
 */
export const drainUnreadBodies: RequestHandler = (req, res, next) => {
  // Most requests carry no body: nothing to drain, nothing to wrap.
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  if (!hasBody) return next()
  const end = res.end.bind(res) as (...args: unknown[]) => typeof res
  res.end = ((...args: unknown[]) => {
    if (req.complete || req.readableEnded || req.destroyed) return end(...args)
    let received = 0
    let ended = false
    const finish = () => {
      if (ended) return
      ended = true
      clearTimeout(timer)
      req.off('data', count).off('end', finish).off('error', finish)
      end(...args)
    }
    const count = (chunk: Buffer) => {
      received += chunk.length
      if (received > DRAIN_BYTES) finish()
    }
    const timer = setTimeout(finish, DRAIN_MS)
    req.on('data', count).on('end', finish).on('error', finish)
    req.resume()
    return res
  }) as typeof res.end
  next()
}
