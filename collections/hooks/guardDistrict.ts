import { type CollectionBeforeChangeHook, Forbidden, ValidationError } from 'payload'

import { creationOperations } from '../../access/contentAccess'
import { grantsIn } from '../../access/districtsGranting'
import { isAdmin } from '../../access/isAdmin'
import { cellOf } from '../../access/matrix'
import { idOf } from '../../src/lib/idOf'
import { message } from '../../src/lib/message'

/**
 * A document stays in its district: only the state admin moves it (or empties the field).
 * On create, the district is known only now (the tenant field may fill it in after access
 * ran), so the role there is checked again.
 */
export const guardDistrict: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const user = req.user
  if (!user || isAdmin(user)) return data
  const district = idOf(data.district)
  if (operation === 'create') {
    if (!creationOperations(data).every((op) => grantsIn(user, cellOf('content', op), district))) {
      throw new Forbidden(req.t)
    }
    return data
  }
  const before = idOf(originalDoc?.district)
  if ('district' in data && String(district) !== String(before)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'district',
          message: message(
            req,
            'Nur die Landesadministration kann Inhalte in einen anderen Landkreis verschieben.',
            'Only the state administrator can move content to another district.',
          ),
        },
      ],
    })
  }
  return data
}
