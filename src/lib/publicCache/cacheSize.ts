import { ConfigError } from '../configError'
import type { Env } from '../env'

/** `CACHE_MAX_MB`: the public-answer cache's bound in megabytes per process; 0 switches it off. */
export const cacheMaxBytes = (env: Env = process.env): number => {
  const raw = env.CACHE_MAX_MB
  if (raw === undefined || raw.trim() === '') return 64 * 1024 * 1024
  const megabytes = Number(raw)
  if (!Number.isFinite(megabytes) || megabytes < 0 || megabytes > 65_536) {
    throw new ConfigError(`CACHE_MAX_MB must be a number of megabytes from 0 (off) to 65536, got "${raw}".`)
  }
  return Math.floor(megabytes * 1024 * 1024)
}
