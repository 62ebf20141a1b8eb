import { serverWrittenAccess } from './serverWrittenAccess'

/**
 * The audit log's row of the role matrix: district admins read the entries about their districts
 * (`districts`, see collections/AuditLog); the server appends and the retention job deletes.
 */
export const auditLogAccess = serverWrittenAccess('auditLog', 'districts')
