/* Generated shape (Payload's app template); keep in step with @payloadcms/next. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphqlSelect } from '../../../../lib/graphqlSelect'

// Queries read only the fields they ask for (select: true unless they say otherwise).
export const POST = withGraphqlSelect(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
