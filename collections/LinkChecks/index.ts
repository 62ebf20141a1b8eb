import type { CollectionConfig } from 'payload'

import { linkChecksAccess } from '../../access/linkChecksAccess'
import { DATE_TIME_FORMAT } from '../../src/lib/adminFormats'
import { declare } from '../../src/lib/collectionFacts'
import { GROUPS } from '../adminGroups'
import { linkToDocument } from './linkToDocument'

const OUTCOMES = {
  ok: { de: 'Erreichbar', en: 'OK' },
  broken: { de: 'Fehlerhaft', en: 'Broken' },
  unreachable: { de: 'Nicht erreichbar', en: 'Unreachable' },
}

const timestamp = { date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT } } as const

/**
 * One web address of published district content and how it answered when the link-check job
 * last visited it (src/lib/linkCheck/): a row per document, field and URL. Only the job writes
 * them (access/matrix.ts, `serverOnly`); members of the district read them, the dashboard lists
 * the broken ones.
 */
export const LinkChecks: CollectionConfig<'link-checks'> = {
  slug: 'link-checks',
  custom: declare({ resource: 'linkChecks' }),
  labels: {
    singular: { de: 'Linkprüfung', en: 'Link check' },
    plural: { de: 'Linkprüfung', en: 'Link checks' },
  },
  // The longest failing first; working links (no `failingSince`) last.
  defaultSort: 'failingSince',
  access: linkChecksAccess,
  // Nobody writes over any API: no copy and no bulk edit or delete in the admin either (its create,
  // save and delete buttons already go with the access functions).
  disableDuplicate: true,
  disableBulkEdit: true,
  disableBulkDelete: true,
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'url',
    // What an editor fixes first: which entry, which address, how it fails and since when (the
    // plugin adds the district). The entry's title leads to the entry itself (linkToDocument.ts).
    defaultColumns: ['title', 'collection', 'url', 'outcome', 'status', 'failingSince', 'checkedAt'],
    listSearchableFields: ['url', 'title'],
    formatDocURL: linkToDocument,
  },
  indexes: [{ fields: ['collection', 'documentId', 'field', 'url'], unique: true }],
  fields: [
    { name: 'url', type: 'text', required: true, label: { de: 'Adresse', en: 'URL' } },
    {
      type: 'row',
      fields: [
        {
          name: 'outcome',
          type: 'select',
          required: true,
          index: true,
          options: Object.entries(OUTCOMES).map(([value, label]) => ({ value, label })),
          label: { de: 'Ergebnis', en: 'Outcome' },
        },
        { name: 'status', type: 'number', label: { de: 'HTTP-Status', en: 'HTTP status' } },
        { name: 'reason', type: 'text', label: { de: 'Grund', en: 'Reason' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'collection', type: 'text', required: true, label: { de: 'Sammlung', en: 'Collection' } },
        { name: 'documentId', type: 'text', required: true, label: { de: 'Dokument', en: 'Document' } },
        { name: 'field', type: 'text', required: true, label: { de: 'Feld', en: 'Field' } },
      ],
    },
    { name: 'title', type: 'text', label: { de: 'Titel des Eintrags', en: 'Title of the entry' } },
    { name: 'finalUrl', type: 'text', label: { de: 'Endet bei', en: 'Ends at' } },
    {
      type: 'row',
      fields: [
        {
          name: 'checkedAt',
          type: 'date',
          required: true,
          index: true,
          label: { de: 'Geprüft am', en: 'Checked on' },
          admin: timestamp,
        },
        {
          // Since when it fails without interruption: one bad night of a server is not a broken link.
          name: 'failingSince',
          type: 'date',
          label: { de: 'Fehlerhaft seit', en: 'Failing since' },
          admin: timestamp,
        },
      ],
    },
  ],
}
