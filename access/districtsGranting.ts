import type { Where } from 'payload'

import { idOf } from '../src/lib/idOf'
import type { Cell } from './matrix'

type Membership = { district?: unknown; roles?: readonly string[] | null }
export type UserWithMemberships = { districts?: readonly Membership[] | null } | null | undefined

/** Ids of every district the user is a member of, whatever the role. */
export const districtsOf = (user: UserWithMemberships): Array<number | string> =>
  (user?.districts ?? [])
    .map(({ district }) => idOf(district) as number | string)
    .filter((id) => id !== undefined && id !== null)

/** Ids of the districts in which the user holds a role that the cell grants. */
export const districtsGranting = (user: UserWithMemberships, cell: Cell): Array<number | string> =>
  (user?.districts ?? [])
    .filter(({ roles }) => roles?.some((role) => (cell.roles as readonly string[]).includes(role)))
    .map(({ district }) => idOf(district) as number | string)
    .filter((id) => id !== undefined && id !== null)

/** Whether the user holds a role that the cell grants in this district. */
export const grantsIn = (user: UserWithMemberships, cell: Cell, district: unknown): boolean =>
  districtsGranting(user, cell).some((id) => String(id) === String(idOf(district)))

/**
 * Create access: in the district the data names, or (when it names none yet, as the admin's
 * empty form) in any district at all; the collection's beforeChange check follows up.
 */
export const mayCreateIn = (user: UserWithMemberships, cell: Cell, district: unknown): boolean =>
  idOf(district) ? grantsIn(user, cell, district) : districtsGranting(user, cell).length > 0

/** The documents of the districts in which the cell grants the user a role (`field` holds the district). */
export const inGrantedDistricts = (user: UserWithMemberships, cell: Cell, field = 'district'): Where => ({
  [field]: { in: districtsGranting(user, cell) },
})
