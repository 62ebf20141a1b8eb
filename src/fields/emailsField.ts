import type { ArrayField } from 'payload'

/** E-mail addresses with an optional label ("Sekretariat"). */
export const emailsField = (name = 'emails'): ArrayField => ({
  name,
  type: 'array',
  label: { de: 'E-Mail-Adressen', en: 'E-mail addresses' },
  labels: {
    singular: { de: 'E-Mail-Adresse', en: 'E-mail address' },
    plural: { de: 'E-Mail-Adressen', en: 'E-mail addresses' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'email', required: true, label: { de: 'Adresse', en: 'Address' } },
        { name: 'label', type: 'text', localized: true, label: { de: 'Bezeichnung', en: 'Label' } },
      ],
    },
  ],
})
