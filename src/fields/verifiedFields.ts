import type { Field, FieldAccess } from 'payload'

import { DATE_TIME_FORMAT } from '../lib/adminFormats'

/** Who checked an entry is internal to the editorial team. */
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * When somebody last confirmed that an entry (its phone numbers, addresses, hours) is still
 * right, and who. Set by the "geprüft" action and when an entry is created, never by a form:
 * frontends show it as "Stand: …", the dashboard and the weekly digest list what has not been
 * checked for the district's `staleAfterMonths`.
 */
export const verifiedFields = (): Field[] => [
  {
    // "Zuletzt geprüft: … von …" and the button "Als geprüft markieren" (src/endpoints/verify.ts).
    name: 'verification',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/src/components/VerificationStatus#VerificationStatus' },
    },
  },
  {
    name: 'verifiedAt',
    type: 'date',
    index: true,
    label: { de: 'Zuletzt geprüft', en: 'Last verified' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT },
    },
  },
  {
    name: 'verifiedBy',
    type: 'relationship',
    relationTo: 'users',
    // An id, never the account at depth >= 1: a list of entries does not carry whoever checked
    // them (the sidebar looks the name up itself, src/components/VerificationStatus.tsx).
    maxDepth: 0,
    access: { read: signedIn },
    label: { de: 'Geprüft von', en: 'Verified by' },
    admin: { position: 'sidebar', readOnly: true },
  },
]
