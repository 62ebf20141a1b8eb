/* Payload's generated route, with the app's handlers (src/lib/routeHandlers.ts). */
import '@payloadcms/next/css'

import config from '@payload-config'

import { restHandlers } from '../../../../lib/routeHandlers'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restHandlers(config)
