import type { EmailAdapter } from 'payload'
// @payloadcms/email-nodemailer, installed under another name: its only release (3.90.1) trips
// Payload's development-mode check that every @payloadcms package has Payload's version (3.90.2).
import { nodemailerAdapter } from 'payloadcms-email-nodemailer'

import type { Env } from '../env'
import { logMailAdapter } from './logMailAdapter'
import { parseMailFrom } from './mailFrom'
import { smtpTransportOptions } from './smtpTransport'

/**
 * The host's e-mail adapter: SMTP from SMTP_URL with the sender from MAIL_FROM, or without
 * SMTP_URL one that logs each mail (and, in production, warns once at start). The plugin sends
 * every mail through deliverOrQueue around it (src/lib/mail/deliverOrQueue.ts).
 */
export const emailFromEnv = (env: Env = process.env): EmailAdapter | Promise<EmailAdapter> => {
  const from = parseMailFrom(env.MAIL_FROM)
  const smtpUrl = env.SMTP_URL?.trim()
  if (!smtpUrl) return logMailAdapter({ production: env.NODE_ENV === 'production', from })
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transportOptions: smtpTransportOptions(smtpUrl),
    // No connection at start: a server that is down would hold the start for the timeouts,
    // and the adapter's check prints its error with console.error, past our logger.
    skipVerify: true,
  })
}
