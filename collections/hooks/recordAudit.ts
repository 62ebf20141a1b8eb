import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionConfig,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { districtsOf } from '../../access/districtsGranting'
import { personalDataVisible } from '../../access/personalDataVisible'
import { translationStatusFields } from '../../src/fields/translationStatusFields'
import { factsOf } from '../../src/lib/collectionFacts'
import { idOf } from '../../src/lib/idOf'
import { relationsOf, walkFields } from '../../src/lib/walkFields'
import type { AuditAction } from '../AuditLog/actions'
import { type AuditEntry, writeAuditEntry } from '../AuditLog/writeAuditEntry'

type Doc = Record<string, unknown>

/**
 * Bookkeeping that changes with every write or sign-in and says nothing the entry does not (a
 * password reset request is its own action).
 */
const IGNORED = new Set([
  'updatedAt',
  'createdAt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  // Derived by the server from the texts on every save: the texts' own changes say it.
  ...translationStatusFields([]).flatMap((field) => ('name' in field ? [field.name] : [])),
])

/**
 * What of an account is not personal: its roles and memberships, the audit's subject. Everything
 * else of an account (e-mail, name, password, tokens, API key) is listed by path only.
 */
const ACCOUNT_FACTS = new Set(['roles', 'districts'])

/** The top-level fields `personalDataVisible` guards, found once per collection (every write asks). */
const guardedFields = new WeakMap<SanitizedCollectionConfig, Set<string>>()
const guardedOf = (collection: SanitizedCollectionConfig): Set<string> => {
  let guarded = guardedFields.get(collection)
  if (!guarded) {
    guarded = new Set(
      walkFields(collection.fields)
        .filter(({ field, path }) => !path.includes('.') && field.access?.read === personalDataVisible)
        .map(({ path }) => path),
    )
    guardedFields.set(collection, guarded)
  }
  return guarded
}

/**
 * The one rule for personal data in the log: a value is stored only where an anonymous client
 * could see it without anyone's consent. Of accounts, that is only their roles and memberships;
 * of other documents, every field except those guarded by `personalDataVisible` (a person's
 * name, e-mails, phones, photo, slug: access/personalDataVisible.ts), which for an office are
 * public by nature. A personal field appears in `changedFields` by its path, never by value.
 */
const personalFieldsOf = (
  collection: SanitizedCollectionConfig,
  docs: Doc[],
): ((path: string) => boolean) => {
  const top = (path: string) => path.split('.')[0]!
  if (collection.auth) return (path) => !ACCOUNT_FACTS.has(top(path))
  const guarded = guardedOf(collection)
  if (!guarded.size) return () => false
  // Before and after: a person who became an office (or back) was a person on one side.
  const person = docs.some(
    (doc) => !personalDataVisible({ req: { user: null }, doc: { kind: doc.kind } } as never),
  )
  return person ? (path) => guarded.has(top(path)) : () => false
}

/** A relationship's value as stored: the id (polymorphic: with its collection), populated or not. */
const stored = (value: unknown): unknown => {
  if (!value || typeof value !== 'object') return value ?? null
  if ('relationTo' in value && 'value' in value) {
    return { relationTo: value.relationTo, value: idOf(value.value) }
  }
  return idOf(value)
}

/** Fields whose value is one thing however nested its JSON is (rich text, JSON, a point). */
const WHOLE = new Set(['richText', 'json', 'point'])

type Shape = { relations: Set<string>; wholes: Set<string> }

/** The relationship and whole-valued fields of a collection by path (`memberships.network`), found once. */
const shapes = new WeakMap<SanitizedCollectionConfig, Shape>()
const shapeOf = (collection: SanitizedCollectionConfig): Shape => {
  let shape = shapes.get(collection)
  if (!shape) {
    shape = {
      relations: new Set(relationsOf(collection.fields).map(({ path }) => path)),
      wholes: new Set(
        walkFields(collection.fields)
          .filter(({ field }) => WHOLE.has(field.type))
          .map(({ path }) => path),
      ),
    }
    shapes.set(collection, shape)
  }
  return shape
}

/**
 * A document as paths and values (`emails.0.address`): related documents by their id, however
 * deep the answer populated them; row ids left out (they name a row, they are not a value).
 */
const flatten = (
  shape: Shape,
  value: unknown,
  path: string,
  fieldPath: string,
  into: Map<string, unknown>,
) => {
  if (shape.relations.has(fieldPath)) {
    return void into.set(path, Array.isArray(value) ? value.map(stored) : stored(value))
  }
  if (shape.wholes.has(fieldPath)) return void into.set(path, value ?? null)
  if (Array.isArray(value)) {
    // An empty list and no list are the same to a reader.
    if (!value.length) into.set(path, null)
    value.forEach((item, index) => flatten(shape, item, `${path}.${index}`, fieldPath, into))
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (!path && IGNORED.has(key)) continue
      if (key === 'id') continue
      const join = (prefix: string) => (prefix ? `${prefix}.${key}` : key)
      flatten(shape, item, join(path), join(fieldPath), into)
    }
  } else into.set(path, value ?? null)
}

/** The paths whose values differ, with before and after where they are not personal. */
export const diff = (collection: SanitizedCollectionConfig, before: Doc, after: Doc) => {
  const old = new Map<string, unknown>()
  const now = new Map<string, unknown>()
  const shape = shapeOf(collection)
  flatten(shape, before, '', '', old)
  flatten(shape, after, '', '', now)
  const personal = personalFieldsOf(collection, [before, after])
  const changedFields: string[] = []
  const changes: NonNullable<AuditEntry['changes']> = {}
  for (const path of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(path) ?? null
    const is = now.get(path) ?? null
    if (JSON.stringify(was) === JSON.stringify(is)) continue
    changedFields.push(path)
    if (!personal(path)) changes[path] = { before: was, after: is }
  }
  return { changedFields, changes }
}

/** The districts an entry belongs to: the document's, a district itself, an account's memberships. */
const districtsFor = (collection: SanitizedCollectionConfig, docs: Doc[]): Array<number | string> => {
  if (collection.auth) return docs.flatMap((doc) => districtsOf(doc as never))
  if (collection.slug === 'districts') return docs.map((doc) => doc.id as number)
  return docs.map((doc) => idOf(doc.district) as number).filter((id) => id !== undefined && id !== null)
}

/** The document's title as it was, unless it is personal (a person's name). */
const titleOf = (collection: SanitizedCollectionConfig, doc: Doc, personal: (path: string) => boolean) => {
  const field = collection.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  // An account's e-mail names it as the actor label does; a person's name is not kept.
  if (!collection.auth && personal(field)) return null
  return value === undefined || value === null ? null : String(value)
}

const actionOf = (
  collection: SanitizedCollectionConfig,
  operation: 'create' | 'update',
  req: PayloadRequest,
  before: Doc,
  after: Doc,
  changedFields: string[],
): AuditAction => {
  if (operation === 'create') return 'create'
  if (after.deletedAt && !before.deletedAt) return 'trash'
  if (!after.deletedAt && before.deletedAt) return 'restore'
  if (collection.versions?.drafts && !req.context.draftSave) {
    if (after._status === 'published') return 'publish'
    if (before._status === 'published' && after._status === 'draft') return 'unpublish'
  }
  // The review's steps (collections/hooks/trackReview.ts), so that the log reads as the workflow.
  const review = (doc: Doc) => (doc.review ?? {}) as { requested?: boolean; changesRequested?: boolean }
  if (review(after).changesRequested && !review(before).changesRequested) return 'requestChanges'
  if (review(after).requested && !review(before).requested) return 'submit'
  const top = new Set(changedFields.map((path) => path.split('.')[0]))
  if (collection.auth && top.has('roles')) return 'rolesChanged'
  if (collection.auth && top.has('districts')) return 'membershipsChanged'
  return 'update'
}

/** The entry for a change from `before` to `after` (its action still to be set): also the "geprüft" action's. */
export const entryFor = (collection: SanitizedCollectionConfig, before: Doc, after: Doc): AuditEntry => {
  const { changedFields, changes } = diff(collection, before, after)
  return {
    action: 'update',
    collection: collection.slug,
    documentId: after.id as number,
    title: titleOf(collection, after, personalFieldsOf(collection, [before, after])),
    districts: districtsFor(collection, [before, after]),
    changedFields,
    changes,
  }
}

/** Creates, edits, publishing, unpublishing, trash and restore, in the transaction of the change. */
export const recordChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const before = (operation === 'create' ? {} : (previousDoc ?? {})) as Doc
  const entry = entryFor(collection, before, doc as Doc)
  const action = actionOf(collection, operation, req, before, doc as Doc, entry.changedFields ?? [])
  // A save that changed nothing (the admin saving an untouched form) is no event.
  if (action === 'update' && !entry.changedFields?.length) return doc
  await writeAuditEntry(req, { ...entry, action })
  return doc
}

/** Deleting for good: the entry keeps the title and districts; what was deleted is not kept. */
export const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const docs = [doc as Doc]
  await writeAuditEntry(req, {
    action: 'delete',
    collection: collection.slug,
    documentId: (doc as Doc).id as number,
    title: titleOf(collection, doc as Doc, personalFieldsOf(collection, docs)),
    // A deleted district is gone: its entry belongs to no district (the state admin reads it).
    districts: collection.slug === 'districts' ? [] : districtsFor(collection, docs),
  })
}

type Account = Doc & { id: number }

/**
 * Sign-ins, password resets and reset requests of accounts, however they arrive (REST, GraphQL,
 * Local API): Payload runs this after each of these operations succeeded. The entry names the
 * account, whoever sent the request. Failed sign-ins and lockouts never get here:
 * collections/AuditLog/observeSignInFailures.ts.
 */
export const recordSignIn: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  const event = async (action: AuditAction, account: Account | null | undefined) => {
    if (!account?.id) return
    await writeAuditEntry(
      req,
      {
        action,
        collection: collection.slug,
        documentId: account.id,
        title: typeof account.email === 'string' ? account.email : null,
        districts: districtsFor(collection, [account]),
      },
      account,
    )
  }
  if (operation === 'login') await event('login', (result as { user?: Account }).user)
  if (operation === 'resetPassword') await event('passwordReset', (result as { user?: Account }).user)
  if (operation === 'forgotPassword') {
    // Only for addresses that have an account: what someone typed is not kept.
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (typeof email === 'string' && email.trim()) {
      const account = await req.payload.db.findOne<Account>({
        collection: collection.slug,
        where: { email: { equals: email.toLowerCase().trim() } },
        req,
      })
      await event('forgotPassword', account)
    }
  }
  return result
}

/**
 * The hooks that make a collection of ours write the audit log (src/plugin/index.ts). The seed's
 * writes are recorded too, as "System": an entry is one insert in the write's transaction, and
 * the history of seeded documents then starts where they came from. The benchmark's bulk copies
 * go around Payload in SQL and are not recorded.
 */
export const withAuditRecording = (collection: CollectionConfig): CollectionConfig => {
  const facts = factsOf(collection)
  if (!facts || facts.resource === 'auditLog') return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), recordChange],
      afterDelete: [...(hooks.afterDelete ?? []), recordDelete],
      ...(collection.auth ? { afterOperation: [...(hooks.afterOperation ?? []), recordSignIn] } : {}),
    },
  }
}
