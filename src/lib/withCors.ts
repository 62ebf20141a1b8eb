import { corsOrigins } from './corsOrigins'

/**
 * Payload adds CORS headers to its own answers only. An answer given before Payload runs (a body
 * too large, a query too costly) needs them too, or a browser frontend on a listed origin sees
 * a CORS failure instead of the message.
 */
export const withCors = (request: Request, response: Response): Response => {
  const origin = request.headers.get('origin')
  if (!origin || response.headers.has('access-control-allow-origin') || !corsOrigins().includes(origin)) {
    return response
  }
  response.headers.set('Access-Control-Allow-Origin', origin)
  response.headers.set('Access-Control-Allow-Credentials', 'true')
  response.headers.append('Vary', 'Origin')
  return response
}
