import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/lib/configError'
import { corsOrigins } from '../../src/lib/corsOrigins'
import { databasePush } from '../../src/lib/databasePush'
import { logLevel } from '../../src/lib/logLevel'
import { httpPort } from '../../src/lib/port'
import { redactUrl } from '../../src/lib/redactUrl'
import { maxUploadBytes } from '../../src/lib/uploadLimits'

describe('configuration from the environment', () => {
  it('reads CORS_ORIGINS as a list of origins and rejects anything else by name', () => {
    expect(corsOrigins({})).toEqual([])
    expect(corsOrigins({ CORS_ORIGINS: 'https://a.example.org, http://localhost:4321/' })).toEqual([
      'https://a.example.org',
      'http://localhost:4321',
    ])
    expect(() => corsOrigins({ CORS_ORIGINS: 'https://a.example.org/path' })).toThrow(ConfigError)
    expect(() => corsOrigins({ CORS_ORIGINS: 'ftp://a.example.org' })).toThrow(/CORS_ORIGINS contains/)
  })

  it('reads PORT, defaulting to 3000, and rejects nonsense', () => {
    expect(httpPort({})).toBe(3000)
    expect(httpPort({ PORT: '8080' })).toBe(8080)
    expect(() => httpPort({ PORT: 'achtzig' })).toThrow(/PORT must be a port number/)
  })

  it('reads LOG_LEVEL, defaulting to info', () => {
    expect(logLevel({})).toBe('info')
    expect(logLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug')
    expect(() => logLevel({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/)
  })

  it('reads MAX_UPLOAD_MB, defaulting to 20 MB', () => {
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024)
    expect(maxUploadBytes({ MAX_UPLOAD_MB: '5' })).toBe(5 * 1024 * 1024)
    expect(() => maxUploadBytes({ MAX_UPLOAD_MB: '-1' })).toThrow(/MAX_UPLOAD_MB/)
  })

  it('never pushes schema changes in production, only on request in development', () => {
    expect(databasePush({ NODE_ENV: 'production', DATABASE_PUSH: 'true' })).toBe(false)
    expect(databasePush({ NODE_ENV: 'development' })).toBe(false)
    expect(databasePush({ NODE_ENV: 'development', DATABASE_PUSH: 'true' })).toBe(true)
  })

  it('keeps passwords out of logged connection URLs', () => {
    expect(redactUrl('postgres://cms:geheim@db:5432/cms')).toBe('postgres://cms:***@db:5432/cms')
    expect(redactUrl('postgres://db/cms')).toBe('postgres://db/cms')
    expect(redactUrl('kein url')).toBe('(unparseable connection URL)')
  })
})
