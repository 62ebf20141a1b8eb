import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withBufferedWrite } from './bufferedWrite'
import { withGraphqlRequestLimits } from './graphqlRequest'
import { withHttpCaching } from './httpCaching'
import { withPublicCache } from './publicCache/withPublicCache'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/**
 * Payload's REST handlers with what the app adds around them. The route file
 * (`src/app/(payload)/api/[...slug]/route.ts`) keeps Payload's generated shape and only
 * re-exports these; tests call that route module, so a regenerated file that lost them fails.
 */
export const restHandlers = (config: Config) => ({
  // Anonymous reads: ETag, 304 and Cache-Control public; authenticated: private, no-store.
  // Anonymous reads of published content: from the public cache when it holds them (publicCache/).
  GET: withPublicCache(config)(withHttpCaching(REST_GET(config))),
  // Writes read their whole body first, then queue for one of a few places (bufferedWrite.ts).
  POST: withBufferedWrite(REST_POST(config)),
  DELETE: withBufferedWrite(REST_DELETE(config)),
  PATCH: withBufferedWrite(REST_PATCH(config)),
  PUT: withBufferedWrite(REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
})

/**
 * Payload's GraphQL handler: requests are read and checked before Payload sees them (size,
 * depth, cost, aliases, one auth operation), mutations queue for a write place, and queries
 * read only the fields they ask for (graphqlRequest.ts).
 */
export const graphqlHandlers = (config: Config) => ({
  POST: withGraphqlRequestLimits(GRAPHQL_POST(config), { config }),
  OPTIONS: REST_OPTIONS(config),
})
