import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/lib/configError'
import { linkCheckFromEnv } from '../../src/lib/linkCheck/linkCheckFromEnv'
import { resolveOptions } from '../../src/plugin/options'

describe('linkCheckFromEnv', () => {
  it('defaults to 4 at once, 10 s per request and no private addresses', () => {
    expect(linkCheckFromEnv({})).toEqual({ concurrency: 4, timeoutMs: 10_000, allowPrivate: false })
    expect(linkCheckFromEnv({ LINK_CHECK_CONCURRENCY: ' ', LINK_CHECK_ALLOW_PRIVATE: '' })).toEqual(
      linkCheckFromEnv({}),
    )
  })

  it('reads the variables', () => {
    expect(
      linkCheckFromEnv({
        LINK_CHECK_CONCURRENCY: '8',
        LINK_CHECK_TIMEOUT_MS: ' 2500 ',
        LINK_CHECK_ALLOW_PRIVATE: 'true',
      }),
    ).toEqual({ concurrency: 8, timeoutMs: 2500, allowPrivate: true })
    for (const on of ['TRUE', '1', 'on']) {
      expect(linkCheckFromEnv({ LINK_CHECK_ALLOW_PRIVATE: on }).allowPrivate).toBe(true)
    }
    for (const off of ['false', '0', 'Off']) {
      expect(linkCheckFromEnv({ LINK_CHECK_ALLOW_PRIVATE: off }).allowPrivate).toBe(false)
    }
  })

  it.each([
    ['LINK_CHECK_CONCURRENCY', '0'],
    ['LINK_CHECK_CONCURRENCY', '33'],
    ['LINK_CHECK_CONCURRENCY', '2.5'],
    ['LINK_CHECK_CONCURRENCY', 'viele'],
    ['LINK_CHECK_TIMEOUT_MS', '0'],
    ['LINK_CHECK_TIMEOUT_MS', '60001'],
    ['LINK_CHECK_TIMEOUT_MS', '-5'],
    ['LINK_CHECK_TIMEOUT_MS', '10s'],
    ['LINK_CHECK_ALLOW_PRIVATE', 'yes please'],
  ])('refuses %s=%s, naming it and the value', (variable, value) => {
    expect(() => linkCheckFromEnv({ [variable]: value })).toThrow(ConfigError)
    expect(() => linkCheckFromEnv({ [variable]: value })).toThrow(new RegExp(`${variable}.*"${value}"`))
  })
})

describe('the linkCheck option of the plugin', () => {
  it('defaults and keeps what is given', () => {
    expect(resolveOptions().linkCheck).toEqual({ concurrency: 4, timeoutMs: 10_000, allowPrivate: false })
    expect(resolveOptions({ linkCheck: { timeoutMs: 500 } }).linkCheck).toEqual({
      concurrency: 4,
      timeoutMs: 500,
      allowPrivate: false,
    })
  })

  it('refuses numbers out of bounds, naming the option', () => {
    expect(() => resolveOptions({ linkCheck: { concurrency: 0 } })).toThrow(/linkCheck: \{ concurrency \}/)
    expect(() => resolveOptions({ linkCheck: { timeoutMs: 1.5 } })).toThrow(/linkCheck: \{ timeoutMs \}/)
  })
})
