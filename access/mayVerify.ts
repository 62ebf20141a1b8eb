import { grantsIn, type UserWithMemberships } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { cellOf } from './matrix'
import type { GlobalRole } from './roles'

/**
 * Whether the user may confirm that an entry of `district` is still right ("geprüft",
 * src/endpoints/verify.ts): the matrix's `verify` cell in the entry's district, or the state
 * admin. Plain data in, no request: the admin's button (src/components/) asks the same.
 */
export const mayVerify = (
  user: (UserWithMemberships & { roles?: GlobalRole[] | null }) | null | undefined,
  district: unknown,
): boolean => isAdmin(user) || grantsIn(user, cellOf('content', 'verify'), district)
