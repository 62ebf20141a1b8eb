import type { Field } from 'payload'

import { walkFields } from '../walkFields'

type Described = { slug: string; fields: readonly Field[] }

/**
 * What a collection's answers can contain from other collections: the targets of its
 * relationship and upload fields (populated, or joined by a `where`/`sort` on their paths, or
 * emptied by a foreign key when they are deleted) and the collections its join fields list, and
 * theirs in turn. An answer computed from a collection depends on all of them.
 */
export const dependencyClosure = (collections: readonly Described[]): Map<string, ReadonlySet<string>> => {
  const direct = new Map<string, string[]>()
  for (const { slug, fields } of collections) {
    direct.set(
      slug,
      walkFields(fields).flatMap(({ field }) => {
        if (field.type === 'relationship' || field.type === 'upload') {
          return [(field as { relationTo: string | string[] }).relationTo].flat()
        }
        if (field.type === 'join') return [(field as { collection: string | string[] }).collection].flat()
        return []
      }),
    )
  }
  const closure = new Map<string, ReadonlySet<string>>()
  for (const slug of direct.keys()) {
    const reached = new Set<string>([slug])
    const queue = [slug]
    while (queue.length) {
      for (const next of direct.get(queue.pop()!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next)
          queue.push(next)
        }
      }
    }
    closure.set(slug, reached)
  }
  return closure
}
