import { describe, expect, it } from 'vitest'

import { secureCookies } from '../../src/lib/secureCookies'

describe('secureCookies', () => {
  it('marks session cookies Secure in production, behind HTTPS or with SERVER_URL unset', () => {
    expect(secureCookies({ NODE_ENV: 'production' })).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', SERVER_URL: 'https://cms.example.org' })).toBe(true)
  })

  it('leaves them plain where the server is plain http: development, or an http SERVER_URL', () => {
    expect(secureCookies({ NODE_ENV: 'development' })).toBe(false)
    expect(secureCookies({})).toBe(false)
    expect(secureCookies({ NODE_ENV: 'production', SERVER_URL: 'http://intranet.local' })).toBe(false)
  })
})
