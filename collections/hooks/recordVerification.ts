import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { writeAuditEntry } from '../AuditLog/writeAuditEntry'
import { entryFor } from './recordAudit'

type Doc = Record<string, unknown>

/**
 * The audit entry of the "geprüft" action (src/endpoints/verify.ts, which writes around Payload's
 * operations and so around recordChange): the two fields it changed, in its transaction. The
 * plugin hands it to the action.
 */
export const recordVerification = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  before: Doc,
  after: Doc,
): Promise<void> => writeAuditEntry(req, { ...entryFor(collection, before, after), action: 'verify' })
