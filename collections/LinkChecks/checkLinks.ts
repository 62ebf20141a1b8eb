import type { PayloadRequest, TaskConfig } from 'payload'

import type { LinkCheck } from '../../payload-types'
import { checkUrls } from '../../src/lib/linkCheck/checkUrl'
import type { LinkCheckSettings } from '../../src/lib/linkCheck/linkCheckFromEnv'
import { publishedLinks } from './publishedLinks'

/** Rows deleted per statement. */
const BATCH = 500

const keyOf = (row: Pick<LinkCheck, 'collection' | 'documentId' | 'field' | 'url'>) =>
  JSON.stringify([row.collection, row.documentId, row.field, row.url])

type Stored = Pick<LinkCheck, 'id' | 'collection' | 'documentId' | 'field' | 'url' | 'failingSince'>

/** Which content a run checks: every district's (the nightly run), or only these districts'. */
export type LinkCheckScope = { districts?: number[] }

/**
 * The link check: every web address of published district content (publishedLinks.ts) is visited
 * once per run, however many documents hold it, `concurrency` at a time, each request within
 * `timeoutMs` (src/lib/linkCheck/checkUrl.ts never throws: a dead or looping link is an outcome,
 * not a failure of the job). Then one row per document, field and address is written:
 * `failingSince` is set by the first failing run, kept while it fails and cleared when it works
 * again; rows of addresses no longer published are deleted.
 *
 * Written straight through the database adapter, as the server's own bookkeeping (like the audit
 * log): no client writes these rows (access/matrix.ts, `serverOnly`), so there is no access to
 * check, and a Local API write would add an audit entry for every row every night, burying the
 * editors' changes under the checker's.
 *
 * Returns how many distinct addresses were checked and how many of them failed.
 */
export const checkLinks = async (
  req: PayloadRequest,
  options: LinkCheckSettings,
  { districts }: LinkCheckScope = {},
): Promise<{ checked: number; broken: number }> => {
  const { payload } = req
  const links = await publishedLinks(payload, districts)
  const urls = [...new Set(links.map(({ url }) => url))]
  const results = new Map(
    (
      await checkUrls(urls, {
        concurrency: options.concurrency,
        timeoutMs: options.timeoutMs,
        allowPrivate: options.allowPrivate,
      })
    ).map((result) => [result.url, result]),
  )

  const { docs: existing } = await payload.db.find<Stored>({
    collection: 'link-checks',
    // A run for some districts leaves the rows of the others alone.
    ...(districts ? { where: { district: { in: districts } } } : {}),
    limit: 0,
    pagination: false,
    select: { collection: true, documentId: true, field: true, url: true, failingSince: true },
  })
  const stored = new Map(existing.map((row) => [keyOf(row), row]))

  const kept = new Set<string>()
  for (const link of links) {
    const key = keyOf(link)
    if (kept.has(key)) continue
    kept.add(key)
    const result = results.get(link.url)!
    const before = stored.get(key)
    const failing = result.outcome !== 'ok'
    const data = {
      ...link,
      outcome: result.outcome,
      status: result.status,
      reason: result.reason ?? null,
      finalUrl: result.finalUrl,
      checkedAt: result.checkedAt,
      failingSince: failing ? (before?.failingSince ?? result.checkedAt) : null,
      updatedAt: result.checkedAt,
    }
    if (before) {
      await payload.db.updateOne({ collection: 'link-checks', id: before.id, data, returning: false })
    } else {
      await payload.db.create({
        collection: 'link-checks',
        data: { ...data, createdAt: result.checkedAt },
        returning: false,
      })
    }
  }

  const gone = existing.filter((row) => !kept.has(keyOf(row))).map(({ id }) => id)
  for (let start = 0; start < gone.length; start += BATCH) {
    await payload.db.deleteMany({
      collection: 'link-checks',
      where: { id: { in: gone.slice(start, start + BATCH) } },
    })
  }

  const broken = [...results.values()].filter(({ outcome }) => outcome !== 'ok').length
  payload.logger.info({ checked: urls.length, broken, removed: gone.length }, 'Link check done')
  return { checked: urls.length, broken }
}

/**
 * The job's input: none (every district; what the schedule queues), or `{ districts: [ids] }` for
 * a run over some districts only (queued by the server's own code: over HTTP nobody but the
 * state admin may queue jobs at all).
 */
const scopeOf = (input: unknown): LinkCheckScope => {
  const districts = (input as { districts?: unknown } | null | undefined)?.districts
  if (districts === undefined || districts === null) return {}
  if (Array.isArray(districts) && districts.every((id) => Number.isInteger(id) && id > 0)) {
    return { districts: districts as number[] }
  }
  throw new Error(
    `checkLinks: input.districts must be a list of district ids, got ${JSON.stringify(districts)}.`,
  )
}

/** The nightly link check (src/plugin/index.ts schedules it; the server's cron runs the queue). */
export const checkLinksTask = (options: LinkCheckSettings): TaskConfig<'checkLinks'> => ({
  slug: 'checkLinks',
  label: 'Check the web addresses of published content (LINK_CHECK_*)',
  // Every night at 02:41 (seconds first).
  schedule: [{ cron: '0 41 2 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'broken', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => ({ output: await checkLinks(req, options, scopeOf(input)) }),
})
