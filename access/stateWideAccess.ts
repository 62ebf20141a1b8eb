import type { Access } from 'payload'

import { districtsGranting } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { cellOf, type Operation } from './matrix'

/**
 * State-wide data (districts, fields of action) belongs to no district: a cell's `public`
 * opens it to everybody, its roles grant it to whoever holds one of them in any district.
 */
const stateWide =
  (operation: Operation): Access =>
  ({ req: { user } }) => {
    const cell = cellOf('stateWide', operation)
    if (cell.public || isAdmin(user)) return true
    return Boolean(user) && districtsGranting(user, cell).length > 0
  }

export const stateWideAccess = {
  read: stateWide('read'),
  create: stateWide('create'),
  update: stateWide('update'),
  delete: stateWide('delete'),
}
