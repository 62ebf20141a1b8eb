import type { Access, FieldAccess } from 'payload'

import { isAdmin } from './isAdmin'

/** Signed in, whoever it is (locks: src/guards/lockedDocuments.ts narrows it further). */
export const authenticated: Access = ({ req }) => Boolean(req.user)

/** State-wide roles are granted by the state admin only (collections/Users). */
export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)
