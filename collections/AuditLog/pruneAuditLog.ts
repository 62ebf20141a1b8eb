import type { PayloadRequest, TaskConfig } from 'payload'

/** Entries deleted per statement: a year of a busy state is a few hundred thousand. */
const BATCH = 1000

/**
 * Deletes audit entries older than `retentionDays` (0: none), oldest first, in batches of
 * plain SQL deletes (no hooks: an entry has none, and this is the server's own bookkeeping).
 * Returns how many went.
 */
export const pruneAuditLog = async (req: PayloadRequest, retentionDays: number): Promise<number> => {
  if (retentionDays <= 0) return 0
  const before = new Date(Date.now() - retentionDays * 24 * 60 * 60 * 1000).toISOString()
  let deleted = 0
  for (;;) {
    const { docs } = await req.payload.db.find<{ id: number }>({
      collection: 'audit-log',
      where: { createdAt: { less_than: before } },
      sort: 'createdAt',
      limit: BATCH,
      pagination: false,
      select: { id: true } as never,
      req,
    })
    if (!docs.length) return deleted
    await req.payload.db.deleteMany({
      collection: 'audit-log',
      where: { id: { in: docs.map(({ id }) => id) } },
      req,
    })
    deleted += docs.length
    if (docs.length < BATCH) return deleted
  }
}

/** The daily job (src/plugin/index.ts schedules it; the server's cron runs the queue). */
export const pruneAuditLogTask = (retentionDays: number): TaskConfig<'pruneAuditLog'> => ({
  slug: 'pruneAuditLog',
  label: 'Delete old audit entries (AUDIT_RETENTION_DAYS)',
  // Every night at 03:17 (seconds first), when the districts' editors rest.
  schedule: [{ cron: '0 17 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await pruneAuditLog(req, retentionDays) } }),
})
