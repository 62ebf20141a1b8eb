import type { FieldHook, PayloadRequest, TextField, TextFieldSingleValidation } from 'payload'

import { idOf } from '../lib/idOf'
import { message } from '../lib/message'
import { slugify } from '../lib/slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type SlugOptions = {
  unique?: boolean
  scopedToDistrict?: boolean
  /** Generated slugs are cut at a word boundary to this length (long titles make long URLs). */
  maxLength?: number
}

/**
 * How many other documents of the district use the slug, among those the caller may read: the
 * admin's form-state lets any signed-in user validate a slug for any district, and "taken"
 * must not confirm a hidden person, draft or trashed document elsewhere. Where the caller may
 * write they read everything, drafts and trash included, so the check is exact there; the
 * server's own writes (seeds, no user) count everything.
 */
const countTaken = async (
  req: PayloadRequest,
  collection: string,
  slug: string,
  district: unknown,
  id: unknown,
): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: collection as 'networks',
    where: {
      and: [
        { slug: { equals: slug } },
        { district: { equals: district } },
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    },
    trash: true,
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    req,
  })
  return totalDocs
}

const validateSlug =
  (scopedToDistrict: boolean): TextFieldSingleValidation =>
  async (value, { req, data, id, collectionSlug }) => {
    if (!(typeof value === 'string' && SLUG_PATTERN.test(value))) {
      return message(
        req,
        'Der Kurzname darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.',
        'The slug may contain only lower-case letters, digits and hyphens.',
      )
    }
    const district = idOf((data as { district?: unknown }).district)
    if (!scopedToDistrict || !district || !collectionSlug) return true
    // The compound unique index guarantees it; this check names the field instead of failing the insert.
    return (await countTaken(req, collectionSlug, value, district, id)) === 0
      ? true
      : message(
          req,
          `Der Kurzname „${value}“ ist in diesem Landkreis schon vergeben.`,
          `The slug "${value}" is already used in this district.`,
        )
  }

/** Cuts a slug at the last hyphen that keeps it within `max` characters. */
const shorten = (slug: string, max: number): string => {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max + 1)
  const boundary = cut.lastIndexOf('-')
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)
}

const fillSlug =
  (from: string, { scopedToDistrict = false, maxLength = 80 }: SlugOptions): FieldHook =>
  async ({ value, data, originalDoc, req, collection }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    // A partial update that renames the document keeps its URL.
    if (value === undefined && typeof originalDoc?.slug === 'string') return originalDoc.slug
    const source = data?.[from]
    if (typeof source !== 'string' || !source.trim()) return value
    const base = shorten(slugify(source), maxLength)
    const district = idOf(data?.district ?? originalDoc?.district)
    if (!scopedToDistrict || !district || !collection) return base
    // A generated slug must not turn a second "Fachliche Weiterbildung" into a validation error
    // the editor never asked for: number it instead (…-2, …-3).
    for (let n = 1; n < 100; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      if ((await countTaken(req, collection.slug, candidate, district, originalDoc?.id)) === 0) {
        return candidate
      }
    }
    return base
  }

/**
 * A URL slug filled from another field when left empty. Editors may override it;
 * whatever they type is normalised the same way. It is not `required` in the schema, so
 * that API clients may omit it; validation guarantees every stored document has one.
 * `scopedToDistrict`: unique within the document's district (pair it with a compound
 * unique index on district + slug); equal slugs in two districts are fine.
 */
export const slugField = (from: string, options: SlugOptions = {}): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  label: { de: 'Kurzname (URL)', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: {
      de: 'Wird aus dem Namen erzeugt, wenn leer. Nur Kleinbuchstaben, Ziffern und Bindestriche.',
      en: 'Generated from the name when empty. Lower-case letters, digits and hyphens only.',
    },
  },
  hooks: { beforeValidate: [fillSlug(from, options)] },
  unique: options.unique ?? false,
  validate: validateSlug(options.scopedToDistrict ?? false),
})
