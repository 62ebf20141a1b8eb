/* Generated shape (Payload's app template); keep in step with @payloadcms/next. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphqlRequestLimits } from '../../../../lib/graphqlRequest'

// Requests are read and checked before Payload sees them (size, depth, cost, aliases, one auth
// operation), mutations queue for a write place, and queries read only the fields they ask for.
export const POST = withGraphqlRequestLimits(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
