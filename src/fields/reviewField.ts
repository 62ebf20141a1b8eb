import type { FieldAccess, GroupField } from 'payload'

/** Internal to the editorial team: never shown to anonymous clients. */
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * An author's request that an editor review and publish the draft. Publishing clears it
 * (collections/hooks/trackReview.ts); editors filter lists by "Zur Prüfung eingereicht".
 */
export const reviewField = (): GroupField => ({
  name: 'review',
  type: 'group',
  label: { de: 'Prüfung', en: 'Review' },
  access: { read: signedIn },
  admin: { position: 'sidebar' },
  fields: [
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
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { de: 'Eingereicht von', en: 'Submitted by' },
      admin: { readOnly: true },
    },
  ],
})
