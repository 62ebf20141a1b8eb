import type { TextField, TextFieldSingleValidation } from 'payload'

import { message } from '../lib/message'
import { slugify } from '../lib/slugify'
import { idOf } from '../lib/idOf'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

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
    const taken = await req.payload.count({
      collection: collectionSlug as 'networks',
      where: {
        and: [
          { slug: { equals: value } },
          { district: { equals: district } },
          ...(id ? [{ id: { not_equals: id } }] : []),
        ],
      },
      trash: true,
      overrideAccess: true,
      req,
    })
    return taken.totalDocs === 0
      ? true
      : message(
          req,
          `Der Kurzname „${value}“ ist in diesem Landkreis schon vergeben.`,
          `The slug "${value}" is already used in this district.`,
        )
  }

/**
 * A URL slug filled from another field when left empty. Editors may override it;
 * whatever they type is normalised the same way. It is not `required` in the schema, so
 * that API clients may omit it; validation guarantees every stored document has one.
 * `scopedToDistrict`: unique within the document's district (pair it with a compound
 * unique index on district + slug); equal slugs in two districts are fine.
 */
export const slugField = (
  from: string,
  { unique = false, scopedToDistrict = false }: { unique?: boolean; scopedToDistrict?: boolean } = {},
): TextField => ({
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
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        const source = typeof value === 'string' && value.trim() ? value : data?.[from]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  unique,
  validate: validateSlug(scopedToDistrict),
})
