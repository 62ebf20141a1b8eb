import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Actors } from '../../collections/Actors'
import { TranslationBadge } from '../../src/components/TranslationBadge'
import { adminLanguage, badgesOf, leafLabels } from '../../src/components/translationBadges'

/** The badges of the sidebar and the list column (src/components/TranslationStatus*.tsx). */
const STATUS = {
  en: { status: 'current', fields: { name: 'current', description: 'current' } },
  ar: {
    status: 'outdated',
    fields: { name: 'current', description: 'outdated', 'phones.label': 'missing' },
    machine: ['name'],
  },
  fa: { status: 'missing', fields: { name: 'missing', description: 'missing' } },
}

describe('badgesOf', () => {
  it('one badge per locale, in the order of the content locales, German words by default', () => {
    const badges = badgesOf(STATUS, undefined)
    expect(badges.map(({ locale, text }) => [locale, text])).toEqual([
      ['en', 'aktuell'],
      ['ar', 'veraltet'],
      ['fa', 'fehlt'],
    ])
    expect(badges[1]).toMatchObject({
      name: 'العربية',
      dir: 'rtl',
      state: 'outdated',
      machine: 'maschinell',
      outdated: ['description'],
      missing: ['phones.label'],
      machineFields: ['name'],
      title: 'العربية: veraltet, maschinell',
    })
    expect(badges[0]).toMatchObject({ name: 'English', dir: 'ltr', outdated: [], missing: [] })
    expect(badges[0]).not.toHaveProperty('machine')
  })

  it('speaks English to an English admin', () => {
    expect(badgesOf(STATUS, 'en').map(({ text, machine }) => [text, machine])).toEqual([
      ['current', undefined],
      ['outdated', 'machine'],
      ['missing', undefined],
    ])
    expect(adminLanguage('fr')).toBe('de')
  })

  it('reads the JSON some list cells hand over, and shows nothing for what is no status', () => {
    expect(badgesOf(JSON.stringify(STATUS), 'de')).toHaveLength(3)
    for (const value of [
      null,
      undefined,
      '',
      '{',
      7,
      [],
      { ar: { status: 'unbekannt' } },
      { xx: STATUS.en },
    ]) {
      expect(badgesOf(value, 'de')).toEqual([])
    }
  })
})

describe('leafLabels', () => {
  it('names the fields by their labels on the way, in the admin’s language', () => {
    expect(leafLabels(Actors.fields, 'de')).toMatchObject({
      name: 'Name',
      description: 'Beschreibung',
      'phones.label': 'Telefonnummern › Bezeichnung',
    })
    expect(leafLabels(Actors.fields, 'en')['phones.label']).toBe('Phone numbers › Label')
  })
})

describe('TranslationBadge', () => {
  it('sets a right-to-left language’s name apart in its own direction', () => {
    const [, arabic] = badgesOf(STATUS, 'de')
    const html = renderToStaticMarkup(createElement(TranslationBadge, { badge: arabic! }))
    expect(html).toContain('<bdi lang="ar" dir="rtl"')
    expect(html).toContain('العربية</bdi>')
    expect(html).toMatch(/data-state="outdated"/)
    expect(html).toContain('>veraltet</span>')
    expect(html).toContain('>maschinell</span>')
    const short = renderToStaticMarkup(createElement(TranslationBadge, { badge: arabic!, short: true }))
    expect(short).toContain('>AR</span>')
    expect(short).toContain('title="العربية: veraltet, maschinell"')
  })
})
