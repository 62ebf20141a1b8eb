import type { Access } from 'payload'

import { districtsOf } from './districtsGranting'
import { isAdmin } from './isAdmin'

/**
 * Document locks ("… is editing") name a document and a user. Payload lets every signed-in
 * user read all of them; here only locks held by oneself or by colleagues who share a
 * district, which are the only ones the admin needs to warn about.
 */
export const ownDistrictsLocks: Access = async ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isAdmin(user)) return true
  const districts = districtsOf(user)
  const colleagues = districts.length
    ? await req.payload.find({
        collection: 'users',
        where: { 'districts.district': { in: districts } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  return { 'user.value': { in: [user.id, ...colleagues.docs.map(({ id }) => id)] } }
}
