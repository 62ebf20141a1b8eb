import { type Endpoint, Forbidden, NotFound, type PayloadRequest, UnauthorizedError } from 'payload'

import { managesUser } from '../../access/usersAccess'
import { invite } from '../lib/mail/invite'
import { message } from '../lib/message'

/**
 * POST /api/users/:id/invitation — sends the account's owner a new invitation (a new link to
 * choose a password; the earlier link stops working), e.g. when the first one expired. For
 * whoever manages the account as a whole (access/usersAccess.ts `managesUser`), never for
 * oneself ("Forgot password" is there for that). An account the caller cannot read is a 404.
 */
export const resendInvitation: Endpoint = {
  path: '/:id/invitation',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!user) throw new UnauthorizedError(req.t)
    const target = await req.payload.findByID({
      collection: 'users',
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      user,
      req,
      disableErrors: true,
    })
    if (!target) throw new NotFound(req.t)
    if (String(target.id) === String(user.id) || !managesUser(user, target)) throw new Forbidden(req.t)
    await invite(req, target)
    return Response.json({
      message: message(req, 'Die Einladung wurde erneut gesendet.', 'The invitation was sent again.'),
    })
  },
}
