import type { GroupField, TextFieldSingleValidation } from 'payload'

import { message } from '../lib/message'
import { isGermanPostalCode } from '../lib/validators'

const validatePostalCode: TextFieldSingleValidation = (value, { req }) =>
  !value || isGermanPostalCode(value)
    ? true
    : message(req, 'Die Postleitzahl besteht aus fünf Ziffern.', 'The postal code must be five digits.')

/** A German postal address. */
export const addressField = (name = 'address'): GroupField => ({
  name,
  type: 'group',
  label: { de: 'Anschrift', en: 'Address' },
  fields: [
    {
      name: 'addition',
      type: 'text',
      label: { de: 'Zusatz (z. B. Haus, Raum)', en: 'Addition (building, room)' },
    },
    { name: 'street', type: 'text', label: { de: 'Straße und Hausnummer', en: 'Street and number' } },
    {
      type: 'row',
      fields: [
        {
          name: 'postalCode',
          type: 'text',
          label: { de: 'PLZ', en: 'Postal code' },
          validate: validatePostalCode,
        },
        { name: 'city', type: 'text', index: true, label: { de: 'Ort', en: 'City' } },
      ],
    },
  ],
})
