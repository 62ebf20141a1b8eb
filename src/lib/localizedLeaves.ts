import type { Field } from 'payload'

import { walkFields } from './walkFields'

/** One name on the way to a leaf; `list` when it is an array field whose rows the way passes through. */
export type LeafStep = { name: string; list: boolean }

/**
 * A localized field as translators see it: its dotted path with array rows collapsed
 * (`name`, `phones.label`, `officeHours.note`) and the steps that lead to it.
 */
export type Leaf = { path: string; steps: LeafStep[] }

/**
 * Every field with `localized: true`, found as the field walker finds fields (rows,
 * collapsibles and unnamed tabs add nothing to a path; named tabs, groups and arrays add their
 * name). A localized array, group or blocks field is one leaf: its whole value is translated
 * at once, so its own fields are not leaves of their own. Blocks that are not localized are
 * not entered (none of our collections has them).
 *
 * Takes the client config's fields too (the admin's sidebar names the fields): it only reads
 * `type`, `name`, `fields`, `tabs` and `localized`, which both have.
 */
export const localizedLeaves = (fields: readonly Field[]): Leaf[] => {
  const all = walkFields(fields)
  const types = new Map(all.map(({ field, path }) => [path, field.type]))
  const localized = all.filter(({ field }) => 'localized' in field && field.localized)
  return localized
    .filter(({ path }) => !localized.some((outer) => path.startsWith(`${outer.path}.`)))
    .map(({ path }) => {
      const names = path.split('.')
      return {
        path,
        steps: names.map((name, index) => ({
          name,
          list: index < names.length - 1 && types.get(names.slice(0, index + 1).join('.')) === 'array',
        })),
      }
    })
}
