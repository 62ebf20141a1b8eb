import type { PayloadRequest } from 'payload'

import type { AuditAction } from './actions'

/** Who an entry names: the signed-in user, or the account an anonymous sign-in event is about. */
export type AuditActor = { id: number | string; email?: unknown; name?: unknown } | null | undefined

export type AuditEntry = {
  action: AuditAction
  collection?: string
  documentId?: number | string
  title?: string | null
  districts?: Array<number | string>
  changedFields?: string[]
  changes?: Record<string, { before: unknown; after: unknown }>
}

/** How an account is named in the log; kept as text, since accounts get deleted. */
export const labelOf = (user: AuditActor): string => {
  if (!user) return 'System'
  const email = typeof user.email === 'string' ? user.email : `#${user.id}`
  return typeof user.name === 'string' && user.name.trim() ? `${user.name.trim()} <${email}>` : email
}

/**
 * Appends an entry. With the request of the change, inside its transaction: if the change fails,
 * the entry goes with it, and if the entry cannot be written, the change fails. Straight through
 * the database adapter: the server's own bookkeeping, which no client may do
 * (access/auditLogAccess.ts), with nothing for Payload's operation to check or populate; a full
 * Local API create per change cost the benchmark's writes a third of their throughput.
 */
export const writeAuditEntry = async (
  req: PayloadRequest,
  entry: AuditEntry,
  actor: AuditActor = req.user?.collection === 'users' ? req.user : null,
) => {
  const now = new Date().toISOString()
  await req.payload.db.create({
    collection: 'audit-log',
    data: {
      ...entry,
      documentId: entry.documentId === undefined ? null : String(entry.documentId),
      districts: [...new Set((entry.districts ?? []).map(String))].map(Number),
      user: actor ? Number(actor.id) : null,
      actorLabel: labelOf(actor),
      viaApiKey: (actor as { _strategy?: string } | null)?._strategy === 'api-key',
      createdAt: now,
      updatedAt: now,
    },
    req,
    returning: false,
  })
}
