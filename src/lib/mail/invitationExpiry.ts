import { ConfigError } from '../configError'
import type { Env } from '../env'

/** An invitation waits a week (a reset link only an hour: its owner is at the screen). */
export const DEFAULT_INVITATION_EXPIRY_HOURS = 7 * 24
const MAX_INVITATION_EXPIRY_HOURS = 30 * 24

/** INVITATION_EXPIRY_HOURS: whole hours between 1 and 720; unset: a week. */
export const invitationExpiryHoursFromEnv = (env: Env = process.env): number => {
  const raw = env.INVITATION_EXPIRY_HOURS?.trim()
  if (!raw) return DEFAULT_INVITATION_EXPIRY_HOURS
  const hours = Number(raw)
  if (!/^\d+$/.test(raw) || hours < 1 || hours > MAX_INVITATION_EXPIRY_HOURS) {
    throw new ConfigError(
      `INVITATION_EXPIRY_HOURS must be a whole number of hours between 1 and ${MAX_INVITATION_EXPIRY_HOURS}, got "${env.INVITATION_EXPIRY_HOURS}".`,
    )
  }
  return hours
}

/** The invitation expiry of a built config (the plugin's resolved options), else the default. */
export const invitationExpiryHoursOf = (config: { custom?: Record<string, unknown> }): number => {
  const options = config.custom?.integrationNetworks as { invitationExpiryHours?: unknown } | undefined
  return typeof options?.invitationExpiryHours === 'number'
    ? options.invitationExpiryHours
    : DEFAULT_INVITATION_EXPIRY_HOURS
}
