import compression from 'compression'

/**
 * Compresses every compressible response: API JSON above all. Next's own compression is
 * switched off in next.config.ts so that nothing is compressed twice.
 */
export const responseCompression = () => compression()
