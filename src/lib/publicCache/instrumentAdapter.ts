import type { Payload, PayloadRequest } from 'payload'

import { ALL } from './answerStore'
import { CHANNEL, publicCache } from './publicCache'
import { noteRead } from './recording'

type Args = { collection?: string; slug?: string; global?: string; req?: Partial<PayloadRequest> }
type Method = (this: unknown, args: Args) => Promise<unknown>
type Adapter = Record<string | symbol, unknown> & {
  sessions: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined>
  drizzle: { execute: (query: unknown) => Promise<unknown> }
}

/**
 * Reads, with whether they read drafts or versions. What an answer reads is what it depends on;
 * an answer that needs drafts or versions is not published content and is never kept.
 */
const READS = {
  find: false,
  findOne: false,
  count: false,
  findDistinct: false,
  findGlobal: false,
  queryDrafts: true,
  findVersions: true,
  findGlobalVersions: true,
  countVersions: true,
  countGlobalVersions: true,
} as const
/**
 * Writes of documents. Versions are left out: a draft or a version row changes no answer that
 * the cache keeps (those never read them), publishing changes the document itself.
 */
const WRITES = [
  'create',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'upsert',
  'createGlobal',
  'updateGlobal',
] as const
/** Schema and bulk changes: afterwards nothing cached is known to be right. */
const MIGRATIONS = ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const

const slugOf = (args: Args) => args?.collection ?? args?.slug ?? args?.global

/**
 * Payload's own bookkeeping (locks, preferences, jobs, migrations) and the audit log (no
 * anonymous client reads it): never part of a published answer.
 */
const isBookkeeping = (slug: string) => slug.startsWith('payload-') || slug === 'audit-log'

const INSTRUMENTED = Symbol.for('integrationsnetzwerke.publicCache.instrumented')

/**
 * Sends a change notice through PostgreSQL. Inside a transaction the notice is delivered when the
 * transaction commits, and never if it rolls back; other server processes drop what it names.
 */
const sendNotice = (executor: { execute: (query: unknown) => Promise<unknown> }, text: string) =>
  // A plain string: drizzle's sql tag would tie the plugin to @payloadcms/db-postgres. The text
  // is JSON of collection slugs and a uuid; quotes are doubled all the same.
  executor.execute(`select pg_notify('${CHANNEL}', '${text.replaceAll("'", "''")}')`)

/**
 * Makes the database adapter tell the public cache what every answer read and what every write
 * changed, whoever calls it (REST, GraphQL, the Local API, hooks, jobs, the seed, the admin's
 * server functions): the adapter is the one place that all of them pass.
 *
 * A write in a transaction is remembered with the transaction; at commit, the change notice is
 * sent inside it (so it reaches other processes exactly when the change becomes visible), the
 * answers it touches are dropped here, and the commit returns only once the notice came back
 * through this process's listener: by then PostgreSQL has handed it to every listening process.
 * A computation that started before the commit cannot store its (old) answer: the store compares
 * what changed since it began (answerStore.ts).
 */
export const instrumentAdapter = (payload: Payload): void => {
  const adapter = payload.db as unknown as Adapter
  // Other databases have no NOTIFY: the cache stays off there (publicCache.ts).
  if (adapter[INSTRUMENTED] || payload.db.name !== 'postgres') return
  adapter[INSTRUMENTED] = true
  const pending = new Map<string | number, Set<string>>()

  const wrap = (name: string, around: (original: Method) => Method) => {
    const original = adapter[name] as Method | undefined
    if (typeof original === 'function') adapter[name] = around(original)
  }

  for (const [name, unpublished] of Object.entries(READS)) {
    wrap(
      name,
      (original) =>
        function (this: unknown, args) {
          const slug = slugOf(args)
          if (slug) noteRead(slug, args?.req, unpublished)
          return original.call(this, args)
        },
    )
  }

  /**
   * Announces a change to `tags`: the notice is sent with `send` (inside the transaction at its
   * commit, else at once), then `done` drops the touched answers here and waits for the notice's
   * echo, by which time every listening process has it.
   */
  const announce = async (
    tags: string[],
    send: (text: string) => Promise<void>,
    done?: () => Promise<void>,
  ) => {
    const cache = publicCache()
    const { text, echoed } = cache
      ? cache.expectEcho(tags)
      : { text: JSON.stringify({ t: tags }), echoed: undefined }
    await send(text)
    await done?.()
    cache?.store.invalidate(tags)
    await echoed
  }
  const changed = (tags: string[]) =>
    announce(tags, async (text) => void (await sendNotice(adapter.drizzle, text)))

  for (const name of WRITES) {
    wrap(
      name,
      (original) =>
        async function (this: unknown, args) {
          const slug = slugOf(args)
          if (!slug || isBookkeeping(slug)) return original.call(this, args)
          const transactionID = await args?.req?.transactionID
          if (transactionID !== undefined && adapter.sessions[transactionID]) {
            const tags = pending.get(transactionID) ?? new Set<string>()
            tags.add(slug)
            pending.set(transactionID, tags)
            return original.call(this, args)
          }
          const result = await original.call(this, args)
          await changed([slug])
          return result
        },
    )
  }

  const commit = adapter.commitTransaction as (id: unknown) => Promise<void>
  adapter.commitTransaction = async function (this: unknown, incoming: unknown) {
    const id = (incoming instanceof Promise ? await incoming : incoming) as string | number
    const tags = pending.get(id)
    pending.delete(id)
    const session = adapter.sessions[id]
    if (!tags || !session) return commit.call(this, id)
    await announce(
      [...tags],
      async (text) => void (await sendNotice(session.db, text)),
      () => commit.call(this, id),
    )
  }
  const rollback = adapter.rollbackTransaction as (id: unknown) => Promise<void>
  adapter.rollbackTransaction = async function (this: unknown, incoming: unknown) {
    const id = (incoming instanceof Promise ? await incoming : incoming) as string | number
    pending.delete(id)
    return rollback.call(this, id)
  }

  for (const name of MIGRATIONS) {
    wrap(
      name,
      (original) =>
        async function (this: unknown, args) {
          try {
            return await original.call(this, args)
          } finally {
            await changed([ALL]).catch(() => {})
          }
        },
    )
  }
}
