import type SMTPTransport from 'nodemailer/lib/smtp-transport'

import { ConfigError } from '../configError'
import { redactUrl } from '../redactUrl'

/**
 * How long one attempt may wait for the SMTP server. A mail is sent while the caller waits
 * (an invitation, a reset request): a slow server must not hold the request, and a failed
 * attempt is retried by the `sendMail` job (src/lib/mail/sendMailTask.ts).
 */
export const SMTP_TIMEOUTS = {
  connectionTimeout: 3_000,
  greetingTimeout: 3_000,
  socketTimeout: 5_000,
} as const

/**
 * Nodemailer's transport options from SMTP_URL: `smtp://user:pass@host:587` (STARTTLS when the
 * server offers it) or `smtps://user:pass@host:465` (TLS from the start). User and password are
 * percent-decoded, so a password may hold any character.
 */
export const smtpTransportOptions = (smtpUrl: string): SMTPTransport.Options => {
  let url: URL
  try {
    url = new URL(smtpUrl)
  } catch {
    throw new ConfigError(
      `SMTP_URL must be a URL like smtp://user:password@host:587, got "${redactUrl(smtpUrl)}".`,
    )
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    throw new ConfigError(
      `SMTP_URL must start with smtp:// or smtps:// and name a host, got "${redactUrl(smtpUrl)}".`,
    )
  }
  const secure = url.protocol === 'smtps:'
  const user = decodeURIComponent(url.username)
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
    ...SMTP_TIMEOUTS,
  }
}
