/**
 * Slow-body clients: writing requests whose body arrives one byte every 2 s, to a create and to
 * the sign-in, one of each at a time. Before the fix, each held one of the 4 write places from
 * its first byte, and four of them stopped every save and sign-in. Now the body is read before a
 * write queues, and a body still incomplete after 30 s (JSON_LIMITS in src/lib/bufferedWrite.ts:
 * 10 s without a byte, 30 s in all) is answered 408. One byte every 2 s never pauses 10 s, so the
 * 30 s decide.
 */
import net from 'node:net'

import { parseResponse } from '../../tests/fuzz/sendRaw'
import type { AbuseLog } from './abuseRecord'

const BYTE_INTERVAL_MS = 2000
/** The server's total body time (30 s) plus room for a busy server. */
const ANSWER_WITHIN_MS = 40_000
/** After this the attempt is given up and counts as unanswered. */
const GIVE_UP_MS = 60_000

const TARGETS = [
  {
    path: '/api/networks?depth=0',
    body: JSON.stringify({ district: 1, name: 'Langsames Netzwerk', summary: 'x'.repeat(200) }),
  },
  {
    path: '/api/users/login',
    body: JSON.stringify({ email: 'langsam@soak.example.org', password: 'x'.repeat(200) }),
  },
]

/** One slow request; resolves when it is answered, the connection ends, or after GIVE_UP_MS. */
const slowRequest = (
  host: string,
  port: number,
  address: string,
  target: (typeof TARGETS)[number],
  log: AbuseLog,
) =>
  new Promise<void>((resolve) => {
    const started = performance.now()
    const chunks: Buffer[] = []
    const body = Buffer.from(target.body)
    let sent = 0
    let done = false
    const socket = net.connect({ host, port })
    const finish = (status: number, result: string, answerOk: boolean) => {
      if (done) return
      done = true
      clearInterval(drip)
      clearTimeout(giveUp)
      socket.destroy()
      const ms = Math.round(performance.now() - started)
      log.add({
        kind: 'slow-body',
        variant: `POST ${target.path}`,
        ms,
        status,
        result,
        answerOk,
        inTime: answerOk && ms <= ANSWER_WITHIN_MS,
      })
      resolve()
    }
    const check = (closed: boolean) => {
      const answer = parseResponse(Buffer.concat(chunks), closed, 'POST')
      if (answer)
        return finish(answer.status, `answered after ${sent} of ${body.length} bytes`, answer.status === 408)
      if (closed) finish(0, `closed without an answer after ${sent} bytes`, false)
    }
    socket.on('connect', () =>
      socket.write(
        `POST ${target.path} HTTP/1.1\r\nHost: ${host}:${port}\r\nX-Forwarded-For: ${address}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      ),
    )
    const drip = setInterval(() => {
      if (sent < body.length && socket.writable) socket.write(body.subarray(sent, ++sent))
    }, BYTE_INTERVAL_MS)
    const giveUp = setTimeout(() => finish(0, `no answer within ${GIVE_UP_MS / 1000} s`, false), GIVE_UP_MS)
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      check(false)
    })
    socket.on('error', () => check(true))
    socket.on('close', () => check(true))
  })

/**
 * A slow-body client: one slow request to each target at a time, each followed by the next
 * until `stop`; the requests under way then run to their answers (at most GIVE_UP_MS).
 */
export const runSlowBody = async (
  host: string,
  port: number,
  address: string,
  log: AbuseLog,
  stop: AbortSignal,
) => {
  await Promise.all(
    TARGETS.map(async (target) => {
      while (!stop.aborted) await slowRequest(host, port, address, target, log)
    }),
  )
}
