import type { ArrayField, FieldHook, TextFieldSingleValidation } from 'payload'

import { message } from '../lib/message'
import { normalizePhone } from '../lib/validators'

/** Stores numbers in E.164 form so that frontends can link them (tel:) and compare them. */
const normalize: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim() ? (normalizePhone(value) ?? value.trim()) : value

const validatePhone: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && normalizePhone(value)
    ? true
    : message(
        req,
        'Keine gültige Telefonnummer, z. B. 03461 40-2228 oder +49 3461 402228.',
        'Not a valid phone number, e.g. 03461 40-2228 or +49 3461 402228.',
      )

/** Phone numbers with an optional label ("Zentrale", "Fax"). */
export const phonesField = (name = 'phones'): ArrayField => ({
  name,
  type: 'array',
  label: { de: 'Telefonnummern', en: 'Phone numbers' },
  labels: {
    singular: { de: 'Telefonnummer', en: 'Phone number' },
    plural: { de: 'Telefonnummern', en: 'Phone numbers' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          label: { de: 'Nummer', en: 'Number' },
          admin: {
            description: {
              de: 'Wird einheitlich gespeichert, z. B. +493461402228.',
              en: 'Stored normalised, e.g. +493461402228.',
            },
          },
          hooks: { beforeValidate: [normalize] },
          validate: validatePhone,
        },
        { name: 'label', type: 'text', localized: true, label: { de: 'Bezeichnung', en: 'Label' } },
      ],
    },
  ],
})
