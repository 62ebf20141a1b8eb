import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import express from 'express'
import type { Payload } from 'payload'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requestLogger } from '../../src/server/requestLogger'

const lines: Array<{ level: number; status: number }> = []
let url: string
let close: () => void

beforeAll(async () => {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  const logger = pino({ level: 'debug' }, destination)
  const app = express()
  app.use(requestLogger({ logger } as unknown as Payload))
  app.get('/busy', (_req, res) => void res.status(503).set('Retry-After', '1').end())
  app.get('/broken', (_req, res) => void res.status(500).end())
  app.get('/missing', (_req, res) => void res.status(404).end())
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => close())

const levelOf = async (path: string, status: number) => {
  expect((await fetch(`${url}${path}`)).status).toBe(status)
  await new Promise((resolve) => setTimeout(resolve, 20))
  return lines.findLast((line) => line.status === status)?.level
}

describe('the request log', () => {
  it('logs a refusal for lack of capacity as a warning, real server errors as errors', async () => {
    expect(await levelOf('/busy', 503)).toBe(pino.levels.values.warn)
    expect(await levelOf('/broken', 500)).toBe(pino.levels.values.error)
    expect(await levelOf('/missing', 404)).toBe(pino.levels.values.info)
  })
})
