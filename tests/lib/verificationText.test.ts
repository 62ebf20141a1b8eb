import { describe, expect, it } from 'vitest'

import { verifiedLine, verifierName } from '../../src/components/verificationText'
import { formatDateTime } from '../../src/lib/formatDateTime'

/** What the "geprüft" panel in the admin says (src/components/VerifyButton.tsx). */
describe('verification panel', () => {
  it('shows the last check in Berlin time, with who made it', () => {
    // 09:47 UTC is 10:47 in Berlin in winter, 11:47 in summer.
    expect(verifiedLine('de', '2026-11-30T09:47:00.000Z', 'Anna Schmidt')).toBe(
      'Zuletzt geprüft: 30.11.2026, 10:47 von Anna Schmidt',
    )
    expect(verifiedLine('en', '2026-07-01T09:47:00.000Z', 'Anna Schmidt')).toBe(
      'Last verified: 01.07.2026, 11:47 by Anna Schmidt',
    )
    // A deleted account: the date alone.
    expect(verifiedLine('de', '2026-11-30T09:47:00.000Z', null)).toBe('Zuletzt geprüft: 30.11.2026, 10:47')
    expect(verifiedLine('de', null, null)).toBe('Noch nicht als geprüft markiert.')
    expect(verifiedLine('en', undefined, 'Anna')).toBe('Not verified yet.')
    // Around midnight the Berlin date is the next day.
    expect(formatDateTime('2026-12-31T23:30:00.000Z')).toBe('01.01.2027, 00:30')
  })

  it('names the verifier the server looked up, or the user after their own check', () => {
    const known = { id: 7, name: 'Anna Schmidt' }
    const me = { id: 9, name: '', email: 'ich@example.org' }
    expect(verifierName(7, known, me)).toBe('Anna Schmidt')
    expect(verifierName({ id: 7 }, known, me)).toBe('Anna Schmidt')
    expect(verifierName(9, known, me)).toBe('ich@example.org')
    expect(verifierName(8, known, me)).toBeNull()
    expect(verifierName(null, known, me)).toBeNull()
  })
})
