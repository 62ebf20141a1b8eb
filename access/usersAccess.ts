import type { Access, FieldAccess, Where } from 'payload'

import { idOf } from '../src/lib/idOf'
import { districtsGranting, type UserWithMemberships } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { cellOf, type Operation } from './matrix'

/** The districts whose users the matrix lets this user read, create, update or delete. */
export const managedDistricts = (user: UserWithMemberships, operation: Operation = 'update') =>
  districtsGranting(user, cellOf('users', operation))

const self = (id: unknown): Where => ({ id: { equals: id } })

/** Everybody reads themselves; district admins the users of their districts; admins all. */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  const districts = managedDistricts(user, 'read')
  return districts.length
    ? { or: [self(user.id), { 'districts.district': { in: districts } }] }
    : self(user.id)
}

/** District admins create users for their districts (collections/Users/hooks/guardUserManagement). */
export const createUsers: Access = ({ req: { user } }) =>
  isAdmin(user) || managedDistricts(user, 'create').length > 0

/** Themselves, and for district admins the users of their districts (checked in full by the hook). */
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  const districts = managedDistricts(user)
  if (!districts.length) return self(user.id)
  return {
    or: [self(user.id), { 'districts.district': { in: districts } }],
  }
}

export const deleteUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  const districts = managedDistricts(user, 'delete')
  if (!districts.length) return false
  return { 'districts.district': { in: districts } }
}

/** Memberships are written by admins and district admins; the hook limits the latter to their districts. */
export const membershipsWritable: FieldAccess = ({ req: { user } }) =>
  isAdmin(user) || managedDistricts(user).length > 0

type ManagedTarget = {
  id?: unknown
  roles?: string[] | null
  districts?: Array<{ district?: unknown }> | null
}

/**
 * Whether `user` manages the account `target` as a whole (edits it, removes it, invites it
 * again): the state admin any; a district admin one that is no state admin and belongs to their
 * districts alone, so that no account working in another district too can be taken over.
 */
export const managesUser = (user: Parameters<Access>[0]['req']['user'], target: ManagedTarget): boolean => {
  if (!user) return false
  if (isAdmin(user)) return true
  if (target.roles?.includes('admin')) return false
  const managed = new Set(managedDistricts(user).map(String))
  return (target.districts ?? []).every(({ district }) => managed.has(String(idOf(district))))
}
