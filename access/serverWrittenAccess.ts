import type { Access } from 'payload'

import { districtsGranting } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { allows, cellOf, type Operation, type Resource } from './matrix'

/**
 * The access of records that only the server writes (the audit log, the link check's results),
 * from their row of the role matrix: the state admin reads every record, a member the records
 * of the districts where the row grants their role (`field` holds the district or districts),
 * anonymous clients nothing. Writes are closed to every caller (`serverOnly`): the server
 * writes with `overrideAccess` or the database adapter.
 */
export const serverWrittenAccess = (resource: Resource, field: string) => {
  const access =
    (operation: Operation): Access =>
    ({ req: { user } }) => {
      if (!user) return false
      if (isAdmin(user)) return allows(resource, operation, 'admin')
      const districts = districtsGranting(user, cellOf(resource, operation))
      return districts.length ? { [field]: { in: districts } } : false
    }
  return {
    read: access('read'),
    create: access('create'),
    update: access('update'),
    delete: access('delete'),
  }
}
