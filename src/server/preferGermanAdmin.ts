import type { RequestHandler } from 'express'

const LANGUAGE_COOKIE = 'payload-lng='

/**
 * The admin speaks German unless the user picked another language in their account
 * (Payload remembers that choice in a cookie). Without this, Payload would follow the
 * browser's Accept-Language and greet an editor on an English browser in English.
 */
export const preferGermanAdmin: RequestHandler = (req, _res, next) => {
  if (req.path.startsWith('/admin') && !req.headers.cookie?.includes(LANGUAGE_COOKIE)) {
    req.headers['accept-language'] = 'de'
  }
  next()
}
