import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** A request the fake received: which API, its headers and its parsed JSON body. */
export type TranslatorRequest = {
  api: 'deepl' | 'libretranslate'
  path: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
  /** When it arrived (Date.now()). */
  at: number
}

/**
 * How the fake answers:
 * - `translate`: as the API would, `[<target>] <text>` per text (the target lower-case);
 * - `slow`: the same, after `ms` milliseconds;
 * - `status`: that HTTP status with the API's error shape and `message`;
 * - `garbage`: 200 with `body` as it is (not JSON, or JSON of the wrong shape);
 * - `short`: one translation fewer than texts sent.
 */
export type TranslatorBehaviour =
  | { kind: 'translate' }
  | { kind: 'slow'; ms: number }
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'garbage'; body: string }
  | { kind: 'short' }

export type FakeTranslator = {
  url: string
  /** The key it accepts (DeepL's header, LibreTranslate's `api_key`). */
  key: string
  requests: TranslatorRequest[]
  behave: (behaviour: TranslatorBehaviour) => void
  /** Stops listening: connections are refused until `up`. */
  down: () => Promise<void>
  /** Listens again on the same port. */
  up: () => Promise<void>
  close: () => Promise<void>
}

const send = (response: ServerResponse, status: number, body: unknown) => {
  // No kept-alive connections: once `down`, the next request meets a refused connection, not
  // a pooled socket that was closed under it.
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
  response.end(typeof body === 'string' ? body : JSON.stringify(body))
}

/**
 * A local stand-in for DeepL (`POST /v2/translate`) and LibreTranslate (`POST /translate`) on a
 * real port: it checks the key as each API does (403 otherwise), answers as told and records
 * every request.
 */
export const startFakeTranslator = async (key = 'fake-key-123:fx'): Promise<FakeTranslator> => {
  const requests: TranslatorRequest[] = []
  let behaviour: TranslatorBehaviour = { kind: 'translate' }
  const timers = new Set<NodeJS.Timeout>()
  const sockets = new Set<Socket>()

  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
      const api = path === '/v2/translate' ? 'deepl' : path === '/translate' ? 'libretranslate' : null
      let body: Record<string, unknown> = {}
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
      } catch {
        // Recorded as empty; the answer below says what is missing.
      }
      if (!api || request.method !== 'POST') return send(response, 404, { message: 'Not found' })
      requests.push({ api, path, headers: request.headers, body, at: Date.now() })
      const error = (status: number, message: string) =>
        send(response, status, api === 'deepl' ? { message } : { error: message })

      const authorized =
        api === 'deepl' ? request.headers.authorization === `DeepL-Auth-Key ${key}` : body.api_key === key
      if (!authorized) return error(403, 'Authorization failure, check auth_key')
      if (behaviour.kind === 'status') return error(behaviour.status, behaviour.message ?? 'Refused')
      if (behaviour.kind === 'garbage') return send(response, 200, behaviour.body)

      const texts = (api === 'deepl' ? body.text : body.q) as unknown
      const target = String(api === 'deepl' ? body.target_lang : body.target).toLowerCase()
      if (!Array.isArray(texts)) return error(400, 'Parameter missing')
      const translated = texts.map((text) => `[${target}] ${String(text)}`)
      if (behaviour.kind === 'short') translated.pop()
      const answer =
        api === 'deepl'
          ? { translations: translated.map((text) => ({ detected_source_language: 'DE', text })) }
          : { translatedText: translated }
      if (behaviour.kind !== 'slow') return send(response, 200, answer)
      const timer = setTimeout(() => {
        timers.delete(timer)
        if (!response.destroyed) send(response, 200, answer)
      }, behaviour.ms)
      timers.add(timer)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const socket of sockets) socket.destroy()
      if (!server.listening) return resolve()
      server.close(() => resolve())
    })

  await listen(0)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    key,
    requests,
    behave: (next) => {
      behaviour = next
    },
    down: stop,
    up: () => listen(port),
    close: stop,
  }
}
