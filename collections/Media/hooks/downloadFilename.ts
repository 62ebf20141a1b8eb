import { APIError, type Endpoint, type PayloadHandler } from 'payload'

import { attachmentDisposition } from './contentDisposition'
import { isInline } from './fileResponseHeaders'

const PATH = '/file/:filename'

/**
 * Puts the file name into the `Content-Disposition: attachment` of a download. Payload's
 * `modifyResponseHeaders` (fileResponseHeaders.ts) makes non-images downloads but is not told
 * the file name; this endpoint, listed before Payload's own file endpoint and so found first,
 * lets Payload's serve the file (access check, ranges, headers) and adds the name.
 */
const handler: PayloadHandler = async (req) => {
  const endpoints = req.payload.collections.media.config.endpoints || []
  const payloadFile = endpoints.find(
    (endpoint) => endpoint.method === 'get' && endpoint.path === PATH && endpoint.handler !== handler,
  )
  if (!payloadFile) throw new APIError('Payload’s file endpoint is missing.', 500)
  const response = await payloadFile.handler(req)
  const filename = req.routeParams?.filename
  if (!response.ok || isInline(response.headers) || typeof filename !== 'string') return response
  const headers = new Headers(response.headers)
  headers.set('Content-Disposition', attachmentDisposition(filename))
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

export const downloadFilename: Endpoint = { method: 'get', path: PATH, handler }
