import type { State } from '../../lib/state'

/**
 * Sachsen-Anhalt: its 14 districts (11 Landkreise, 3 kreisfreie Städte) with their official
 * district keys (Kreisschlüssel, the first five digits of the AGS). The plugin's default state.
 */
export const SACHSEN_ANHALT: State = {
  name: 'Sachsen-Anhalt',
  districts: [
    { slug: 'dessau-rosslau', name: 'Dessau-Roßlau', officialKey: '15001', kind: 'kreisfreie-stadt' },
    { slug: 'halle-saale', name: 'Halle (Saale)', officialKey: '15002', kind: 'kreisfreie-stadt' },
    { slug: 'magdeburg', name: 'Magdeburg', officialKey: '15003', kind: 'landeshauptstadt' },
    {
      slug: 'altmarkkreis-salzwedel',
      name: 'Altmarkkreis Salzwedel',
      officialKey: '15081',
      kind: 'landkreis',
    },
    { slug: 'anhalt-bitterfeld', name: 'Anhalt-Bitterfeld', officialKey: '15082', kind: 'landkreis' },
    { slug: 'boerde', name: 'Börde', officialKey: '15083', kind: 'landkreis' },
    { slug: 'burgenlandkreis', name: 'Burgenlandkreis', officialKey: '15084', kind: 'landkreis' },
    { slug: 'harz', name: 'Harz', officialKey: '15085', kind: 'landkreis' },
    { slug: 'jerichower-land', name: 'Jerichower Land', officialKey: '15086', kind: 'landkreis' },
    { slug: 'mansfeld-suedharz', name: 'Mansfeld-Südharz', officialKey: '15087', kind: 'landkreis' },
    { slug: 'saalekreis', name: 'Saalekreis', officialKey: '15088', kind: 'landkreis' },
    { slug: 'salzlandkreis', name: 'Salzlandkreis', officialKey: '15089', kind: 'landkreis' },
    { slug: 'stendal', name: 'Stendal', officialKey: '15090', kind: 'landkreis' },
    { slug: 'wittenberg', name: 'Wittenberg', officialKey: '15091', kind: 'landkreis' },
  ],
}
