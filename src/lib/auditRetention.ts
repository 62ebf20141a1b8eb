import { ConfigError } from './configError'

type Env = Record<string, string | undefined>

/** How long audit entries are kept when AUDIT_RETENTION_DAYS is not set. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 365

/**
 * AUDIT_RETENTION_DAYS: whole days to keep audit entries (default 365; 0 keeps them forever).
 * Anything else stops the start with a message naming the variable, rather than keeping the log
 * for a surprising time.
 */
export const auditRetentionDaysFromEnv = (env: Env = process.env): number => {
  const raw = env.AUDIT_RETENTION_DAYS?.trim()
  if (!raw) return DEFAULT_AUDIT_RETENTION_DAYS
  if (!/^\d{1,6}$/.test(raw)) {
    throw new ConfigError(
      `AUDIT_RETENTION_DAYS must be a whole number of days (0 keeps entries forever), got "${env.AUDIT_RETENTION_DAYS}".`,
    )
  }
  return Number(raw)
}
