import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Contacts } from '../../collections/Contacts'
import { Networks } from '../../collections/Networks'
import {
  hashOf,
  hasText,
  type Leaf,
  localizedLeaves,
  recordSave,
  statusOf,
  translationFieldsAfterSave,
  valueAt,
  valuesAfterSave,
  valuesOfAll,
} from '../../src/lib/translationStatus'

const LOCALES = ['de', 'en', 'ar']

/** A rich text (Lexical JSON) with one paragraph. */
const prose = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

const FIELDS: Field[] = [
  { name: 'name', type: 'text', localized: true },
  { name: 'count', type: 'number' },
  {
    type: 'tabs',
    tabs: [
      { label: 'Profil', fields: [{ name: 'description', type: 'richText', localized: true }] },
      { name: 'extra', fields: [{ name: 'motto', type: 'text', localized: true }] },
    ],
  },
  { type: 'row', fields: [{ name: 'carrier', type: 'text', localized: true }] },
  { type: 'collapsible', label: 'Mehr', fields: [{ name: 'funding', type: 'text', localized: true }] },
  {
    name: 'phones',
    type: 'array',
    fields: [
      { name: 'number', type: 'text' },
      { name: 'label', type: 'text', localized: true },
    ],
  },
  {
    name: 'officeHours',
    type: 'group',
    fields: [
      { name: 'byAppointmentOnly', type: 'checkbox' },
      { name: 'note', type: 'text', localized: true },
    ],
  },
  // Translated as a whole: its rows are one leaf.
  {
    name: 'links',
    type: 'array',
    localized: true,
    fields: [{ name: 'title', type: 'text', localized: true }],
  },
]

const leaves = localizedLeaves(FIELDS)
const leaf = (path: string): Leaf => leaves.find((candidate) => candidate.path === path)!

describe('localizedLeaves', () => {
  it('finds every localized field with its dotted path, rows collapsed', () => {
    expect(leaves.map(({ path }) => path)).toEqual([
      'name',
      'description',
      'extra.motto',
      'carrier',
      'funding',
      'phones.label',
      'officeHours.note',
      'links',
    ])
    expect(leaf('phones.label').steps).toEqual([
      { name: 'phones', list: true },
      { name: 'label', list: false },
    ])
    expect(leaf('officeHours.note').steps).toEqual([
      { name: 'officeHours', list: false },
      { name: 'note', list: false },
    ])
  })

  it('finds the leaves of the real collections', () => {
    expect(localizedLeaves(Networks.fields).map(({ path }) => path)).toEqual(
      expect.arrayContaining(['name', 'summary', 'description', 'history', 'alliances.name']),
    )
    expect(localizedLeaves(Contacts.fields).map(({ path }) => path)).toEqual(
      expect.arrayContaining(['name', 'phones.label', 'officeHours.note', 'responsibilities.text']),
    )
  })
})

describe('values per locale', () => {
  const all = {
    name: { de: 'Netz', ar: 'شبكة' },
    description: { de: prose('Text') },
    extra: { motto: { de: 'Motto', en: 'Motto' } },
    phones: [
      { id: 'a', number: '+49', label: { de: 'Zentrale', en: 'Switchboard' } },
      { id: 'b', number: '+48', label: { de: 'Fax' } },
    ],
    officeHours: { note: { de: 'nach Vereinbarung' } },
    links: { de: [{ id: 'x', title: 'Plan' }] },
  }

  it('reads a document read with locale all, and one in a single locale', () => {
    expect(valueAt(all, leaf('name').steps, 'ar')).toBe('شبكة')
    expect(valueAt(all, leaf('phones.label').steps, 'en')).toEqual(['Switchboard', undefined])
    expect(valueAt(all, leaf('officeHours.note').steps, 'de')).toBe('nach Vereinbarung')
    expect(valueAt(all, leaf('links').steps, 'de')).toEqual([{ id: 'x', title: 'Plan' }])
    expect(valueAt({ phones: [{ label: 'Fax' }] }, leaf('phones.label').steps)).toEqual(['Fax'])
    expect(valuesOfAll(all, [leaf('extra.motto')], LOCALES)).toEqual({
      'extra.motto': { de: 'Motto', en: 'Motto', ar: undefined },
    })
  })

  it('overlays the saved locale: missing keys keep what was stored, rows keep other locales by id', () => {
    const data = {
      name: 'Netzwerk neu',
      phones: [
        { id: 'b', number: '+48', label: 'Telefax' },
        { number: '+47', label: 'Neu' },
      ],
    }
    const values = valuesAfterSave(all, data, 'de', leaves, LOCALES)
    expect(values.name).toEqual({ de: 'Netzwerk neu', en: undefined, ar: 'شبكة' })
    expect(values['extra.motto']).toEqual({ de: 'Motto', en: 'Motto', ar: undefined })
    // Row a is gone, row b kept its (missing) English, the new row has only German.
    expect(values['phones.label']).toEqual({
      de: ['Telefax', 'Neu'],
      en: [undefined, undefined],
      ar: [undefined, undefined],
    })
  })

  it('in an `all` save, writes data only where nothing was stored (as Payload 3.90 does)', () => {
    const data = { name: { de: 'Neu', en: 'Network' }, officeHours: { note: { en: 'by appointment' } } }
    const values = valuesAfterSave(all, data, 'all', [leaf('name'), leaf('officeHours.note')], LOCALES)
    expect(values.name).toEqual({ de: 'Netz', en: undefined, ar: 'شبكة' })
    expect(values['officeHours.note']).toEqual({ de: 'nach Vereinbarung', en: undefined, ar: undefined })
    const created = valuesAfterSave({}, data, 'all', [leaf('name')], LOCALES)
    expect(created.name).toEqual({ de: 'Neu', en: 'Network', ar: undefined })
  })
})

describe('hasText', () => {
  it.each([
    ['a word', 'Netz', true],
    ['blanks', '  \n', false],
    ['null', null, false],
    ['a number', 7, false],
    ['rich text with text', prose('Hallo'), true],
    ['rich text without text', prose('  '), false],
    ['a list with text', [undefined, 'Fax'], true],
    ['a list without', [undefined, ''], false],
    ['rows with text', [{ id: 'abc', title: 'Plan' }], true],
    ['rows with ids only', [{ id: 'abc', title: '' }], false],
  ])('%s', (_, value, expected) => {
    expect(hasText(value)).toBe(expected)
  })
})

describe('hashOf', () => {
  it('is short and stable: key order and row ids do not matter, text does', () => {
    expect(hashOf('Netz')).toMatch(/^[0-9a-f]{16}$/)
    expect(hashOf({ a: 1, b: [2, 3] })).toBe(hashOf({ b: [2, 3], a: 1 }))
    expect(hashOf([{ id: 'x', title: 'Plan' }])).toBe(hashOf([{ title: 'Plan' }]))
    expect(hashOf(prose('Text'))).not.toBe(hashOf(prose('Text.')))
    expect(hashOf(undefined)).toBe(hashOf(null))
  })
})

describe('statusOf', () => {
  const values = {
    name: { de: 'Netz', en: 'Network', ar: 'شبكة' },
    description: { de: prose('Text'), en: prose('Text'), ar: null },
    carrier: { de: '', en: 'Carrier', ar: '' },
  }

  it('missing without text, current with the German hash recorded, outdated otherwise', () => {
    const sources = {
      en: { name: hashOf('Netz'), description: hashOf(prose('Alter Text')) },
      ar: { name: hashOf('Netz') },
    }
    expect(statusOf(values, sources, LOCALES, 'de')).toEqual({
      translationStatus: {
        en: { status: 'outdated', fields: { name: 'current', description: 'outdated' } },
        ar: { status: 'missing', fields: { name: 'current', description: 'missing' } },
      },
      translationsOutdated: ['en'],
      translationsMissing: ['ar'],
    })
  })

  it('current when every leaf with German text is; no German text, no leaf', () => {
    const sources = { en: { name: hashOf('Netz'), description: hashOf(prose('Text')) } }
    const { translationStatus, translationsOutdated, translationsMissing } = statusOf(
      { name: values.name, description: values.description, carrier: values.carrier },
      sources,
      ['de', 'en'],
      'de',
    )
    expect(translationStatus).toEqual({
      en: { status: 'current', fields: { name: 'current', description: 'current' } },
    })
    expect([translationsOutdated, translationsMissing]).toEqual([[], []])
  })

  it('lists the machine-filled leaves that have text', () => {
    const sources = { ar: { name: hashOf('Netz') }, machine: { ar: ['name', 'description'] } }
    expect(statusOf(values, sources, LOCALES, 'de').translationStatus.ar).toEqual({
      status: 'missing',
      fields: { name: 'current', description: 'missing' },
      machine: ['name'],
    })
  })
})

describe('recordSave', () => {
  const values = {
    name: { de: 'Netz', ar: 'شبكة' },
    summary: { de: 'Kurz', ar: '' },
  }

  it('records the German hash for the saved leaves with text and drops emptied ones', () => {
    const before = { ar: { summary: 'old', history: 'kept' }, en: { name: 'kept' } }
    expect(recordSave(before, values, { ar: ['name', 'summary'] }, 'de')).toEqual({
      ar: { name: hashOf('Netz'), history: 'kept' },
      en: { name: 'kept' },
    })
  })

  it('records nothing when German is saved', () => {
    const before = { ar: { name: 'old' }, machine: { ar: ['name'] } }
    expect(recordSave(before, values, {}, 'de')).toEqual(before)
  })

  it('sets the machine marks of a machine save and clears them on a person’s save', () => {
    const machine = recordSave({}, values, { ar: ['name', 'summary'] }, 'de', ['name', 'summary'])
    expect(machine.machine).toEqual({ ar: ['name'] })
    expect(recordSave(machine, values, { ar: ['name'] }, 'de').machine).toBeUndefined()
    // A save in Arabic that carried no translated field (e.g. only the status) keeps them.
    expect(recordSave(machine, values, { ar: [] }, 'de').machine).toEqual({ ar: ['name'] })
  })
})

describe('translationFieldsAfterSave', () => {
  const fields = localizedLeaves([
    { name: 'name', type: 'text', localized: true },
    { name: 'summary', type: 'textarea', localized: true },
  ])
  const save = (stored: unknown, data: unknown, locale: string, machine?: string[]) =>
    translationFieldsAfterSave({
      stored,
      data,
      locale,
      leaves: fields,
      locales: LOCALES,
      source: 'de',
      machine,
    })
  /** The stored document after a save: what Payload merges, with the fields the hook wrote. */
  const apply = (stored: Record<string, unknown>, data: Record<string, unknown>, locale: string) => {
    const next: Record<string, unknown> = { ...stored, ...save(stored, data, locale) }
    for (const key of ['name', 'summary'] as const) {
      if (key in data) next[key] = { ...(stored[key] as object), [locale]: data[key] }
    }
    return next
  }

  it('German, then a translation, then German changed, then the translation again', () => {
    let doc = apply({}, { name: 'Netz', summary: 'Kurz' }, 'de')
    expect(doc.translationsMissing).toEqual(['en', 'ar'])
    doc = apply(doc, { name: 'شبكة', summary: 'قصير' }, 'ar')
    expect((doc.translationStatus as Record<string, unknown>).ar).toEqual({
      status: 'current',
      fields: { name: 'current', summary: 'current' },
    })
    doc = apply(doc, { summary: 'Kürzer' }, 'de')
    expect((doc.translationStatus as Record<string, unknown>).ar).toEqual({
      status: 'outdated',
      fields: { name: 'current', summary: 'outdated' },
    })
    expect(doc.translationsOutdated).toEqual(['ar'])
    doc = apply(doc, { summary: 'قصير' }, 'ar')
    expect(doc.translationsOutdated).toEqual([])
    expect(doc.translationsMissing).toEqual(['en'])
  })

  it('ignores the server-owned fields a client sends', () => {
    const forged = {
      name: 'Netz',
      translationSources: { ar: { name: hashOf('Netz') } },
      translationStatus: { ar: { status: 'current', fields: {} } },
    }
    const result = save({}, forged, 'de')
    expect(result.translationSources).toEqual({})
    expect(result.translationStatus.ar).toEqual({ status: 'missing', fields: { name: 'missing' } })
  })

  it('records a translation of an `all` save only where it was written', () => {
    const data = { name: { de: 'Netz', en: 'Network', ar: 'شبكة' } }
    const created = save({}, data, 'all')
    expect(created.translationStatus.en).toEqual({ status: 'current', fields: { name: 'current' } })
    // Stored values win over an `all` save's: nothing new is recorded, English stays missing.
    const stored = { name: { de: 'Netz' }, translationSources: {} }
    expect(save(stored, data, 'all').translationStatus.en).toEqual({
      status: 'missing',
      fields: { name: 'missing' },
    })
  })

  it('keeps the machine marks only for the locale saved with them', () => {
    const stored = { name: { de: 'Netz' }, translationSources: {} }
    const result = save(stored, { name: 'شبكة' }, 'ar', ['name'])
    expect(result.translationSources.machine).toEqual({ ar: ['name'] })
    expect(result.translationStatus.ar).toMatchObject({ status: 'current', machine: ['name'] })
  })
})
