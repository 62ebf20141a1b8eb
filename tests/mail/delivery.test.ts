import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../src/db/freePort'
import { openMail } from '../../src/lib/mail/sealedMail'
import { SMTP_TIMEOUTS } from '../../src/lib/mail/smtpTransport'
import { loginAs, loginAsNewAdmin } from '../helpers/auth'
import { createDistrict, createUser, unique } from '../helpers/factories'
import { resetTokenIn, sendMailVia } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/routes'
import { type SmtpListener, startSmtpListener } from '../helpers/smtpListener'

/**
 * An SMTP server that is down or slow (src/lib/mail/deliverOrQueue.ts): the caller gets its
 * normal answer within a few seconds, the mail waits in the `sendMail` job and arrives once the
 * server answers and the job runs; the link in it still works.
 */
let payload: Payload
let port: number
let smtp: SmtpListener | undefined
let restore: () => Promise<void>
let admin: { token: string; id: number }
let district: number

/** The longest a caller may wait for a slow server: one attempt's timeouts, and some slack. */
const PATIENCE_MS = SMTP_TIMEOUTS.greetingTimeout + 2_500

beforeAll(async () => {
  payload = await testPayload()
  port = await freePort()
  restore = await sendMailVia(payload, `smtp://127.0.0.1:${port}`)
  admin = await loginAsNewAdmin()
  district = (await createDistrict(payload)).id
})

afterEach(async () => {
  await smtp?.close()
  smtp = undefined
})

afterAll(async () => {
  await restore?.()
  // The files this worker runs next see the configured server URL again.
  expect(payload.config.serverURL).toBe(process.env.SERVER_URL || '')
})

const queuedMailTo = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendMail' } },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
  })
  return docs.find((job) => openMail(payload, (job.input as { sealed: string }).sealed).to === email)
}

/** Runs one job; `expectFailure` keeps an attempt that is meant to fail out of the error log. */
const runJob = (id: number | string, expectFailure = false) =>
  payload.jobs.run({ where: { id: { equals: id } }, ...(expectFailure ? { silent: { error: true } } : {}) })

const invite = (email: string) =>
  rest('POST', 'users', {
    token: admin.token,
    body: { email, districts: [{ district, roles: ['editor'] }] },
  })

describe('mail delivery when the SMTP server is down or slow', () => {
  it('down: the invitation is created, the mail is queued and arrives when the server is back', async () => {
    const email = `${unique('spaeter')}@example.org`
    const started = Date.now()
    const created = await invite(email)
    expect(created.status).toBe(201)
    expect(Date.now() - started).toBeLessThan(PATIENCE_MS)
    // The account is whole: it exists with its membership.
    const user = await payload.findByID({ collection: 'users', id: created.json.doc.id, depth: 0 })
    expect(user.districts?.[0]?.district).toBe(district)

    const job = await queuedMailTo(email)
    expect(job).toBeDefined()
    expect(job!.completedAt).toBeFalsy()
    // Sealed: neither the address nor the link is readable in the job (nor in its error log).
    expect(JSON.stringify(job)).not.toContain(email)
    expect(JSON.stringify(job)).not.toContain('/admin/reset/')

    smtp = await startSmtpListener({ port })
    await runJob(job!.id)
    const mail = await smtp.next(email)
    expect(mail.subject).toBe('Ihre Einladung in das CMS der Integrationsnetzwerke')
    expect(mail.from).toBe('cms@example.org')
    // Done: Payload deletes a completed job.
    const left = await payload.count({ collection: 'payload-jobs', where: { id: { equals: job!.id } } })
    expect(left.totalDocs).toBe(0)

    const password = 'nach-dem-Ausfall-2026'
    const reset = await rest('POST', 'users/reset-password', {
      body: { token: resetTokenIn(mail.text), password },
    })
    expect(reset.status).toBe(200)
    expect(await loginAs(email, password)).toBeTruthy()
  })

  it('down: forgot-password answers as always; the mail is retried by the job until it gets through', async () => {
    const user = await createUser(payload)
    const answer = await rest('POST', 'users/forgot-password', { body: { email: user.email } })
    expect(answer.status).toBe(200)
    const job = await queuedMailTo(user.email)
    expect(job).toBeDefined()

    // Still down when the job runs: it fails and stays queued for another attempt.
    await runJob(job!.id, true)
    const failed = await payload.findByID({ collection: 'payload-jobs', id: job!.id, depth: 0 })
    expect(failed.completedAt).toBeFalsy()
    expect(failed.hasError).toBeFalsy()
    expect(failed.totalTried).toBe(1)

    smtp = await startSmtpListener({ port })
    // The retry waits for its backoff; bring it forward instead of waiting 30 s.
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job!.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await runJob(job!.id)
    const mail = await smtp.next(user.email)
    expect(mail.subject).toBe('Passwort zurücksetzen')
    const password = 'nach-dem-Ausfall-2026'
    const token = resetTokenIn(mail.text)
    expect((await rest('POST', 'users/reset-password', { body: { token, password } })).status).toBe(200)
    expect(await loginAs(user.email, password)).toBeTruthy()
  })

  it('slow: a server that does not greet in time holds the caller a few seconds at most', async () => {
    smtp = await startSmtpListener({ port })
    smtp.greetingDelayMs = 20_000
    const email = `${unique('langsam')}@example.org`
    const started = Date.now()
    const created = await invite(email)
    const waited = Date.now() - started
    expect(created.status).toBe(201)
    expect(waited).toBeLessThan(PATIENCE_MS)
    expect(smtp.received.some((mail) => mail.to.includes(email))).toBe(false)
    const job = await queuedMailTo(email)
    expect(job).toBeDefined()

    smtp.greetingDelayMs = 0
    await runJob(job!.id)
    const mail = await smtp.next(email)
    expect(mail.to).toEqual([email])
    expect(resetTokenIn(mail.text)).toMatch(/^[0-9a-f]{40}$/)
  })

  it('refused credentials: the mail is queued, and no log line holds the SMTP password', async () => {
    smtp = await startSmtpListener({ auth: { user: 'cms', pass: 'das-richtige-Passwort' } })
    const undo = await sendMailVia(payload, `smtp://cms:falsches-Geheimnis@127.0.0.1:${smtp.port}`)
    const logged: string[] = []
    const { warn, error } = payload.logger
    payload.logger.warn = ((...args: unknown[]) => {
      logged.push(JSON.stringify(args, Object.getOwnPropertyNames(args[0] ?? {})))
      return warn.apply(payload.logger, args as never)
    }) as typeof warn
    payload.logger.error = ((...args: unknown[]) => {
      logged.push(JSON.stringify(args, Object.getOwnPropertyNames(args[0] ?? {})))
      return error.apply(payload.logger, args as never)
    }) as typeof error
    try {
      const user = await createUser(payload)
      const answer = await rest('POST', 'users/forgot-password', { body: { email: user.email } })
      expect(answer.status).toBe(200)
      expect(await queuedMailTo(user.email)).toBeDefined()
      expect(logged.join('\n')).toMatch(/not sent \(.*\); queued for a retry/)
      expect(logged.join('\n')).not.toContain('falsches-Geheimnis')
      expect(smtp.received).toEqual([])
    } finally {
      payload.logger.warn = warn
      payload.logger.error = error
      // Back to the file's own setting, and its undo to the worker's.
      await undo()
      await restore()
      restore = await sendMailVia(payload, `smtp://127.0.0.1:${port}`)
    }
  })

  it('queued mails (with their links) are not readable over the API, not even by the state admin', async () => {
    const list = await rest('GET', 'payload-jobs?where[taskSlug][equals]=sendMail', { token: admin.token })
    expect(list.status).toBe(403)
    const query = await gql(
      '{ PayloadJobs(where: { taskSlug: { equals: sendMail } }) { docs { input } } }',
      {},
      admin.token,
    )
    expect(query.json.data?.PayloadJobs ?? null).toBeNull()
    expect(JSON.stringify(query.json.errors)).toMatch(/not allowed|Forbidden|403/i)
  })
})
