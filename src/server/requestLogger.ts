import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

const QUIET_PATHS = new Set(['/healthz', '/readyz'])

/**
 * One log line per request through Payload's logger: errors at `error`, client errors
 * at `info` (an ordinary 401/404 is not an incident), probes and static assets at `debug`.
 * A 503 with `Retry-After` is the server refusing work beyond its capacity on purpose
 * (src/server/admission.ts): `warn`, a sign to add capacity, not an error.
 */
export const requestLogger = (payload: Payload): RequestHandler => {
  const logger = payload.logger.child({ component: 'http' })
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const entry = {
        method: req.method,
        url: req.originalUrl,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      }
      const msg = `${req.method} ${req.originalUrl} ${res.statusCode} ${entry.ms} ms`
      if (res.statusCode === 503 && res.hasHeader('retry-after')) logger.warn(entry, msg)
      else if (res.statusCode >= 500) logger.error(entry, msg)
      else if (QUIET_PATHS.has(req.path) || req.path.startsWith('/_next/')) logger.debug(entry, msg)
      else logger.info(entry, msg)
    })
    next()
  }
}
