import type { Field } from 'payload'

import { isLinkField } from '../../src/fields/urlField'
import { walkFields } from '../../src/lib/walkFields'

/**
 * The paths of a collection's web-address fields (those `urlField` made), as the link check names
 * them: `website`, `online.url`; inside arrays without the row (`links.url`).
 */
export const linkFieldsOf = (fields: readonly Field[]): string[] =>
  walkFields(fields)
    .filter(({ field }) => isLinkField(field))
    .map(({ path }) => path)

/** The non-empty strings a document holds at a path, every row of every array on the way. */
export const urlsAt = (value: unknown, path: string): string[] => {
  if (Array.isArray(value)) return value.flatMap((item) => urlsAt(item, path))
  if (!path) return typeof value === 'string' && value.trim() ? [value.trim()] : []
  if (!value || typeof value !== 'object') return []
  const [head, ...rest] = path.split('.')
  return urlsAt((value as Record<string, unknown>)[head!], rest.join('.'))
}
