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

/** A web address; only http(s) URLs are accepted. */
export const urlField = (
  overrides: Partial<Pick<TextField, 'name' | 'label' | 'required' | 'admin'>> = {},
): TextField => ({
  name: 'website',
  type: 'text',
  label: { de: 'Website', en: 'Website' },
  validate: validateUrl,
  ...overrides,
})
