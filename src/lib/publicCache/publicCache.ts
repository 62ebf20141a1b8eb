import { randomUUID } from 'node:crypto'

import type { Payload, SanitizedConfig } from 'payload'
import type pg from 'pg'

import { ALL, AnswerStore } from './answerStore'
import { cacheMaxBytes } from './cacheSize'
import { dependencyClosure } from './dependencies'

/** The PostgreSQL channel that carries changes between server processes. */
export const CHANNEL = 'integrationsnetzwerke_changes'

/** How long a write's answer waits for its change notice to come back through LISTEN. */
const ECHO_WAIT_MS = 1000
/** After a lost listener connection, the next try waits this long. */
const RECONNECT_AFTER_MS = 1000

type Listener = { client: pg.Client; connected: boolean }

/**
 * The process's cache of published answers and what keeps it exact. One per process on
 * `globalThis` (Next bundles each route module separately; the express server and the route
 * handlers must share it). Answers are kept only while this process listens on CHANNEL, so that
 * no change made by another process (a second server, a worker, the seed) can be missed: while
 * the listener is down, nothing is served or stored.
 */
export class PublicCache {
  readonly store: AnswerStore
  /** This process's name in notices, so that it knows its own when they come back. */
  readonly instance = randomUUID()
  private listener: Listener | undefined
  private connecting: Promise<boolean> | undefined
  private retryAt = 0
  private closed = false
  private nonce = 0
  private readonly echoes = new Map<string, () => void>()
  private closures = new WeakMap<object, Map<string, ReadonlySet<string>>>()
  /**
   * Notices of other processes are ignored while this is set. Only for a test that must see this
   * process's own invalidation at work while test files in other processes write to the same
   * database (each of their writes would empty the cache); never set by the application.
   */
  ignoreOtherProcesses = false

  constructor(maxBytes: number) {
    this.store = new AnswerStore(maxBytes)
  }

  /** Whether answers may be served and stored now (the listener is up). */
  get active(): boolean {
    return Boolean(this.listener?.connected)
  }

  /** The tags of an answer that read `slugs`: them and everything their answers can contain. */
  tagsOf(config: Pick<SanitizedConfig, 'collections'>, slugs: Iterable<string>): Set<string> {
    let closure = this.closures.get(config.collections)
    if (!closure) {
      closure = dependencyClosure(config.collections)
      this.closures.set(config.collections, closure)
    }
    const tags = new Set<string>()
    for (const slug of slugs) for (const tag of closure.get(slug) ?? [slug]) tags.add(tag)
    return tags
  }

  /** Starts listening for changes if not yet (or no longer); whether the cache is usable now. */
  ensureListening(payload: Payload): Promise<boolean> | boolean {
    if (this.listener?.connected) return true
    // LISTEN/NOTIFY are PostgreSQL's: with another database nothing is cached.
    if (payload.db.name !== 'postgres') return false
    if (this.closed || Date.now() < this.retryAt) return false
    return (this.connecting ??= this.listen(payload).finally(() => (this.connecting = undefined)))
  }

  private async listen(payload: Payload): Promise<boolean> {
    // The adapter's own pg: the plugin brings no database driver of its own.
    const adapter = payload.db as unknown as { poolOptions?: pg.ClientConfig; pg: typeof pg }
    const client = new adapter.pg.Client({
      ...adapter.poolOptions,
      application_name: 'integrationsnetzwerke-cache',
    })
    const listener: Listener = { client, connected: false }
    const lost = (error?: Error) => {
      if (this.listener !== listener) return
      this.listener = undefined
      this.retryAt = Date.now() + RECONNECT_AFTER_MS
      // Changes made while nobody listened are unknown: forget everything.
      this.store.invalidate([ALL])
      for (const release of this.echoes.values()) release()
      this.echoes.clear()
      client.removeAllListeners('notification')
      void client.end().catch(() => {})
      if (error && !this.closed) payload.logger.warn(`Public cache: change listener lost (${error.message})`)
    }
    try {
      client.on('error', lost)
      client.on('end', () => lost())
      client.on('notification', ({ channel, payload: text }) => {
        if (channel === CHANNEL && text) this.receive(text)
      })
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
      // The connection must not keep a process alive that has nothing else to do.
      ;(
        client as unknown as { connection?: { stream?: { unref?: () => void } } }
      ).connection?.stream?.unref?.()
      if (this.closed) {
        await client.end()
        return false
      }
      // Whatever changed before we listened is unknown too.
      this.store.invalidate([ALL])
      listener.connected = true
      this.listener = listener
      return true
    } catch (error) {
      this.retryAt = Date.now() + RECONNECT_AFTER_MS
      await client.end().catch(() => {})
      payload.logger.warn(
        `Public cache: cannot listen for changes (${(error as Error).message}); not caching`,
      )
      return false
    }
  }

  private receive(text: string) {
    let notice: { n?: unknown; t?: unknown }
    try {
      notice = JSON.parse(text) as { n?: unknown; t?: unknown }
    } catch {
      this.store.invalidate([ALL])
      return
    }
    const own = typeof notice.n === 'string' && notice.n.startsWith(`${this.instance}:`)
    if (this.ignoreOtherProcesses && !own) return
    const tags = Array.isArray(notice.t) ? notice.t.filter((tag) => typeof tag === 'string') : [ALL]
    this.store.invalidate(tags)
    if (typeof notice.n === 'string') {
      this.echoes.get(notice.n)?.()
      this.echoes.delete(notice.n)
    }
  }

  /**
   * A notice for `tags`, and a promise that resolves once it has come back through this
   * process's listener (at once when nothing listens here, at the latest after ECHO_WAIT_MS).
   */
  notice(tags: readonly string[]): { text: string; echoed: () => Promise<void> } {
    const nonce = `${this.instance}:${++this.nonce}`
    const text = JSON.stringify({ n: nonce, t: tags.length > 100 ? [ALL] : tags })
    const echoed = () => {
      if (!this.active) return Promise.resolve()
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.echoes.delete(nonce)
          resolve()
        }, ECHO_WAIT_MS)
        this.echoes.set(nonce, () => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return { text, echoed }
  }

  /** Registers interest in an echo before the notice is sent (the echo may beat the await). */
  expectEcho(tags: readonly string[]): { text: string; echoed: Promise<void> } {
    const { text, echoed } = this.notice(tags)
    return { text, echoed: echoed() }
  }

  /** Stops listening for good (server shutdown). */
  async close(): Promise<void> {
    this.closed = true
    const listener = this.listener
    this.listener = undefined
    this.store.invalidate([ALL])
    for (const release of this.echoes.values()) release()
    this.echoes.clear()
    await listener?.client.end().catch(() => {})
  }
}

const KEY = Symbol.for('integrationsnetzwerke.publicCache')
type Holder = { cache?: PublicCache | null }
const holder = ((globalThis as Record<symbol, Holder>)[KEY] ??= {})

/** The process's public cache, or undefined when CACHE_MAX_MB is 0. */
export const publicCache = (): PublicCache | undefined => {
  if (holder.cache === undefined) {
    const maxBytes = cacheMaxBytes()
    holder.cache = maxBytes > 0 ? new PublicCache(maxBytes) : null
  }
  return holder.cache ?? undefined
}

/** Stops the process's cache listener (graceful shutdown); a later use starts a fresh cache. */
export const closePublicCache = async (): Promise<void> => {
  const cache = holder.cache
  holder.cache = undefined
  await cache?.close()
}
