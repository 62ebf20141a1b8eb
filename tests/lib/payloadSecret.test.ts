import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/lib/configError'
import { MIN_SECRET_LENGTH, resolvePayloadSecret } from '../../src/lib/payloadSecret'

const dirs: string[] = []
const tempDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-secret-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

describe('resolvePayloadSecret', () => {
  it('refuses a missing secret in production with a readable message', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', DATA_DIR: tempDataDir() })).toThrow(
      ConfigError,
    )
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('refuses a short secret in production', () => {
    const short = 'x'.repeat(MIN_SECRET_LENGTH - 1)
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: short })).toThrow(
      /too short: it has 31 characters/,
    )
  })

  it('accepts a long secret in production', () => {
    const secret = 'y'.repeat(MIN_SECRET_LENGTH)
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toBe(secret)
  })

  it('lets `next build` evaluate the config without a secret', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeTypeOf(
      'string',
    )
  })

  it('generates a development secret once and keeps it under the data directory', () => {
    const dataDir = tempDataDir()
    const first = resolvePayloadSecret({ NODE_ENV: 'development', DATA_DIR: dataDir })
    const second = resolvePayloadSecret({ NODE_ENV: 'development', DATA_DIR: dataDir })
    expect(first).toHaveLength(64)
    expect(second).toBe(first)
    const file = path.join(dataDir, 'payload-secret')
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(first)
    expect(fs.statSync(file).mode & 0o077).toBe(0)
  })
})
