import type { SanitizedCollectionConfig } from 'payload'

import { walkFields } from '../../src/lib/walkFields'
import { unique } from './factories'

/**
 * The smallest valid document of a district content collection, read from its config, so that
 * generated suites need no fixture per collection: the title field (`admin.useAsTitle`) gets
 * a unique text, every required select its first option, a top-level relationship to networks
 * the given network, every other required text a unique text. Fields inside arrays stay empty
 * (an empty array needs none of them).
 */
export const exampleDocument = (
  collection: SanitizedCollectionConfig,
  { district, network, status }: { district: number; network: number; status: 'draft' | 'published' },
): Record<string, unknown> => {
  const document: Record<string, unknown> = { district, _status: status }
  const set = (path: string, value: unknown) => {
    const keys = path.split('.')
    let target = document
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>
    target[keys[keys.length - 1]!] = value
  }
  const title = collection.admin?.useAsTitle
  const arrays: string[] = []
  for (const { field, path } of walkFields(collection.fields)) {
    if (arrays.some((array) => path.startsWith(`${array}.`))) continue
    if (field.type === 'array') arrays.push(path)
    if (path === 'district' || path.startsWith('_') || path === 'slug') continue
    const required = 'required' in field && field.required === true
    const toNetworks =
      field.type === 'relationship' &&
      [(field as { relationTo: unknown }).relationTo].flat().includes('networks')
    if (path === title) set(path, unique('Zugriff'))
    else if (toNetworks && !path.includes('.') && !(field as { hasMany?: boolean }).hasMany)
      set(path, network)
    else if (required && field.type === 'select') {
      const [first] = (field as { options: Array<string | { value: string }> }).options
      set(path, typeof first === 'string' ? first : first!.value)
    } else if (required && (field.type === 'text' || field.type === 'textarea')) set(path, unique('Pflicht'))
  }
  return document
}
