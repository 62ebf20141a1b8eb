import type { Env } from './env'

/**
 * Session cookies carry the `Secure` flag in production, where the CMS runs behind HTTPS, so
 * that a browser never sends them over plain http. An operator who really serves production
 * over http says so with an http:// SERVER_URL.
 */
export const secureCookies = (env: Env = process.env): boolean =>
  env.NODE_ENV === 'production' && !(env.SERVER_URL ?? '').startsWith('http://')
