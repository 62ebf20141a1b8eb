import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { stateWideAccess } from '../../access/stateWideAccess'
import { slugField } from '../../src/fields/slugField'
import { urlField } from '../../src/fields/urlField'
import { declare } from '../../src/lib/collectionFacts'
import { message } from '../../src/lib/message'
import { DISTRICT_KINDS, type DistrictKind } from '../../src/lib/state'
import { GROUPS } from '../adminGroups'
import { preventDeleteWhenReferenced } from '../hooks/preventDeleteWhenReferenced'

const KIND_LABELS: Record<DistrictKind, { de: string; en: string }> = {
  landkreis: { de: 'Landkreis', en: 'Rural district' },
  'kreisfreie-stadt': { de: 'Kreisfreie Stadt', en: 'District-free city' },
  landeshauptstadt: { de: 'Landeshauptstadt', en: 'State capital' },
}

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
  custom: declare({ resource: 'stateWide' }),
  // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
  defaultPopulate: { name: true, slug: true, officialKey: true, kind: true },
  labels: {
    singular: { de: 'Landkreis / Stadt', en: 'District' },
    plural: { de: 'Landkreise und Städte', en: 'Districts' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'officialKey', 'state'],
    group: GROUPS.administration,
  },
  // A district with content cannot be deleted: no silent cascade through a whole district.
  hooks: { beforeDelete: [preventDeleteWhenReferenced] },
  // From the role matrix's state-wide row (access/matrix.ts).
  access: stateWideAccess,
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
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          index: true,
          options: DISTRICT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
          label: { de: 'Art', en: 'Kind' },
        },
        {
          name: 'state',
          type: 'text',
          index: true,
          defaultValue: 'Sachsen-Anhalt',
          label: { de: 'Bundesland', en: 'State' },
        },
      ],
    },
    urlField(),
    {
      name: 'coatOfArms',
      type: 'upload',
      relationTo: 'media',
      label: { de: 'Wappen', en: 'Coat of arms' },
      admin: { position: 'sidebar' },
    },
    {
      // How long a checked entry counts as current here (src/lib/freshness.ts): districts whose
      // offers change often ask sooner.
      name: 'staleAfterMonths',
      type: 'number',
      min: 1,
      max: 120,
      defaultValue: 12,
      label: { de: 'Prüfen nach (Monaten)', en: 'Verify after (months)' },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Einträge, die so lange nicht als geprüft bestätigt wurden, erscheinen in „Meine Aufgaben“ und in der wöchentlichen Übersicht.',
          en: 'Entries not confirmed as current for this long appear in "My tasks" and in the weekly digest.',
        },
      },
    },
  ],
}
