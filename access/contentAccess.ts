import type { Access, PayloadRequest, Where } from 'payload'

import { inGrantedDistricts, mayCreateIn } from './districtsGranting'
import { isAdmin } from './isAdmin'
import { cellOf, type Operation } from './matrix'

/** What anybody may read: published and not in the trash (`?trash=true` must not reveal it). */
export const PUBLISHED: Where = {
  and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }],
}

const inDistricts = (req: PayloadRequest, operation: Operation, field?: string): Where =>
  inGrantedDistricts(req.user, cellOf('content', operation), field)

/** Set by the collection's beforeOperation hook: access functions cannot see the `draft` flag. */
export const isDraftSave = (req: PayloadRequest) => req.context.draftSave === true

/** Whether a create, update or version restore is running (rememberDraftFlag marks it). */
const isWriting = (req: PayloadRequest) => typeof req.context.draftSave === 'boolean'

/**
 * Anonymous clients read `visible` (published, outside the trash) of every district; signed-in
 * users read everything of their own districts, drafts and trash included, and nothing of
 * others (access/matrix.ts).
 */
export const contentReader =
  (visible: Where): Access =>
  ({ req }) => {
    if (isAdmin(req.user)) return true
    if (!req.user) return visible
    return inDistricts(req, 'readDrafts')
  }

export const readContent = contentReader(PUBLISHED)

export const readContentVersions: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  return inDistricts(req, 'readVersions', 'version.district')
}

/**
 * What creating a document with this data amounts to: creating it, publishing it when it
 * arrives published, and moving it to the trash when it arrives there.
 */
export const creationOperations = (data: Record<string, unknown> | undefined): Operation[] => [
  data?._status === 'published' ? 'publish' : 'create',
  ...(data?.deletedAt ? (['trash'] as const) : []),
]

/**
 * Creating needs the role for each of those operations in the district the document names
 * (checked again by `guardDistrict`, since the district may be filled in only after access runs).
 */
export const createContent: Access = ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  return creationOperations(data).every((operation) =>
    mayCreateIn(req.user, cellOf('content', operation), data?.district),
  )
}

/** The rules for changing a document that is not in the trash (see updateContent). */
const editing = (req: PayloadRequest, data: Record<string, unknown> | undefined): Where => {
  if (data?._status === 'published') return inDistricts(req, 'publish')
  // Saving a draft; or no write under way (the admin working out which buttons to show).
  if (isDraftSave(req) || !isWriting(req)) return inDistricts(req, 'update')
  // A plain update of a published document changes it live (or unpublishes it).
  return {
    or: [
      inDistricts(req, data?._status === 'draft' ? 'unpublish' : 'publish'),
      { and: [inDistricts(req, 'update'), { _status: { not_equals: 'published' } }] },
    ],
  }
}

/**
 * Editing: publishing (or changing a published document in place) needs the publish role;
 * saving a draft needs the update role. `deletedAt: null` restores a trashed document (the
 * restore role), but full form data carries it for documents outside the trash as well.
 */
export const updateContent: Access = ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  if (data && 'deletedAt' in data && data.deletedAt === null) {
    return {
      or: [
        { and: [{ deletedAt: { exists: true } }, inDistricts(req, 'restore')] },
        { and: [{ deletedAt: { exists: false } }, editing(req, data)] },
      ],
    }
  }
  return editing(req, data)
}

/** Payload asks delete access both for moving to the trash (data.deletedAt set) and for deleting. */
export const deleteContent: Access = ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  return inDistricts(req, data?.deletedAt ? 'trash' : 'delete')
}
