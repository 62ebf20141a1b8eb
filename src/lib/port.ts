import { ConfigError } from './configError'
import type { Env } from './env'

/** The HTTP port from `PORT`, 3000 when unset. */
export const httpPort = (env: Env = process.env): number => {
  const raw = env.PORT
  if (!raw) return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number between 0 and 65535, got "${raw}".`)
  }
  return port
}
