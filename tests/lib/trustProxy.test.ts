import { describe, expect, it } from 'vitest'

import { trustProxy } from '../../src/lib/trustProxy'

describe('trustProxy', () => {
  it.each([
    [undefined, 'loopback'],
    ['1', 1],
    ['true', true],
    ['false', false],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('TRUST_PROXY=%s → %s', (value, expected) => {
    expect(trustProxy({ TRUST_PROXY: value })).toBe(expected)
  })
})
