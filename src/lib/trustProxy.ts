import type { Env } from './env'

/**
 * Express's "trust proxy" from `TRUST_PROXY`: a hop count ("1"), true/false, or a list of
 * addresses/subnets ("loopback, 10.0.0.0/8"). Default: only a proxy on this machine.
 */
export const trustProxy = (env: Env = process.env): boolean | number | string => {
  const value = env.TRUST_PROXY?.trim()
  if (!value) return 'loopback'
  if (/^\d+$/.test(value)) return Number(value)
  if (value === 'true' || value === 'false') return value === 'true'
  return value
}
