import { SMTPServer } from 'smtp-server'

/** A mail as the listener received it: envelope, decoded headers and the decoded parts. */
export type ReceivedMail = {
  from: string
  to: string[]
  subject: string
  headers: Record<string, string>
  text: string
  html: string
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes headers. */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, _charset, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )

const decodeQuotedPrintable = (value: string) =>
  Buffer.from(
    value
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

const splitHead = (raw: string): [Record<string, string>, string] => {
  const end = raw.indexOf('\r\n\r\n')
  const head = (end < 0 ? raw : raw.slice(0, end)).replace(/\r\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  return [headers, end < 0 ? '' : raw.slice(end + 4)]
}

const decodeBody = (headers: Record<string, string>, body: string) => {
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body)
  return body
}

/** The text and HTML parts of a message: single-part, or multipart (nested) by its boundary. */
const partsOf = (headers: Record<string, string>, body: string): { text: string; html: string } => {
  const type = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    const found = { text: '', html: '' }
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break
      const [partHeaders, partBody] = splitHead(chunk.replace(/^\r\n/, ''))
      const part = partsOf(partHeaders, partBody.replace(/\r\n$/, ''))
      found.text ||= part.text
      found.html ||= part.html
    }
    return found
  }
  const decoded = decodeBody(headers, body)
  return /^text\/html/i.test(type) ? { text: '', html: decoded } : { text: decoded, html: '' }
}

export const parseMail = (raw: string, envelope: { from: string; to: string[] }): ReceivedMail => {
  const [headers, body] = splitHead(raw)
  return {
    ...envelope,
    subject: decodeWords(headers.subject ?? ''),
    headers,
    ...partsOf(headers, body),
  }
}

export type SmtpListener = {
  port: number
  /** Every mail received since the start, oldest first. */
  received: ReceivedMail[]
  /** How long the greeting waits, in ms (0: at once); a slow server when above the client's timeout. */
  greetingDelayMs: number
  /** Resolves with the next mail to `to` (or one already received). */
  next: (to: string, timeoutMs?: number) => Promise<ReceivedMail>
  close: () => Promise<void>
}

/**
 * A real SMTP server (npm smtp-server) on 127.0.0.1: no TLS, no authentication unless `auth`
 * is given (then PLAIN/LOGIN over the plain connection, as a test allows). Keeps what it receives.
 */
export const startSmtpListener = async ({
  port = 0,
  auth,
}: { port?: number; auth?: { user: string; pass: string } } = {}): Promise<SmtpListener> => {
  const received: ReceivedMail[] = []
  const waiting: Array<() => void> = []
  const listener = {} as SmtpListener
  listener.received = received
  listener.greetingDelayMs = 0
  const server = new SMTPServer({
    logger: false,
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    closeTimeout: 100,
    onConnect: (_session, callback) => {
      setTimeout(callback, listener.greetingDelayMs)
    },
    onAuth: (credentials, _session, callback) => {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) {
        callback(null, { user: credentials.username })
      } else callback(new Error('Invalid username or password'))
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push(
          parseMail(Buffer.concat(chunks).toString('utf8'), {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map(({ address }) => address),
          }),
        )
        for (const wake of waiting.splice(0)) wake()
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  listener.port = (server.server.address() as { port: number }).port
  listener.next = (to, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No mail to ${to} within ${timeoutMs} ms`)), timeoutMs)
      const look = () => {
        const mail = received.find((m) => m.to.includes(to))
        if (!mail) return waiting.push(look)
        clearTimeout(timer)
        resolve(mail)
      }
      look()
    })
  listener.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return listener
}
