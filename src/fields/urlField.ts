import type { TextField, TextFieldSingleValidation } from 'payload'

import { message } from '../lib/message'
import { isHttpUrl } from '../lib/validators'

const validateUrl: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? message(req, 'Bitte eine Adresse angeben.', 'Please enter a URL.') : true
  return isHttpUrl(value)
    ? true
    : message(
        req,
        'Bitte eine vollständige Web-Adresse mit http:// oder https:// angeben.',
        'Please enter a complete web address starting with http:// or https://.',
      )
}

/**
 * Whether a field was made by `urlField`: the nightly link check (collections/LinkChecks/) visits
 * what such fields hold in published content.
 */
export const isLinkField = (field: { custom?: Record<string, unknown> }): boolean =>
  field.custom?.linkCheck === true

/** A web address; only http(s) URLs are accepted, and the link check visits published ones. */
export const urlField = (
  overrides: Partial<Pick<TextField, 'name' | 'label' | 'required' | 'admin'>> = {},
): TextField => ({
  name: 'website',
  type: 'text',
  label: { de: 'Website', en: 'Website' },
  validate: validateUrl,
  // Read by `isLinkField`; `custom` is server-only and changes neither the schema nor the admin.
  custom: { linkCheck: true },
  ...overrides,
})
