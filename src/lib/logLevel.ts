import { ConfigError } from './configError'
import type { Env } from './env'

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LEVELS)[number]

export const logLevel = (env: Env = process.env): LogLevel => {
  const value = (env.LOG_LEVEL || 'info').toLowerCase()
  if (!(LEVELS as readonly string[]).includes(value)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}; got "${env.LOG_LEVEL}".`)
  }
  return value as LogLevel
}
