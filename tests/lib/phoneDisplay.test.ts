import { describe, expect, it } from 'vitest'

import { phoneForDisplay } from '../../src/lib/phoneDisplay'
import { normalizePhone } from '../../src/lib/validators'

describe('phone numbers in the admin', () => {
  it.each([
    ['+493461402228', '03461 402228'],
    ['+4939340320', '039340 320'],
    ['+4915123456789', '01512 3456789'],
    ['+33123456789', '+33 1 23 45 67 89'],
    ['+905321234567', '+90 532 123 45 67'],
  ])('shows %s as %s', (stored, shown) => {
    expect(phoneForDisplay(stored)).toBe(shown)
  })

  it('shows what it cannot parse as it is', () => {
    for (const value of ['', '03461 40-2228', '+49', 'Zentrale']) expect(phoneForDisplay(value)).toBe(value)
  })

  it('what the admin shows is stored as the same number again', () => {
    for (const stored of ['+493461402228', '+4915123456789', '+33123456789']) {
      expect(normalizePhone(phoneForDisplay(stored))).toBe(stored)
    }
  })
})
