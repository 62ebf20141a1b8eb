import type { CollectionConfig } from 'payload'

import { auditLogAccess } from '../../access/auditLogAccess'
import { declare } from '../../src/lib/collectionFacts'
import { GROUPS } from '../adminGroups'
import { AUDIT_ACTIONS } from './actions'

/**
 * Who changed what and when, append-only: the server's hooks (collections/hooks/recordAudit.ts,
 * attached by the plugin to every collection of ours) write an entry in the transaction of each
 * change, so a change that fails leaves none. Nobody writes, edits or deletes entries over any
 * API (access/matrix.ts, `serverOnly`); the retention job (pruneAuditLog.ts) deletes old ones.
 *
 * Entries belong to `districts`, not the multi-tenant plugin's single `district`: an event about
 * an account belongs to every district the account is a member of (before and after the change),
 * so that each of their district admins sees it; a state admin's sign-in belongs to none.
 */
/**
 * Only the server writes entries, with ids it just read: Payload's check that related documents
 * exist would cost a query per relationship on every write, and fails for a district created in
 * the same transaction (the lookup does not see it).
 */
const serverWritten = () => true as const

export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  custom: declare({ resource: 'auditLog' }),
  labels: {
    singular: { de: 'Protokolleintrag', en: 'Audit entry' },
    plural: { de: 'Änderungsprotokoll', en: 'Audit log' },
  },
  defaultSort: '-createdAt',
  access: auditLogAccess,
  admin: {
    group: GROUPS.administration,
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'actorLabel', 'action', 'collection', 'title', 'districts'],
    listSearchableFields: ['title', 'actorLabel', 'documentId'],
  },
  // "This document" and "this user", newest first; time alone for the retention job.
  indexes: [{ fields: ['collection', 'documentId', 'createdAt'] }, { fields: ['user', 'createdAt'] }],
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
      label: { de: 'Aktion', en: 'Action' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'user',
          type: 'relationship',
          relationTo: 'users',
          validate: serverWritten,
          label: { de: 'Benutzer', en: 'User' },
          admin: { description: { de: 'Leer: das System selbst.', en: 'Empty: the system itself.' } },
        },
        {
          name: 'actorLabel',
          type: 'text',
          label: { de: 'Wer', en: 'Who' },
          admin: {
            description: {
              de: 'E-Mail und Name zum Zeitpunkt des Eintrags; bleibt, wenn das Konto gelöscht wird.',
              en: 'E-mail and name at the time; kept when the account is deleted.',
            },
          },
        },
        { name: 'viaApiKey', type: 'checkbox', label: { de: 'Per API-Schlüssel', en: 'Via API key' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'collection', type: 'text', label: { de: 'Sammlung', en: 'Collection' } },
        { name: 'documentId', type: 'text', label: { de: 'Dokument-ID', en: 'Document id' } },
        { name: 'title', type: 'text', label: { de: 'Titel', en: 'Title' } },
      ],
    },
    {
      name: 'districts',
      type: 'relationship',
      relationTo: 'districts',
      hasMany: true,
      index: true,
      validate: serverWritten,
      label: { de: 'Landkreise / Städte', en: 'Districts' },
    },
    {
      name: 'changedFields',
      type: 'json',
      label: { de: 'Geänderte Felder', en: 'Changed fields' },
      admin: {
        description: { de: 'Feldpfade, z. B. emails.0.address', en: 'Field paths, e.g. emails.0.address' },
      },
    },
    {
      name: 'changes',
      type: 'json',
      label: { de: 'Vorher / nachher', en: 'Before / after' },
      admin: {
        description: {
          de: 'Nur für Felder ohne personenbezogene Daten; diese stehen nur mit ihrem Pfad oben.',
          en: 'Only for fields without personal data; those are listed above by path only.',
        },
      },
    },
  ],
  timestamps: true,
}
