import type { Field } from 'payload'

import { LOCALES } from '../lib/locales'
import { localizedLeaves } from '../lib/localizedLeaves'
import type { TranslationState } from '../lib/translationStatus'
import { walkFields } from '../lib/walkFields'

export type AdminLanguage = 'de' | 'en'

/** The admin speaks German unless the user chose English. */
export const adminLanguage = (language: string | undefined): AdminLanguage =>
  language === 'en' ? 'en' : 'de'

/** The badges' words, German first. */
export const BADGE_TEXT = {
  de: {
    current: 'aktuell',
    outdated: 'veraltet',
    missing: 'fehlt',
    machine: 'maschinell',
    machineHint: 'Maschinell übersetzt, noch von niemandem gespeichert',
    outdatedFields: 'Veraltet',
    missingFields: 'Fehlt',
    machineFields: 'Maschinell',
    none: 'Wird beim Speichern ermittelt.',
  },
  en: {
    current: 'current',
    outdated: 'outdated',
    missing: 'missing',
    machine: 'machine',
    machineHint: 'Machine-translated, not yet saved by a person',
    outdatedFields: 'Outdated',
    missingFields: 'Missing',
    machineFields: 'Machine',
    none: 'Computed when saved.',
  },
} satisfies Record<AdminLanguage, Record<TranslationState | string, string>>

/** The colours of a state, from Payload's theme (light and dark). */
export const STATE_COLOURS: Record<TranslationState | 'machine', { background: string; color: string }> = {
  current: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  outdated: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  missing: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
  machine: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
}

/** One locale's badge: what the sidebar and the list column show. */
export type Badge = {
  locale: string
  /** The language's own name (العربية), with its direction: shown isolated (`<bdi>`). */
  name: string
  dir: 'ltr' | 'rtl'
  state: TranslationState
  /** "veraltet" / "outdated". */
  text: string
  /** "maschinell" / "machine" when a machine filled fields no person has saved since. */
  machine?: string
  /** Paths of the fields per state, in the order of the form. */
  outdated: string[]
  missing: string[]
  machineFields: string[]
  /** For a tooltip: "العربية: veraltet". */
  title: string
}

const STATES = new Set<string>(['current', 'outdated', 'missing'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The stored value as the admin hands it over: the object, or (in some list cells) its JSON. */
const parse = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return undefined
  }
}

/**
 * The badges of a `translationStatus` value (src/lib/translationStatus.ts), one per locale in
 * the order of the content locales; nothing for a value that is not one (a new document).
 */
export const badgesOf = (value: unknown, language: string | undefined): Badge[] => {
  const status = parse(value)
  if (!isRecord(status)) return []
  const text = BADGE_TEXT[adminLanguage(language)]
  return LOCALES.flatMap((locale): Badge[] => {
    const entry = status[locale.code]
    if (!isRecord(entry) || typeof entry.status !== 'string' || !STATES.has(entry.status)) return []
    const state = entry.status as TranslationState
    const fields = isRecord(entry.fields) ? entry.fields : {}
    const having = (wanted: TranslationState) =>
      Object.entries(fields)
        .filter(([, fieldState]) => fieldState === wanted)
        .map(([path]) => path)
    const machineFields = Array.isArray(entry.machine)
      ? entry.machine.filter((path): path is string => typeof path === 'string')
      : []
    return [
      {
        locale: locale.code,
        name: locale.label,
        dir: 'rtl' in locale && locale.rtl ? 'rtl' : 'ltr',
        state,
        text: text[state],
        ...(machineFields.length ? { machine: text.machine } : {}),
        outdated: having('outdated'),
        missing: having('missing'),
        machineFields,
        title: `${locale.label}: ${text[state]}${machineFields.length ? `, ${text.machine}` : ''}`,
      },
    ]
  })
}

type Label = unknown

/** A field's label in the admin's language ("Kurzbeschreibung"), else its name. */
const labelOf = (label: Label, name: string, language: AdminLanguage): string => {
  if (typeof label === 'string') return label
  if (isRecord(label)) {
    const text = label[language] ?? label.de ?? label.en
    if (typeof text === 'string') return text
  }
  return name
}

/**
 * The names editors know the localized fields by, per leaf path: the labels of the fields on
 * the way, "Telefonnummern › Bezeichnung". Takes the client config's fields (they keep labels,
 * names and `localized`).
 */
export const leafLabels = (
  fields: readonly unknown[],
  language: string | undefined,
): Record<string, string> => {
  const lang = adminLanguage(language)
  const all = walkFields(fields as Field[])
  const byPath = new Map(all.map(({ field, path }) => [path, field]))
  return Object.fromEntries(
    localizedLeaves(fields as Field[]).map(({ path }) => {
      const names = path.split('.')
      const parts = names.map((name, index) => {
        const field = byPath.get(names.slice(0, index + 1).join('.'))
        return labelOf(field && 'label' in field ? field.label : undefined, name, lang)
      })
      return [path, parts.join(' › ')]
    }),
  )
}
