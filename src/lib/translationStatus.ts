import { createHash } from 'node:crypto'

import type { Leaf, LeafStep } from './localizedLeaves'

export { type Leaf, localizedLeaves } from './localizedLeaves'

export const TRANSLATION_STATES = ['missing', 'outdated', 'current'] as const

/**
 * Where a server-side caller (the machine translation, src/endpoints/machineTranslate.ts) puts the
 * leaf paths it filled in `req.context`, for collections/hooks/trackTranslationStatus.ts to mark.
 */
export const MACHINE_TRANSLATED = 'machineTranslated'
export type TranslationState = (typeof TRANSLATION_STATES)[number]

/**
 * What the server stores in `translationStatus` and answers with (a contract with the
 * machine translation, the tasks and the admin): per locale other than German its summary,
 * per leaf path with German text its state, and the leaves a machine filled that no person
 * has saved since.
 */
export type LocaleStatus = {
  status: TranslationState
  fields: Record<string, TranslationState>
  machine?: string[]
}
export type TranslationStatus = Record<string, LocaleStatus>

/**
 * What the server keeps in the hidden `translationSources`: per locale and leaf path, the hash
 * of the German value when that locale's text was last saved; under `machine`, per locale, the
 * leaf paths a machine filled.
 */
export type TranslationSources = {
  [locale: string]: Record<string, string | string[]> | undefined
  machine?: Record<string, string[]>
}

/** The four server-owned fields, as written on every save. */
export type TranslationFields = {
  translationStatus: TranslationStatus
  translationSources: TranslationSources
  translationsOutdated: string[]
  translationsMissing: string[]
}

/** Per leaf path, its value per locale. */
export type LeafValues = Record<string, Record<string, unknown>>

type Doc = Record<string, unknown>

export const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A leaf's value in a document: inside arrays, the list of the rows' values. With `locale`, the
 * document was read with `locale: 'all'` (values per locale sit at the localized field, also
 * inside rows); without, it holds one locale's values directly (a document read in one locale,
 * or the data of a save).
 */
export const valueAt = (doc: unknown, steps: readonly LeafStep[], locale?: string): unknown => {
  const [step, ...rest] = steps
  if (!step || !isObject(doc)) return undefined
  const value = doc[step.name]
  if (!rest.length) return locale === undefined ? value : isObject(value) ? value[locale] : undefined
  if (step.list) return Array.isArray(value) ? value.map((row) => valueAt(row, rest, locale)) : undefined
  return valueAt(value, rest, locale)
}

/** Every leaf's value per locale, from a document read with `locale: 'all'`. */
export const valuesOfAll = (doc: unknown, leaves: readonly Leaf[], locales: readonly string[]): LeafValues =>
  Object.fromEntries(
    leaves.map(({ path, steps }) => [
      path,
      Object.fromEntries(locales.map((locale) => [locale, valueAt(doc, steps, locale)])),
    ]),
  )

/**
 * What Payload stores along one leaf's steps when `data` is saved in `locale` over `stored`
 * (read with `locale: 'all'`), in the `all` form: a field missing from `data` keeps what was
 * stored; a row keeps the other locales' values of the stored row with the same id (a new
 * row has none); at the localized field, the saved locale's value replaces the stored one.
 * In an `all` save `data` holds every locale's value, but Payload 3.90 takes each locale from
 * what is stored (its merge matches no locale to `all`): `data` is written only where nothing
 * was stored.
 */
const mergeAlong = (stored: unknown, data: unknown, steps: readonly LeafStep[], locale: string): unknown => {
  const [step, ...rest] = steps
  if (!step) return undefined
  const before = isObject(stored) ? stored[step.name] : undefined
  if (!isObject(data) || !(step.name in data)) return before
  const incoming = data[step.name]
  if (!rest.length) {
    const others = isObject(before) ? before : {}
    if (locale !== 'all') return { ...others, [locale]: incoming }
    return Object.keys(others).length ? others : incoming
  }
  const next = rest[0]!.name
  if (!step.list) return { [next]: mergeAlong(before, incoming, rest, locale) }
  if (!Array.isArray(incoming)) return incoming
  const rows = Array.isArray(before) ? before : []
  return incoming.map((row) => {
    const id = isObject(row) ? row.id : undefined
    const match = id === undefined ? undefined : rows.find((old) => isObject(old) && old.id === id)
    return { [next]: mergeAlong(match, row, rest, locale) }
  })
}

/**
 * Every leaf's value per locale after `data` is saved in `locale` over `stored` (read with
 * `locale: 'all'`; `{}` for a new document). `data` may be partial.
 */
export const valuesAfterSave = (
  stored: unknown,
  data: unknown,
  locale: string,
  leaves: readonly Leaf[],
  locales: readonly string[],
): LeafValues =>
  Object.fromEntries(
    leaves.map(({ path, steps }) => {
      const merged = { [steps[0]!.name]: mergeAlong(stored, data, steps, locale) }
      return [path, Object.fromEntries(locales.map((code) => [code, valueAt(merged, steps, code)]))]
    }),
  )

const hasLexicalText = (node: unknown): boolean =>
  isObject(node) &&
  ((typeof node.text === 'string' && node.text.trim() !== '') ||
    (Array.isArray(node.children) && node.children.some(hasLexicalText)))

/**
 * Whether a value holds text: a non-empty trimmed string, a rich text (Lexical JSON) with a
 * non-empty text node, or a list or object holding such (row ids are not text; a rich text's
 * node types and formats are not either).
 */
export const hasText = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(hasText)
  if (!isObject(value)) return false
  if (isObject(value.root)) return hasLexicalText(value.root)
  return Object.entries(value).some(([key, item]) => key !== 'id' && hasText(item))
}

/**
 * Keys sorted, ids left out: a row's or a node's id names where it is stored, not what it
 * says (a row gets its id only when Payload stores it).
 */
const stable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stable)
  if (!isObject(value)) return value ?? null
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, stable(value[key])]),
  )
}

/** A short stable hash of a value: the first 16 hex digits of the SHA-256 of its stable JSON. */
export const hashOf = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(stable(value)))
    .digest('hex')
    .slice(0, 16)

/** The hashes recorded for a locale (whatever else a stored value holds is dropped). */
const hashesOf = (sources: unknown, locale: string): Record<string, string> => {
  const recorded = isObject(sources) ? sources[locale] : undefined
  if (!isObject(recorded)) return {}
  return Object.fromEntries(
    Object.entries(recorded).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

/** The leaf paths recorded as machine-filled for a locale. */
const machineOf = (sources: unknown, locale: string): string[] => {
  const machine = isObject(sources) && isObject(sources.machine) ? sources.machine[locale] : undefined
  return Array.isArray(machine) ? machine.filter((path): path is string => typeof path === 'string') : []
}

/**
 * The status per locale other than `source` and leaf whose German value has text: `missing`
 * (no text in that locale), `current` (the German hash recorded when the locale was last
 * saved is the current one) or `outdated`; per locale `outdated` if any leaf is, else
 * `missing` if any leaf is, else `current`. With the two lists the selects hold.
 */
export const statusOf = (
  values: LeafValues,
  sources: unknown,
  locales: readonly string[],
  source: string,
): Omit<TranslationFields, 'translationSources'> => {
  const translationStatus: TranslationStatus = {}
  const germanHashes = new Map<string, string>()
  for (const [path, perLocale] of Object.entries(values)) {
    if (hasText(perLocale[source])) germanHashes.set(path, hashOf(perLocale[source]))
  }
  for (const locale of locales) {
    if (locale === source) continue
    const recorded = hashesOf(sources, locale)
    const fields: Record<string, TranslationState> = {}
    for (const [path, german] of germanHashes) {
      fields[path] = !hasText(values[path]?.[locale])
        ? 'missing'
        : recorded[path] === german
          ? 'current'
          : 'outdated'
    }
    const states = Object.values(fields)
    const status: TranslationState = states.includes('outdated')
      ? 'outdated'
      : states.includes('missing')
        ? 'missing'
        : 'current'
    const machine = machineOf(sources, locale).filter((path) => fields[path] && fields[path] !== 'missing')
    translationStatus[locale] = { status, fields, ...(machine.length ? { machine } : {}) }
  }
  const having = (state: TranslationState) =>
    Object.entries(translationStatus)
      .filter(([, { status }]) => status === state)
      .map(([locale]) => locale)
  return {
    translationStatus,
    translationsOutdated: having('outdated'),
    translationsMissing: having('missing'),
  }
}

/**
 * The sources after a save of `locale`: for each leaf saved in a translated locale, the hash
 * of the German value it now stands beside (dropped where its text was emptied); the machine
 * marks of that locale are `machine` when a machine filled it, else cleared (a person saved
 * the translation: they saw it). Saving German records nothing: a translation whose German
 * changed is then outdated by comparison.
 */
export const recordSave = (
  sources: unknown,
  values: LeafValues,
  saved: Record<string, readonly string[]>,
  source: string,
  machine?: readonly string[],
): TranslationSources => {
  const next: TranslationSources = {}
  const marks: Record<string, string[]> = {}
  const locales = new Set([
    ...Object.keys(isObject(sources) ? sources : {}).filter((key) => key !== 'machine'),
    ...Object.keys(isObject(sources) && isObject(sources.machine) ? sources.machine : {}),
    ...Object.keys(saved),
  ])
  for (const locale of locales) {
    if (locale === source) continue
    const hashes = hashesOf(sources, locale)
    let mark = machineOf(sources, locale)
    const paths = saved[locale] ?? []
    for (const path of paths) {
      if (hasText(values[path]?.[locale])) hashes[path] = hashOf(values[path]?.[source])
      else delete hashes[path]
    }
    if (paths.length) mark = (machine ?? []).filter((path) => hasText(values[path]?.[locale]))
    if (Object.keys(hashes).length) next[locale] = hashes
    if (mark.length) marks[locale] = mark
  }
  if (Object.keys(marks).length) next.machine = marks
  return next
}

/**
 * The leaves a save wrote per translated locale: those whose top-level field `data` holds; in
 * an `all` save, those of them whose value of that locale in `data` is what will be stored
 * (`values`, see `valuesAfterSave`).
 */
export const savedLeaves = (
  data: unknown,
  locale: string,
  leaves: readonly Leaf[],
  locales: readonly string[],
  source: string,
  values: LeafValues,
): Record<string, string[]> => {
  const present = leaves.filter(({ steps }) => isObject(data) && steps[0]!.name in data)
  const defined = (value: unknown): boolean =>
    Array.isArray(value) ? value.some(defined) : value !== undefined
  const written = ({ path, steps }: Leaf, target: string) => {
    const sent = valueAt(data, steps, target)
    return defined(sent) && hashOf(sent) === hashOf(values[path]?.[target])
  }
  const targets =
    locale === 'all' ? locales.filter((code) => code !== source) : locale === source ? [] : [locale]
  return Object.fromEntries(
    targets.map((target) => [
      target,
      present.filter((leaf) => locale !== 'all' || written(leaf, target)).map(({ path }) => path),
    ]),
  )
}

/**
 * The server-owned translation fields after `data` is saved in `locale` over `stored` (the
 * latest version read with `locale: 'all'` and hidden fields; `{}` for a new document).
 * `machine`: the leaf paths a machine translation filled in this save.
 */
export const translationFieldsAfterSave = ({
  stored,
  data,
  locale,
  leaves,
  locales,
  source,
  machine,
}: {
  stored: unknown
  data: unknown
  locale: string
  leaves: readonly Leaf[]
  locales: readonly string[]
  source: string
  machine?: readonly string[]
}): TranslationFields => {
  const values = valuesAfterSave(stored, data, locale, leaves, locales)
  const previous = isObject(stored) ? stored.translationSources : undefined
  const saved = savedLeaves(data, locale, leaves, locales, source, values)
  const translationSources = recordSave(
    previous,
    values,
    saved,
    source,
    locale === 'all' ? undefined : machine,
  )
  return { ...statusOf(values, translationSources, locales, source), translationSources }
}
