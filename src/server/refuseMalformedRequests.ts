import type { RequestHandler } from 'express'

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** Names every object has: Payload looks collections up by name in a plain object. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype))

const decodes = (text: string): boolean => {
  try {
    decodeURIComponent(text)
    return true
  } catch {
    return false
  }
}

/** Paths the server answers under, in the case they are written in. */
const AREAS = ['/api', '/admin']

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** What is wrong with the request line, as a status and a sentence, or nothing. */
const problemOf = (method: string, url: string, serverAction: boolean): [number, string] | undefined => {
  if (!METHODS.has(method)) return [405, `The method ${method.slice(0, 20)} is not supported.`]
  // Asterisk-form (`OPTIONS *`) and absolute-form targets: Next answered them with 500.
  if (!url.startsWith('/')) return [400, 'The request target must be a path starting with /.']
  const query = url.indexOf('?')
  const path = query < 0 ? url : url.slice(0, query)
  if (!decodes(path)) return [400, 'The path contains a percent-escape that is not valid UTF-8.']
  // Dot segments mean one path to this check and another after Next normalises it.
  if (/(^|\/)\.{1,2}(\/|$)/.test(decodeURIComponent(path)))
    return [400, 'The path contains . or .. segments.']
  const area = AREAS.find((prefix) => (path.toLowerCase() + '/').startsWith(prefix + '/'))
  // `/API/…` reached Payload past the routes' own checks; URLs are case-sensitive.
  if (area && !(path + '/').startsWith(area + '/')) return [404, 'No such route (paths are case-sensitive).']
  // Outside the API only the admin's server actions write: a form posted to a page was parsed as
  // one and failed with 500.
  if (WRITES.has(method) && area !== '/api' && !serverAction) {
    return [405, 'Only the API (/api) accepts writes.']
  }
  if (/%00/i.test(url) || url.includes('\u0000')) return [400, 'The URL contains a NUL character (%00).']
  if (/\\|%5c/i.test(path)) return [400, 'The path contains a backslash.']
  if (
    query >= 0 &&
    !url
      .slice(query + 1)
      .split('&')
      .every((pair) => decodes(pair.replace(/\+/g, ' ')))
  ) {
    return [400, 'The query string contains a percent-escape that is not valid UTF-8.']
  }
  // `/api/constructor/count` found Object's constructor where a collection should be (500).
  if (
    decodeURIComponent(path)
      .split('/')
      .some((segment) => PROTOTYPE_NAMES.has(segment))
  ) {
    return [404, 'No such route.']
  }
  return undefined
}

/**
 * Requests that no route can mean: an unsupported method, a target that is not a path, a
 * percent-escape that is not valid UTF-8 (`/api/%C0`), a NUL character anywhere (`%00`), which
 * PostgreSQL text cannot hold, a backslash, dot segments, `/API` for `/api`, a write outside the
 * API that is no server action, or a path segment named like a property of every JavaScript
 * object. Deeper down they ended as 500s; here they get a 4xx that says what is wrong.
 */
export const refuseMalformedRequests: RequestHandler = (req, res, next) => {
  const problem = problemOf(req.method, req.originalUrl, req.headers['next-action'] !== undefined)
  if (!problem) return next()
  const [status, message] = problem
  if (status === 405) res.set('Allow', [...METHODS].join(', '))
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message }] })
}
