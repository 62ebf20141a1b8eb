import { idOf } from '../src/lib/idOf'
import type { Cell } from './matrix'

type Membership = { district?: unknown; roles?: readonly string[] | null }
export type UserWithMemberships = { districts?: readonly Membership[] | null } | null | undefined

/** Ids of the districts in which the user holds a role that the cell grants. */
export const districtsGranting = (user: UserWithMemberships, cell: Cell): Array<number | string> =>
  (user?.districts ?? [])
    .filter(({ roles }) => roles?.some((role) => (cell.roles as readonly string[]).includes(role)))
    .map(({ district }) => idOf(district) as number | string)
    .filter((id) => id !== undefined && id !== null)
