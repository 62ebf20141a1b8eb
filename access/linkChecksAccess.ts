import type { Access } from 'payload'

import { districtsGranting } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { allows, cellOf, type Operation } from './matrix'

/**
 * The link check's row of the role matrix: the state admin reads every result, members of a
 * district those of its content, anonymous clients nothing. Writes are closed to every caller
 * (`serverOnly`): the link-check job writes with `overrideAccess`.
 */
const linkChecks =
  (operation: Operation): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (isAdmin(user)) return allows('linkChecks', operation, 'admin')
    const districts = districtsGranting(user, cellOf('linkChecks', operation))
    return districts.length ? { district: { in: districts } } : false
  }

export const linkChecksAccess = {
  read: linkChecks('read'),
  create: linkChecks('create'),
  update: linkChecks('update'),
  delete: linkChecks('delete'),
}
