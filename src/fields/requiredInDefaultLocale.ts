import type { TextFieldSingleValidation } from 'payload'

import { DEFAULT_LOCALE } from '../lib/locales'
import { message } from '../lib/message'

/**
 * `required` for localized text, but only in German: a translation may leave a field empty
 * and fall back to German, so translating a network's name into English does not force the
 * translator through every list entry.
 */
export const requiredInDefaultLocale: TextFieldSingleValidation = (value, { req }) => {
  if (req.locale && req.locale !== DEFAULT_LOCALE) return true
  return typeof value === 'string' && value.trim()
    ? true
    : message(req, 'Dieses Feld ist ein Pflichtfeld.', 'This field is required.')
}
