import type { EmailAdapter, SendEmailOptions } from 'payload'

import { DEFAULT_MAIL_FROM, type MailFrom } from './mailFrom'

const recipients = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .filter(Boolean)
    .map((entry) => (typeof entry === 'string' ? entry : entry!.address))
    .join(', ')

/** The links of a mail (absolute, or the admin's relative ones), so the log shows what to open. */
const linksOf = (message: SendEmailOptions): string[] => {
  const body = `${typeof message.text === 'string' ? message.text : ''}\n${typeof message.html === 'string' ? message.html : ''}`
  return [...new Set(body.match(/(?:https?:\/\/|(?<=["\s>])\/admin\/)[^\s"<>]+/g) ?? [])]
}

/**
 * Without SMTP_URL: mails are not sent but logged at info level (recipient, subject, links),
 * so that a developer can follow an invitation or reset link. In production ONE warning at
 * start says that nobody receives mail. Replaces Payload's console adapter, which warned at
 * every start and printed whole mails.
 */
export const logMailAdapter =
  ({ production, from = DEFAULT_MAIL_FROM }: { production: boolean; from?: MailFrom }): EmailAdapter =>
  ({ payload }) => {
    if (production) {
      payload.logger.warn(
        'SMTP_URL is not set: e-mails (invitations, password resets) are written to the log, not sent.',
      )
    }
    return {
      name: 'log',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        const links = linksOf(message)
        const relative = !payload.config.serverURL
        payload.logger.info(
          `E-mail not sent (no SMTP_URL) to ${recipients(message.to)}: "${message.subject ?? ''}"` +
            (links.length ? `; links: ${links.join(' ')}` : '') +
            (relative && links.length ? ' (relative: SERVER_URL is not set)' : ''),
        )
      },
    }
  }
