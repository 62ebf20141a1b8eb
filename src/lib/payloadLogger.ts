import { build } from 'pino-pretty'

import type { LogLevel } from './logLevel'
import type { Env } from './env'

/**
 * JSON lines in production (for log shippers), readable colour output elsewhere, where
 * the request log's structured fields are left out because its message says it all.
 */
export const payloadLogger = (level: LogLevel, env: Env = process.env) => ({
  options: { level, name: 'cms' },
  destination:
    env.NODE_ENV === 'production'
      ? undefined
      : build({
          colorize: true,
          ignore: 'pid,hostname,component,method,url,status,ms',
          translateTime: 'SYS:HH:MM:ss',
        }),
})
