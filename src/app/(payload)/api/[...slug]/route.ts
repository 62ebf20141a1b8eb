/* Generated shape (Payload's app template); keep in step with @payloadcms/next. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withBufferedWrite } from '../../../../lib/bufferedWrite'
import { withHttpCaching } from '../../../../lib/httpCaching'

// Anonymous reads: ETag, 304 and Cache-Control public; authenticated: private, no-store.
export const GET = withHttpCaching(REST_GET(config))
// Writes read their whole body first, then queue for one of a few places (src/lib/bufferedWrite.ts).
export const POST = withBufferedWrite(REST_POST(config))
export const DELETE = withBufferedWrite(REST_DELETE(config))
export const PATCH = withBufferedWrite(REST_PATCH(config))
export const PUT = withBufferedWrite(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
