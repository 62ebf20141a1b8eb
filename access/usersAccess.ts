import type { Access, FieldAccess, Where } from 'payload'

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
