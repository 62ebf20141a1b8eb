import type { EmailAdapter, Payload } from 'payload'

import { deliverOrQueue } from '../../src/lib/mail/deliverOrQueue'
import { emailFromEnv } from '../../src/lib/mail/emailFromEnv'

export const TEST_MAIL_FROM = 'Integrationsnetzwerk Test <cms@example.org>'
/** What the tests set as SERVER_URL, so that links are absolute. */
export const TEST_SERVER_URL = 'http://cms.example.org'

const install = (payload: Payload, adapter: EmailAdapter) => {
  payload.email = adapter({ payload })
  payload.sendEmail = (message) => payload.email.sendEmail(message)
}

/**
 * Points the worker's Payload at an SMTP server, as SMTP_URL would (emailFromEnv, through the
 * plugin's deliverOrQueue), with absolute links from a SERVER_URL. Returns the undo, which
 * puts back the configured adapter and server URL for the files this worker runs next.
 */
export const sendMailVia = async (payload: Payload, smtpUrl: string): Promise<() => Promise<void>> => {
  const serverURL = payload.config.serverURL
  payload.config.serverURL = TEST_SERVER_URL
  install(payload, await deliverOrQueue(emailFromEnv({ SMTP_URL: smtpUrl, MAIL_FROM: TEST_MAIL_FROM })))
  return async () => {
    payload.config.serverURL = serverURL
    install(payload, await (payload.config.email as EmailAdapter | Promise<EmailAdapter>))
  }
}

/** The token of a set-password link (/admin/reset/<token>) in a mail's text. */
export const resetTokenIn = (text: string): string => {
  const match = new RegExp(`${TEST_SERVER_URL}/admin/reset/([0-9a-f]+)`).exec(text)
  if (!match) throw new Error(`No reset link in:\n${text}`)
  return match[1]!
}
