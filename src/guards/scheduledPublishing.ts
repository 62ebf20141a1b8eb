import { type CollectionSlug, Forbidden, type PayloadRequest, type ServerFunction, type Where } from 'payload'

import { idOf } from '../lib/idOf'
import { InputError } from '../lib/inputError'
import { isLocaleCode } from '../lib/locales'
import { isId } from './checkValues'
import { mayUpdate } from './documentAccess'

const TASK = 'schedulePublish'
const PUBLISH = { _status: 'published' }
const LATEST = 5 * 366 * 24 * 60 * 60 * 1000

type Reference = { relationTo?: unknown; value?: unknown }

const schedulable = (req: PayloadRequest, slug: unknown) => {
  const versions = req.payload.collections[slug as CollectionSlug]?.config.versions
  return typeof versions === 'object' && Boolean(versions.drafts && versions.drafts.schedulePublish)
}

/** The caller may schedule for this document only what they may do to it now: publish it. */
const assertMayPublish = async (req: PayloadRequest, doc: Reference | undefined): Promise<void> => {
  if (
    !doc ||
    !schedulable(req, doc.relationTo) ||
    !(await mayUpdate(req, doc.relationTo, idOf(doc.value), PUBLISH))
  ) {
    throw new Forbidden(req.t)
  }
}

/**
 * Jobs of a document, its id stored either way: Payload's own scheduler stores it as a string
 * (its task converts back), but the admin hands numbers, and the lookup Payload (3.90.2) uses
 * compares strings only, so on PostgreSQL the admin's list of upcoming publications stayed empty.
 */
const jobsOf = (slug: string, id: unknown): Where => ({
  and: [
    { taskSlug: { equals: TASK } },
    { 'input.doc.relationTo': { equals: slug } },
    { or: [{ 'input.doc.value': { equals: String(id) } }, { 'input.doc.value': { equals: Number(id) } }] },
  ],
})

/**
 * `schedule-publish`, as Payload's, with the checks Payload leaves out: deleting a scheduled
 * publication (`deleteID`, job ids are sequential) needs the right to publish its document,
 * scheduling needs it too, and the date, type and locale are checked. The document id is
 * stored as a string (Payload's convention) so that the upcoming list finds it.
 */
export const schedulePublish: ServerFunction = async (args) => {
  try {
    return await scheduleOrCancel(args)
  } catch (error) {
    // Answered as Payload's own schedule-publish answers a failure: `{ error }`, nothing thrown.
    if (error instanceof Forbidden || error instanceof InputError) return { error: error.message }
    throw error
  }
}

const scheduleOrCancel: ServerFunction = async (args) => {
  const { req } = args
  if (!req.user) throw new Forbidden(req.t)
  const {
    type = 'publish',
    date,
    deleteID,
    doc,
    global,
    localeToPublish,
    timezone,
  } = args as Record<string, unknown>
  if (global !== undefined) throw new Forbidden(req.t)
  if (deleteID !== undefined) {
    const job = isId(deleteID)
      ? await req.payload.findByID({
          collection: 'payload-jobs',
          id: Number(deleteID),
          depth: 0,
          disableErrors: true,
        })
      : null
    if (!job || job.taskSlug !== TASK) throw new Forbidden(req.t)
    await assertMayPublish(req, (job.input as { doc?: Reference } | undefined)?.doc)
    await req.payload.delete({ collection: 'payload-jobs', id: job.id, depth: 0 })
    if (doc === undefined) return { message: req.i18n.t('general:success') }
  }
  const reference = doc as Reference | undefined
  await assertMayPublish(req, reference)
  if (type !== 'publish' && type !== 'unpublish') throw new InputError('type', 'is publish or unpublish.')
  const when = typeof date === 'string' || date instanceof Date ? new Date(date) : undefined
  if (!when || Number.isNaN(when.getTime()) || when.getTime() > Date.now() + LATEST) {
    throw new InputError('date', 'is a date within the next five years.')
  }
  if (localeToPublish !== undefined && localeToPublish !== null && !isLocaleCode(localeToPublish)) {
    throw new InputError('localeToPublish', 'is not one of the content locales.')
  }
  if (timezone !== undefined && timezone !== null && typeof timezone !== 'string') {
    throw new InputError('timezone', 'is a time zone name such as Europe/Berlin.')
  }
  await req.payload.jobs.queue({
    task: TASK,
    waitUntil: when,
    input: {
      type,
      doc: { relationTo: reference!.relationTo as CollectionSlug, value: String(idOf(reference!.value)) },
      locale: localeToPublish ?? undefined,
      timezone: timezone ?? undefined,
      user: { relationTo: req.user.collection, value: req.user.id },
    } as never,
    req,
  })
  return { message: req.i18n.t('general:success') }
}

/** `get-upcoming-scheduled-publish`: the document's future jobs, for whoever may publish it. */
export const upcomingScheduledPublish: ServerFunction = async (args) => {
  const { req } = args
  const { id, collectionSlug } = args as Record<string, unknown>
  await assertMayPublish(req, { relationTo: collectionSlug, value: id })
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [jobsOf(String(collectionSlug), id), { waitUntil: { greater_than: new Date().toISOString() } }],
    },
    sort: 'waitUntil',
    pagination: false,
    depth: 0,
  })
  return docs.map((job) => {
    const input = (job.input ?? {}) as { type?: string; locale?: string; timezone?: string }
    return {
      id: job.id,
      input: {
        type: input.type === 'unpublish' ? 'unpublish' : 'publish',
        locale: input.locale,
        timezone: input.timezone,
      },
      waitUntil: job.waitUntil,
    }
  })
}
