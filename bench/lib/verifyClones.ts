import type { CollectionSlug, Payload } from 'payload'

/**
 * Fields a clone changes on purpose (its identity, place and references); the rest must be equal.
 * Rows of an array field under such a name (an offer's `places`) are still compared field by field.
 */
const VARIED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'name',
  'title',
  'slug',
  'officialKey',
  'district',
  'network',
  'networks',
  'actor',
  'targetGroups',
  'memberActors',
  'chair',
  'workingGroup',
  'coordinatingContacts',
  'place',
  'places',
  'owner',
  'provider',
  'contacts',
  'latitude',
  'longitude',
])

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/** An array field's rows (objects), as opposed to a relationship's ids. */
const isRows = (value: unknown) => Array.isArray(value) && value.some((item) => kind(item) === 'object')

/** Where a clone differs from its template beyond the varied fields, as readable paths. */
export const differences = (template: unknown, clone: unknown, path = ''): string[] => {
  if (kind(template) !== kind(clone)) return [`${path}: ${kind(template)} vs ${kind(clone)}`]
  if (Array.isArray(template)) {
    const other = clone as unknown[]
    if (template.length !== other.length) return [`${path}: ${template.length} vs ${other.length} items`]
    return template.flatMap((item, i) => differences(item, other[i], `${path}[${i}]`))
  }
  if (kind(template) === 'object') {
    const a = template as Record<string, unknown>
    const b = clone as Record<string, unknown>
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    return keys.flatMap((key) => {
      if (!(key in a) || !(key in b)) return [`${path}.${key}: missing on one side`]
      if (VARIED.has(key) && !isRows(a[key])) {
        return kind(a[key]) === kind(b[key]) &&
          (!Array.isArray(a[key]) || (a[key] as unknown[]).length === (b[key] as unknown[]).length)
          ? []
          : [`${path}.${key}: ${JSON.stringify(a[key])} vs ${JSON.stringify(b[key])}`]
      }
      return differences(a[key], b[key], `${path}.${key}`)
    })
  }
  return template === clone ? [] : [`${path}: ${JSON.stringify(template)} vs ${JSON.stringify(clone)}`]
}

/**
 * Reads a clone and its template back through the Local API (all locales, versions too; trashed
 * documents too) and lists every difference beyond the intended ones; also checks that Payload's
 * own queries find the clone by district and slug.
 */
export const verifyClone = async (
  payload: Payload,
  collection: CollectionSlug,
  templateId: number,
  cloneId: number,
): Promise<string[]> => {
  const read = (id: number) =>
    payload.findByID({
      collection,
      id,
      depth: 0,
      locale: 'all',
      joins: false as never,
      overrideAccess: true,
      trash: true,
    })
  const [template, clone] = await Promise.all([read(templateId), read(cloneId)])
  const problems = differences(template, clone).map((line) => `${collection} ${cloneId}${line}`)

  const versions = async (id: number) =>
    (
      await payload.findVersions({
        collection,
        where: { parent: { equals: id } },
        depth: 0,
        locale: 'all',
        overrideAccess: true,
        trash: true,
        sort: 'createdAt',
        pagination: false,
      })
    ).docs.map(({ version }) => version)
  const [templateVersions, cloneVersions] = await Promise.all([versions(templateId), versions(cloneId)])
  problems.push(
    ...differences(templateVersions, cloneVersions).map((line) => `${collection} ${cloneId} versions${line}`),
  )

  const record = clone as unknown as { district?: number; slug?: string }
  if (record.district !== undefined && record.slug) {
    const found = await payload.count({
      collection,
      where: { district: { equals: record.district }, slug: { equals: record.slug } },
      overrideAccess: true,
      trash: true,
    })
    if (found.totalDocs !== 1)
      problems.push(`${collection} ${cloneId}: a query by district and slug found ${found.totalDocs}`)
  }
  return problems
}
