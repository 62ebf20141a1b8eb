import { ConfigError } from './configError'
import type { Env } from './env'

const DEFAULT_MAX_UPLOAD_MB = 20

/** Upload size limit from `MAX_UPLOAD_MB`; larger uploads are refused with 413. */
export const maxUploadBytes = (env: Env = process.env): number => {
  const raw = env.MAX_UPLOAD_MB
  const mb = raw ? Number(raw) : DEFAULT_MAX_UPLOAD_MB
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new ConfigError(`MAX_UPLOAD_MB must be a positive number of megabytes, got "${raw}".`)
  }
  return Math.round(mb * 1024 * 1024)
}

export const uploadLimits = (env: Env = process.env) => ({
  abortOnLimit: true,
  responseOnLimit: `Die Datei ist größer als ${Math.round(maxUploadBytes(env) / 1024 / 1024)} MB. / The file exceeds the upload limit.`,
  limits: { fileSize: maxUploadBytes(env) },
})
