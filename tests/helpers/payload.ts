import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

export { config }

/** The test run's Payload instance (one per worker, cached by Payload itself). */
export const testPayload = (): Promise<Payload> => getPayload({ config })
