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
              de: 'Wie gewohnt eingeben, z. B. 03461 40-2228; gespeichert wird +493461402228.',
              en: 'Type it as usual, e.g. 03461 40-2228; it is stored as +493461402228.',
            },
            // Shown in national format (src/lib/phoneDisplay.ts), stored as E.164.
            components: { Field: '/src/components/PhoneNumberField#PhoneNumberField' },
          },
          hooks: { beforeValidate: [normalize] },
          validate: validatePhone,
        },
        { name: 'label', type: 'text', localized: true, label: { de: 'Bezeichnung', en: 'Label' } },
      ],
    },
  ],
})
