import type { RequestHandler } from 'express'

import { CLIENT_ADDRESS_HEADER } from '../lib/clientAddress'

/**
 * Hands the client's address, as express determines it (TRUST_PROXY), to Payload, where
 * sign-in attempts are counted per address. A value the client sent itself is thrown away.
 */
export const stampClientAddress: RequestHandler = (req, _res, next) => {
  delete req.headers[CLIENT_ADDRESS_HEADER]
  if (req.ip) req.headers[CLIENT_ADDRESS_HEADER] = req.ip
  next()
}
