import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // Tests run their own development server beside a developer's: separate build output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Express sets the security headers; Next should not advertise itself.
  poweredByHeader: false,
  // The express server compresses responses (src/server/responseCompression.ts).
  compress: false,
  // The express server logs every request through Payload's logger.
  logging: { incomingRequests: false },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: dirname },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
