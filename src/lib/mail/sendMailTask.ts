import type { TaskConfig } from 'payload'

import { sendDirectly } from './deliverOrQueue'
import { openMail } from './sealedMail'

export const SEND_MAIL_TASK = 'sendMail'

/**
 * A mail whose first attempt failed (deliverOrQueue), tried again by the job queue: six
 * attempts over about half an hour (30 s, 1, 2, 4, 8, 16 min). Its input is the whole mail,
 * reset links included, sealed with the server's secret (sealedMail.ts), and `payload-jobs` is
 * readable by nobody over the API (Payload's default access), only by the server itself
 * (docs/security.md).
 */
export const sendMailTask: TaskConfig<{ input: { sealed: string }; output: object }> = {
  slug: SEND_MAIL_TASK,
  label: 'Send e-mail',
  inputSchema: [{ name: 'sealed', type: 'text', required: true }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    await sendDirectly(req.payload, openMail(req.payload, input.sealed))
    return { output: {} }
  },
}
