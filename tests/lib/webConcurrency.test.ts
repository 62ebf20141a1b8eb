import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/lib/configError'
import { webConcurrency } from '../../src/lib/webConcurrency'

describe('webConcurrency', () => {
  it('defaults to one worker per core in production and to one elsewhere', () => {
    expect(webConcurrency({ NODE_ENV: 'production' }, 4)).toBe(4)
    expect(webConcurrency({ NODE_ENV: 'production', WEB_CONCURRENCY: '' }, 2)).toBe(2)
    expect(webConcurrency({ NODE_ENV: 'development' }, 4)).toBe(1)
    expect(webConcurrency({}, 4)).toBe(1)
  })

  it('takes a whole number of workers from WEB_CONCURRENCY', () => {
    expect(webConcurrency({ WEB_CONCURRENCY: '3' }, 2)).toBe(3)
    expect(webConcurrency({ NODE_ENV: 'production', WEB_CONCURRENCY: '1' }, 8)).toBe(1)
    expect(webConcurrency({ WEB_CONCURRENCY: ' 2 ' }, 8)).toBe(2)
  })

  it.each(['0', '-1', '1.5', 'two', '2e1', '0x2', '65'])('refuses WEB_CONCURRENCY=%s, naming it', (value) => {
    expect(() => webConcurrency({ WEB_CONCURRENCY: value })).toThrow(ConfigError)
    expect(() => webConcurrency({ WEB_CONCURRENCY: value })).toThrow(
      `WEB_CONCURRENCY must be a whole number of worker processes between 1 and 64, got "${value}".`,
    )
  })
})
