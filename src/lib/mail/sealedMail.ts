import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { QueuedMail } from './deliverOrQueue'

/**
 * A queued mail, sealed with the server's secret (AES-256-GCM). A job's input is written to
 * `payload-jobs` and, when an attempt fails, into the error log with the whole job: sealed, a
 * reset link is readable in neither, only by the server that sends it.
 */
const keyOf = (payload: Pick<Payload, 'secret'>) =>
  crypto.createHash('sha256').update(`integrationsnetzwerke:mail:${payload.secret}`).digest()

export const sealMail = (payload: Pick<Payload, 'secret'>, mail: QueuedMail): string => {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyOf(payload), iv)
  const sealed = Buffer.concat([cipher.update(JSON.stringify(mail), 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')
}

/** The mail again; throws when it was sealed with another secret or altered. */
export const openMail = (payload: Pick<Payload, 'secret'>, sealed: string): QueuedMail => {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !tag || !data) throw new Error('A queued mail that is not sealed: it cannot be sent.')
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyOf(payload), iv)
  decipher.setAuthTag(tag)
  try {
    return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')) as QueuedMail
  } catch {
    throw new Error(
      'A queued mail could not be opened (sealed with another PAYLOAD_SECRET?): it cannot be sent.',
    )
  }
}
