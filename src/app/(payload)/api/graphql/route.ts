/* Payload's generated route, with the app's handlers (src/lib/routeHandlers.ts). */
import config from '@payload-config'

import { graphqlHandlers } from '../../../../lib/routeHandlers'

export const { POST, OPTIONS } = graphqlHandlers(config)
