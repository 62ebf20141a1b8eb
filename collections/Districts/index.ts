import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { adminOnly, anyone } from '../../access/predicates'
import { slugField } from '../../src/fields/slugField'
import { message } from '../../src/lib/message'

const AGS_PATTERN = /^\d{5}$/

const validateOfficialKey: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && AGS_PATTERN.test(value)
    ? true
    : message(
        req,
        'Der Gemeindeschlüssel besteht aus genau fünf Ziffern.',
        'The municipality key must be exactly five digits.',
      )

/**
 * Landkreise and kreisfreie Städte: the tenants of the multi-tenant plugin. Public,
 * so that any frontend can list them; only the state admin creates or changes them.
 */
export const Districts: CollectionConfig<'districts'> = {
  slug: 'districts',
  labels: {
    singular: { de: 'Landkreis / Stadt', en: 'District' },
    plural: { de: 'Landkreise und Städte', en: 'Districts' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'officialKey', 'slug'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  access: {
    read: anyone,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      index: true,
      label: { de: 'Name', en: 'Name' },
    },
    slugField('name', { unique: true }),
    {
      name: 'officialKey',
      type: 'text',
      required: true,
      unique: true,
      label: { de: 'Amtlicher Gemeindeschlüssel (AGS)', en: 'Official municipality key (AGS)' },
      admin: {
        description: {
          de: 'Fünfstelliger Kreisschlüssel, z. B. 15088 für den Saalekreis.',
          en: 'Five-digit district key, e.g. 15088 for Saalekreis.',
        },
      },
      validate: validateOfficialKey,
    },
  ],
}
