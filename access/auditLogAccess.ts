import type { Access } from 'payload'

import { districtsGranting } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { allows, cellOf, type Operation } from './matrix'

/**
 * The audit log's row of the role matrix: the state admin reads every entry, a district admin
 * the entries about their districts (`districts`, see collections/AuditLog), everyone else
 * nothing. Writes are closed to every caller (`serverOnly`): the server appends with
 * `overrideAccess`, the retention job deletes the same way.
 */
const auditLog =
  (operation: Operation): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (isAdmin(user)) return allows('auditLog', operation, 'admin')
    const districts = districtsGranting(user, cellOf('auditLog', operation))
    return districts.length ? { districts: { in: districts } } : false
  }

export const auditLogAccess = {
  read: auditLog('read'),
  create: auditLog('create'),
  update: auditLog('update'),
  delete: auditLog('delete'),
}
