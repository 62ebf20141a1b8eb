import { ConfigError } from './configError'
import type { Env } from './env'

/** `CORS_ORIGINS`: a comma-separated list of origins allowed to call the API from a browser. */
export const corsOrigins = (env: Env = process.env): string[] =>
  (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL
      try {
        parsed = new URL(origin)
      } catch {
        throw new ConfigError(
          `CORS_ORIGINS contains "${origin}", which is not an origin such as https://example.org.`,
        )
      }
      if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
        throw new ConfigError(
          `CORS_ORIGINS contains "${origin}", which is not an origin such as https://example.org.`,
        )
      }
      return parsed.origin
    })
