import { rateLimit } from 'express-rate-limit'
import type { RequestHandler } from 'express'

/**
 * Throttles password guessing and reset-mail flooding per client address, before a request
 * reaches Payload (which also locks an account after five failures). Counts in memory: one
 * process; behind a proxy set TRUST_PROXY so that the client address is the real one.
 */
export const authRateLimit = ({
  loginPerMinute = 10,
  forgotPerHour = 5,
}: { loginPerMinute?: number; forgotPerHour?: number } = {}): RequestHandler[] => {
  const options = {
    standardHeaders: 'draft-8' as const,
    legacyHeaders: false,
    message: {
      errors: [
        {
          message: 'Zu viele Versuche. Bitte später erneut versuchen. / Too many attempts, try again later.',
        },
      ],
    },
  }
  const login = rateLimit({ ...options, windowMs: 60_000, limit: loginPerMinute })
  const forgot = rateLimit({ ...options, windowMs: 60 * 60_000, limit: forgotPerHour })
  const only =
    (pattern: RegExp, limiter: RequestHandler): RequestHandler =>
    (req, res, next) =>
      req.method === 'POST' && pattern.test(req.path) ? limiter(req, res, next) : next()
  return [only(/^\/api\/[^/]+\/login\/?$/, login), only(/^\/api\/[^/]+\/forgot-password\/?$/, forgot)]
}
