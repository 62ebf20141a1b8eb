import type { Access, PayloadRequest, Where } from 'payload'

import { inGrantedDistricts, mayCreateIn } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { cellOf, type Operation } from './matrix'

/** Files anybody may fetch: marked public, or attached to something published. */
export const PUBLIC_MEDIA: Where = {
  or: [{ public: { equals: true } }, { usedPublicly: { equals: true } }],
}

const inDistricts = (req: PayloadRequest, operation: Operation): Where =>
  inGrantedDistricts(req.user, cellOf('media', operation))

/** Applies to the file URLs too: Payload checks read access before it serves a file. */
export const readMedia: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return PUBLIC_MEDIA
  return inDistricts(req, 'readDrafts')
}

export const createMedia: Access = ({ req, data }) => {
  if (isAdmin(req.user)) return true
  return mayCreateIn(req.user, cellOf('media', 'create'), data?.district)
}

export const updateMedia: Access = ({ req }) =>
  isAdmin(req.user) || (Boolean(req.user) && inDistricts(req, 'update'))

export const deleteMedia: Access = ({ req }) =>
  isAdmin(req.user) || (Boolean(req.user) && inDistricts(req, 'delete'))
