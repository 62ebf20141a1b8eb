import { Writable } from 'node:stream'

import { APIError, ValidationError } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { InputError } from '../../src/lib/inputError'
import { loggerName, payloadLogger } from '../../src/lib/payloadLogger'

/** A logger as Payload builds it from the app's options, writing JSON lines into an array. */
const capture = () => {
  const lines: Array<{ level: number; msg?: string; err?: { stack?: string } }> = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()))
      done()
    },
  })
  const { options } = payloadLogger('info', { NODE_ENV: 'production' })
  return { logger: pino(options, stream), lines }
}

/** PostgreSQL's error for `'abc'::integer`, as drizzle wraps it. */
const dataException = () => Object.assign(new Error('Failed query'), { cause: { code: '22P02' } })

describe('payloadLogger', () => {
  it("logs a client's errors at info with their message, without a stack", () => {
    const { logger, lines } = capture()
    for (const err of [
      new InputError('where[id][equals]', '"x" is not an id.'),
      new APIError('Missing email.', 400),
      new ValidationError({ errors: [{ message: 'required', path: 'name' }] }),
      Object.assign(new Error('limit: -1 is not a whole number'), {
        originalError: new InputError('limit', 'x'),
      }),
      new SyntaxError('Unexpected end of JSON input'),
      dataException(),
    ]) {
      logger.error({ err })
    }
    expect(lines.map(({ level, msg, err }) => ({ level, msg: typeof msg, stack: err?.stack }))).toEqual(
      Array.from({ length: 6 }, () => ({ level: 30, msg: 'string', stack: undefined })),
    )
  })

  it("logs the server's errors at error with their stack", () => {
    const { logger, lines } = capture()
    logger.error({ err: new Error('connection terminated') })
    logger.error({ err: new APIError('Something broke', 500) })
    logger.error('a plain message')
    expect(lines.map(({ level, err }) => ({ level, stack: Boolean(err?.stack) }))).toEqual([
      { level: 50, stack: true },
      { level: 50, stack: true },
      { level: 50, stack: false },
    ])
  })

  it('names the process each line comes from when there are several (WEB_CONCURRENCY)', () => {
    expect(loggerName({})).toBe('cms')
    expect(loggerName({ CMS_WORKER_SLOT: '2', CMS_WORKER_RUNS_JOBS: 'false' })).toBe('cms worker 2')
    expect(loggerName({ CMS_WORKER_PREPARES: 'true' })).toBe('cms prepare')
    expect(payloadLogger('info', { NODE_ENV: 'production', CMS_WORKER_SLOT: '1' }).options.name).toBe(
      'cms worker 1',
    )
  })
})
