import type { TextField } from 'payload'

import { requiredInDefaultLocale } from './requiredInDefaultLocale'

/** The translatable, searchable name that titles a document; required in German. */
export const nameField = (): TextField => ({
  name: 'name',
  type: 'text',
  localized: true,
  validate: requiredInDefaultLocale,
  index: true,
  label: { de: 'Name', en: 'Name' },
})
