import {
  cellOf,
  DISTRICT_SCOPED,
  MATRIX,
  OPERATION_LABELS,
  OPERATIONS,
  type Resource,
  ROLES_IN_ORDER,
} from './matrix'

const RESOURCE_LABELS: Record<Resource, string> = {
  content: 'District content¹',
  media: 'Media²',
  stateWide: 'Districts, fields of action',
  users: 'Users³',
  auditLog: 'Audit log⁴',
  linkChecks: 'Link-check results⁵',
}

const LABELS: Partial<Record<`${Resource}.${(typeof OPERATIONS)[number]}`, string>> = {
  'media.read': 'read files marked public or used by published content',
  'media.readDrafts': 'read all files of the district',
  'media.create': 'upload',
  'media.update': 'edit',
  'media.delete': 'delete',
  'stateWide.read': 'read',
  'stateWide.create': 'create',
  'stateWide.update': 'edit',
  'stateWide.delete': 'delete',
  'users.read': 'read the accounts of the district',
  'users.create': 'create accounts with roles in the district',
  'users.update': 'edit accounts that belong to the district only',
  'users.delete': 'delete such accounts',
  'auditLog.read': 'read the entries of the district',
  'auditLog.create': 'create (only the server appends)',
  'auditLog.update': 'edit',
  'auditLog.delete': 'delete (only the retention job)',
  'linkChecks.read': 'read the results of the district',
  'linkChecks.create': 'create (only the link-check job)',
  'linkChecks.update': 'edit (only the link-check job)',
  'linkChecks.delete': 'delete (only the link-check job)',
}

/**
 * The role matrix as a Markdown table (docs/roles.md shows it; a test keeps the two equal).
 * ✓ = allowed in the districts where the role is held; "all" = everywhere; – = refused.
 * Anonymous "all" on district content means its published part, in every district.
 */
export const matrixTable = (): string => {
  const header = `| resource | operation | ${ROLES_IN_ORDER.join(' | ')} |`
  const rule = `| --- | --- | ${ROLES_IN_ORDER.map(() => ':---:').join(' | ')} |`
  const rows: string[] = []
  for (const resource of Object.keys(MATRIX) as Resource[]) {
    for (const operation of OPERATIONS.filter((op) => MATRIX[resource][op])) {
      const cell = cellOf(resource, operation)
      const marks = ROLES_IN_ORDER.map((role) => {
        if (role === 'admin') return cell.serverOnly ? '–' : 'all'
        if (role === 'anonymous') return cell.public ? 'all' : '–'
        if (cell.roles.includes(role)) return '✓'
        return !DISTRICT_SCOPED[resource] && cell.public ? 'all' : '–'
      })
      const label = LABELS[`${resource}.${operation}`] ?? OPERATION_LABELS[operation]
      rows.push(`| ${RESOURCE_LABELS[resource]} | ${label} | ${marks.join(' | ')} |`)
    }
  }
  return [header, rule, ...rows].join('\n')
}
