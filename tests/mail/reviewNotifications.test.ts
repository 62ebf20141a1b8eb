import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMember } from '../helpers/auth'
import { createDistrict, createNetwork, published } from '../helpers/factories'
import { sendMailVia, TEST_SERVER_URL } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'
import { type SmtpListener, startSmtpListener } from '../helpers/smtpListener'

/**
 * The review by e-mail (collections/hooks/notifyReview.ts), through a real SMTP listener: the
 * district's editors learn of a submission, the author of a request for changes (with the
 * comment) and of the publication; each in their own language, nobody of their own step.
 */
let payload: Payload
let smtp: SmtpListener
let restore: () => Promise<void>
let district: number
let author: { id: number; email: string; token: string }
let editor: { id: number; email: string; token: string }
let foreignEditor: { id: number; email: string; token: string }

beforeAll(async () => {
  payload = await testPayload()
  smtp = await startSmtpListener()
  restore = await sendMailVia(payload, `smtp://127.0.0.1:${smtp.port}`)
  district = (await createDistrict(payload)).id
  author = await createMember(district, 'author')
  editor = await createMember(district, 'editor')
  foreignEditor = await createMember((await createDistrict(payload)).id, 'editor')
  await payload.update({ collection: 'users', id: author.id, data: { language: 'en' } as never })
})

afterAll(async () => {
  await restore?.()
  await smtp?.close()
})

const to = (email: string) => smtp.received.filter((mail) => mail.to.includes(email))

describe('review notifications', () => {
  it('submit → editors; request changes → author with the comment; publish → author', async () => {
    const network = await createNetwork(payload, { district, ...published, name: 'Netzwerk Prüfung' })
    const link = `${TEST_SERVER_URL}/admin/collections/networks/${network.id}`
    await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: author.token,
      body: { summary: 'Entwurf', review: { requested: true } },
    })
    const submitted = await smtp.next(editor.email)
    expect(submitted.subject).toMatch(/bittet um Prüfung von „Netzwerk Prüfung“/)
    expect(submitted.text).toContain(link)
    expect(to(author.email)).toHaveLength(0)
    expect(to(foreignEditor.email)).toHaveLength(0)

    await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: editor.token,
      body: { review: { changesRequested: true, comment: 'Please add the address.' } },
    })
    const sentBack = await smtp.next(author.email)
    expect(sentBack.subject).toBe('Changes requested for "Netzwerk Prüfung"')
    expect(sentBack.text).toContain('Please add the address.')
    expect(sentBack.text).toContain(link)

    await rest('PATCH', `networks/${network.id}?draft=true`, {
      token: author.token,
      body: { review: { requested: true } },
    })
    await expect.poll(() => to(editor.email).length).toBe(2)
    await rest('PATCH', `networks/${network.id}`, { token: editor.token, body: { _status: 'published' } })
    await expect.poll(() => to(author.email).length).toBe(2)
    expect(to(author.email)[1]!.subject).toBe('"Netzwerk Prüfung" is published')
    // Nobody was told of their own step.
    expect(to(editor.email).every((mail) => /Prüfung/.test(mail.subject))).toBe(true)
  })
})
