import type { Field } from 'payload'

import { type Leaf, type LeafStep, localizedLeaves } from '../localizedLeaves'
import { hasText, isObject, type TranslationState, valueAt } from '../translationStatus'
import { walkFields } from '../walkFields'

type Doc = Record<string, unknown>

/** The field types whose words a machine translates; everything else is copied or left alone. */
const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])

const isText = (field: Field) => TEXT_TYPES.has(field.type) && !isSlug(field)

/** Slugs are addresses, not words: a translated slug would move the page. */
const isSlug = (field: Field) => 'name' in field && field.name === 'slug'

/** A localized leaf (src/lib/localizedLeaves.ts) a machine may fill, with its field. */
export type TranslatableLeaf = Leaf & { field: Field }

/**
 * The localized leaves a machine translates: text, textarea and rich text fields, and localized
 * arrays and groups holding such (translated as one value). Never slugs, hidden fields or
 * fields of other types (numbers, selects, relations stay as they are in every locale).
 */
export const translatableLeaves = (fields: readonly Field[]): TranslatableLeaf[] => {
  const byPath = new Map(walkFields(fields).map(({ field, path }) => [path, field as Field]))
  return localizedLeaves(fields).flatMap((leaf) => {
    const field = byPath.get(leaf.path)
    if (!field || ('hidden' in field && field.hidden)) return []
    if (isText(field)) return [{ ...leaf, field }]
    const container = field.type === 'array' || field.type === 'group'
    return container &&
      walkFields((field as { fields: Field[] }).fields).some(({ field: inner }) => isText(inner as Field))
      ? [{ ...leaf, field }]
      : []
  })
}

/** One text sent to the provider, and where its translation goes. */
type Slot = { text: string; put: (translation: string) => void }

/**
 * Registers the string at `parent[key]`. Providers trim what they translate; the spaces around
 * a rich text's text node separate it from its neighbours ("ein " + **fettes** + " Wort").
 */
const slot = (parent: Doc | unknown[], key: number | string, slots: Slot[]) => {
  const text = (parent as Doc)[key]
  if (typeof text !== 'string' || !text.trim()) return
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!
  slots.push({
    text: core!,
    put: (translation) => {
      ;(parent as Doc)[key] = `${lead}${translation.trim()}${trail}`
    },
  })
}

/** The text nodes of a rich text (Lexical JSON); formats, links and structure stay. */
const lexicalSlots = (node: unknown, slots: Slot[]) => {
  if (!isObject(node)) return
  if (node.type === 'text') slot(node, 'text', slots)
  if (isObject(node.root)) lexicalSlots(node.root, slots)
  if (Array.isArray(node.children)) for (const child of node.children) lexicalSlots(child, slots)
}

/** Every text of `fields` in `data` (one row or group of a value being translated). */
const fieldSlots = (fields: readonly Field[], data: Doc, slots: Slot[]) => {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') fieldSlots(field.fields, data, slots)
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? data[tab.name] : data
        if (isObject(inner)) fieldSlots(tab.fields, inner, slots)
      }
    } else if ('name' in field && field.name) valueSlots(field, data, field.name, slots)
  }
}

/** Every text of the value at `parent[key]`, by the field that holds it. */
const valueSlots = (field: Field, parent: Doc, key: string, slots: Slot[]) => {
  const value = parent[key]
  if (isSlug(field)) return
  if (field.type === 'text' || field.type === 'textarea') {
    if (Array.isArray(value)) value.forEach((_, index) => slot(value, index, slots))
    else slot(parent, key, slots)
  } else if (field.type === 'richText') lexicalSlots(value, slots)
  else if (field.type === 'array' && Array.isArray(value)) {
    for (const row of value) if (isObject(row)) fieldSlots(field.fields, row, slots)
  } else if (field.type === 'group' && isObject(value)) fieldSlots(field.fields, value, slots)
}

/**
 * A copy of a localized array's or group's German value for another locale: its rows (also
 * those of arrays inside) lose their ids, since each locale stores rows of its own.
 */
const withoutRowIds = (fields: readonly Field[], data: Doc): Doc => {
  const copy: Doc = { ...data }
  for (const { field, path } of walkFields(fields)) {
    if (path.includes('.') || !(path in copy)) continue
    const value = copy[path]
    if (field.type === 'array' && Array.isArray(value)) {
      copy[path] = value.map((row) => {
        if (!isObject(row)) return row
        const { id: _id, ...rest } = row
        return withoutRowIds((field as { fields: Field[] }).fields, rest)
      })
    } else if (field.type === 'group' && isObject(value)) {
      copy[path] = withoutRowIds((field as { fields: Field[] }).fields, value)
    }
  }
  return copy
}

/** The German value of a leaf as the start of the target locale's value. */
const germanCopy = (field: Field, value: unknown): unknown => {
  const copy = structuredClone(value)
  if (field.type !== 'array' && field.type !== 'group') return copy
  // Through a wrapper, so that the container's own rows are handled like nested ones.
  return withoutRowIds([{ ...field, name: 'value' } as Field], { value: copy }).value
}

/**
 * Puts the German value of a leaf into `target` (the target locale's document, being edited)
 * and registers its texts. Along arrays it goes row by row, matching rows by id: rows of a
 * non-localized array are the same in every locale, and their other values stay as read.
 * Where the German value has no text the target keeps its own.
 */
const place = (german: unknown, target: Doc, steps: readonly LeafStep[], field: Field, slots: Slot[]) => {
  const [step, ...rest] = steps
  if (!step || !isObject(german)) return
  const source = german[step.name]
  if (!rest.length) {
    if (!hasText(source)) return
    target[step.name] = germanCopy(field, source)
    valueSlots(field, target, step.name, slots)
    return
  }
  const current = target[step.name]
  if (step.list) {
    if (!Array.isArray(source) || !Array.isArray(current)) return
    current.forEach((row, index) => {
      if (!isObject(row)) return
      const match =
        row.id === undefined
          ? source[index]
          : source.find((candidate) => isObject(candidate) && candidate.id === row.id)
      place(match, row, rest, field, slots)
    })
    return
  }
  if (!isObject(current)) target[step.name] = {}
  place(source, target[step.name] as Doc, rest, field, slots)
}

/**
 * A leaf's state in the target locale: as `translationStatus` records it; for documents saved
 * before the status was kept, `missing` without text there and `current` with (a person's text
 * is never overwritten on a guess).
 */
const stateOf = (leaf: Leaf, status: unknown, target: Doc): TranslationState => {
  const fields = isObject(status) && isObject(status.fields) ? status.fields : {}
  const recorded = fields[leaf.path]
  if (recorded === 'missing' || recorded === 'outdated' || recorded === 'current') return recorded
  return hasText(valueAt(target, leaf.steps)) ? 'current' : 'missing'
}

export type TranslationPlan = {
  /** The texts to send, in order. */
  texts: string[]
  /** The top-level fields to save in the target locale, once `fill` put the translations in. */
  data: Doc
  /** Puts the translations of `texts` (same order) into `data`. */
  fill: (translations: readonly string[]) => void
  /** Leaf paths whose German text is translated. */
  translated: string[]
  /** Leaf paths with German text whose translation is current: left alone. */
  skipped: string[]
}

/**
 * What translating a document into a locale takes: the leaves whose translation is missing or
 * outdated, with their German texts, and the data to save. `german` and `target` are the latest
 * draft read in German and in the target locale (depth 0, no fallback); `status` the target
 * locale's entry of `translationStatus`.
 */
export const planTranslation = ({
  leaves,
  german,
  target,
  status,
}: {
  leaves: readonly TranslatableLeaf[]
  german: Doc
  target: Doc
  status: unknown
}): TranslationPlan => {
  const working: Doc = {}
  const slots: Slot[] = []
  const touched = new Set<string>()
  const translated: string[] = []
  const skipped: string[] = []
  for (const leaf of leaves) {
    if (stateOf(leaf, status, target) === 'current') {
      if (hasText(valueAt(german, leaf.steps))) skipped.push(leaf.path)
      continue
    }
    const top = leaf.steps[0]!.name
    if (!(top in working)) working[top] = structuredClone(target[top] ?? null)
    const found: Slot[] = []
    place(german, working, leaf.steps, leaf.field, found)
    if (!found.length) continue
    translated.push(leaf.path)
    slots.push(...found)
    touched.add(top)
  }
  // Only what changes is saved; the slots write into `working` itself (top-level strings too).
  for (const top of Object.keys(working)) if (!touched.has(top)) delete working[top]
  return {
    texts: slots.map(({ text }) => text),
    data: working,
    fill: (translations) => slots.forEach(({ put }, index) => put(translations[index] ?? '')),
    translated,
    skipped,
  }
}
