import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { sealMail } from './sealedMail'
import { SEND_MAIL_TASK } from './sendMailTask'

/** What a queued mail keeps: text only, so it fits the job's JSON input (no attachments, no streams). */
export type QueuedMail = {
  from?: string
  to: string
  subject: string
  text?: string
  html?: string
}

/** Every initialized inner adapter's own send, for the job that retries (sendMailTask). */
const directSend = new WeakMap<Payload, (message: SendEmailOptions) => Promise<unknown>>()

/** Sends at once through the configured transport, failing when it fails (the job retries then). */
export const sendDirectly = (payload: Payload, message: SendEmailOptions): Promise<unknown> => {
  const send = directSend.get(payload)
  if (!send) throw new Error('No mail transport: the e-mail adapter is not deliverOrQueue.')
  return send(message)
}

const addressOf = (value: SendEmailOptions['from'] | SendEmailOptions['to']): string =>
  (Array.isArray(value) ? value : [value])
    .filter(Boolean)
    .map((entry) =>
      typeof entry === 'string'
        ? entry
        : entry!.name
          ? `"${entry!.name}" <${entry!.address}>`
          : entry!.address,
    )
    .join(', ')

/** A readable text part for mails that bring HTML only (Payload's own forgot-password mail). */
const textOf = (html: string) =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()

const queuedMailOf = (message: SendEmailOptions): QueuedMail => {
  const html = typeof message.html === 'string' ? message.html : undefined
  const text = typeof message.text === 'string' ? message.text : html ? textOf(html) : undefined
  return {
    ...(message.from ? { from: addressOf(message.from) } : {}),
    to: addressOf(message.to),
    subject: message.subject ?? '',
    ...(text !== undefined ? { text } : {}),
    ...(html !== undefined ? { html } : {}),
  }
}

/**
 * The one way a mail leaves the CMS: every `payload.sendEmail` (ours and Payload's own
 * forgot-password mail) tries the transport once, with the short timeouts of
 * src/lib/mail/smtpTransport.ts. When the server is down or slow the caller still gets its
 * normal answer, and the mail waits in the `sendMail` job, which retries with backoff. A mail
 * that cannot even be queued is logged as an error; the caller's answer stays the same.
 */
export const deliverOrQueue = (inner: EmailAdapter | Promise<EmailAdapter>): Promise<EmailAdapter> =>
  Promise.resolve(inner).then((adapter): EmailAdapter => ({ payload }) => {
    const transport = adapter({ payload })
    directSend.set(payload, (message) => transport.sendEmail(queuedMailOf(message)))
    return {
      name: `deliverOrQueue(${transport.name})`,
      defaultFromAddress: transport.defaultFromAddress,
      defaultFromName: transport.defaultFromName,
      sendEmail: async (message) => {
        const mail = queuedMailOf(message)
        try {
          return await transport.sendEmail(mail)
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          payload.logger.warn(`E-mail to ${mail.to} not sent (${reason}); queued for a retry.`)
          try {
            await payload.jobs.queue({ task: SEND_MAIL_TASK, input: { sealed: sealMail(payload, mail) } })
          } catch (queueError) {
            payload.logger.error({
              err: queueError,
              msg: `E-mail to ${mail.to} lost: it could not be queued.`,
            })
          }
          return undefined
        }
      },
    }
  })
