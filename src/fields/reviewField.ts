import type { FieldAccess, GroupField } from 'payload'

import { DATE_TIME_FORMAT } from '../lib/adminFormats'

/** Internal to the editorial team: never shown to anonymous clients. */
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * The review of a draft: an author submits it ("Zur Prüfung eingereicht"); an editor publishes
 * it or sends it back with a comment ("Änderungen erbeten"), which the author sees in the
 * sidebar, in their tasks and by e-mail; submitting again clears that, publishing clears all
 * (collections/hooks/trackReview.ts). Who and when are stamped by the server.
 */
export const reviewField = (): GroupField => ({
  name: 'review',
  type: 'group',
  label: { de: 'Prüfung', en: 'Review' },
  access: { read: signedIn },
  admin: { position: 'sidebar' },
  fields: [
    {
      // The state at a glance and the link to the difference from the published version.
      name: 'status',
      type: 'ui',
      admin: { components: { Field: '/src/components/ReviewStatus#ReviewStatus' } },
    },
    {
      name: 'requested',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { de: 'Zur Prüfung eingereicht', en: 'Submitted for review' },
      admin: {
        description: {
          de: 'Bittet die Redaktion, den Entwurf zu prüfen und zu veröffentlichen.',
          en: 'Asks the editors to review and publish the draft.',
        },
      },
    },
    {
      name: 'note',
      type: 'textarea',
      label: { de: 'Hinweis für die Redaktion', en: 'Note for the editors' },
    },
    {
      name: 'requestedAt',
      type: 'date',
      label: { de: 'Eingereicht am', en: 'Submitted on' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT } },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      maxDepth: 0, // an id, as `verifiedBy` (src/fields/verifiedFields.ts)
      label: { de: 'Eingereicht von', en: 'Submitted by' },
      admin: { readOnly: true },
    },
    {
      name: 'changesRequested',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { de: 'Änderungen erbeten', en: 'Changes requested' },
      admin: {
        description: {
          de: 'Die Redaktion gibt den Entwurf mit einem Kommentar an die Autorin oder den Autor zurück.',
          en: 'The editors send the draft back to its author with a comment.',
        },
      },
    },
    {
      name: 'comment',
      type: 'textarea',
      label: { de: 'Kommentar der Redaktion', en: "Editors' comment" },
      admin: {
        condition: (_data, siblingData) => Boolean(siblingData?.changesRequested || siblingData?.comment),
      },
    },
    {
      name: 'changesRequestedAt',
      type: 'date',
      label: { de: 'Zurückgegeben am', en: 'Sent back on' },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT },
        condition: (_data, siblingData) => Boolean(siblingData?.changesRequestedAt),
      },
    },
    {
      name: 'changesRequestedBy',
      type: 'relationship',
      relationTo: 'users',
      maxDepth: 0, // an id, as `verifiedBy` (src/fields/verifiedFields.ts)
      label: { de: 'Zurückgegeben von', en: 'Sent back by' },
      admin: { readOnly: true, condition: (_data, siblingData) => Boolean(siblingData?.changesRequestedBy) },
    },
  ],
})
