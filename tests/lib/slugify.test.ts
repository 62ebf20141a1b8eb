import { describe, expect, it } from 'vitest'

import { slugify } from '../../src/lib/slugify'

describe('slugify', () => {
  it.each([
    ['Halle (Saale)', 'halle-saale'],
    ['Börde', 'boerde'],
    ['Landeshauptstadt Magdeburg', 'landeshauptstadt-magdeburg'],
    ['Straße der Begegnung', 'strasse-der-begegnung'],
    ['ÜBER Ämter', 'ueber-aemter'],
    ['Migrant*innen & Café', 'migrant-innen-cafe'],
    ['  --Netzwerk--  ', 'netzwerk'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })
})
