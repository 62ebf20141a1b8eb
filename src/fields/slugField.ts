import type { TextField, TextFieldSingleValidation } from 'payload'

import { message } from '../lib/message'
import { slugify } from '../lib/slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const validateSlug: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && SLUG_PATTERN.test(value)
    ? true
    : message(
        req,
        'Der Kurzname darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.',
        'The slug may contain only lower-case letters, digits and hyphens.',
      )

/**
 * A URL slug filled from another field when left empty. Editors may override it;
 * whatever they type is normalised the same way. It is not `required` in the schema, so
 * that API clients may omit it; validation guarantees every stored document has one.
 */
export const slugField = (from: string, { unique = false }: { unique?: boolean } = {}): TextField => ({
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
  validate: validateSlug,
})
