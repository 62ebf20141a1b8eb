import type { GlobalRole } from './roles'

type MaybeUser = { roles?: GlobalRole[] | null } | null | undefined

/** True for the state-level administrator, who may see and change everything. */
export const isAdmin = (user: MaybeUser): boolean => Boolean(user?.roles?.includes('admin'))
