import { handleServerFunctions } from '@payloadcms/next/layouts'
import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import { Forbidden, formatErrors, type ServerFunction, type ServerFunctionHandler } from 'payload'

import { mayRead, mayUpdate } from './documentAccess'
import { schedulePublish, upcomingScheduledPublish } from './scheduledPublishing'

/**
 * `form-state` validates and renders a form for any document id and data a signed-in caller
 * sends, and with `returnLockStatus` it creates a lock directly in the database. Payload
 * (3.90.2) checks neither: a viewer could lock another district's documents. Here the
 * document must be readable by the caller, and locks are only taken by whoever may change it.
 * (Validation answers depend only on what the caller may read: see slugField and Payload's
 * relationship validation, which queries with the caller's access.)
 */
const formState: ServerFunction = async (args) => {
  const { req, collectionSlug, id } = args as typeof args & Record<string, unknown>
  if (collectionSlug && id !== undefined && id !== null) {
    // Answered like Payload's own form-state errors (formatErrors), not thrown: a refusal is
    // not an incident for the log.
    if (!(await mayRead(req, collectionSlug, id))) return formatErrors(new Forbidden(req.t))
    if ((args as Record<string, unknown>).returnLockStatus && !(await mayUpdate(req, collectionSlug, id))) {
      return buildFormStateHandler({ ...args, returnLockStatus: false, updateLastEdited: false } as never)
    }
  }
  return buildFormStateHandler(args as never)
}

/**
 * The admin's server functions that Payload's own handlers would run unguarded, replaced.
 * The others were read for this version and answer only from what the caller may read
 * (they query with `overrideAccess: false` or render configuration).
 */
const GUARDED: Record<string, ServerFunction> = {
  'form-state': formState,
  'schedule-publish': schedulePublish,
  'get-upcoming-scheduled-publish': upcomingScheduledPublish,
}
const REVIEWED = new Set([
  'copy-data-from-locale',
  'get-default-layout',
  'render-document',
  'render-document-slots',
  'render-field',
  'render-list',
  'render-widget',
  'slugify',
  'table-state',
])

/**
 * Payload's `handleServerFunctions` with the guards above. A function nobody reviewed (one a
 * Payload upgrade adds, or folders, which this CMS does not use) is refused, not run.
 */
export const guardedServerFunctions: ServerFunctionHandler = async (args) => {
  if (!(args.name in GUARDED) && !REVIEWED.has(args.name)) {
    throw new Error(`Unknown server function: ${String(args.name).slice(0, 60)}`)
  }
  return handleServerFunctions({ ...args, serverFunctions: GUARDED })
}
