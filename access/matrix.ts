import type { Resource } from '../src/lib/collectionFacts'
import { DISTRICT_ROLES, type DistrictRole } from './roles'

/**
 * The role matrix: who may do what, per kind of collection. Access predicates and the
 * access test suite both read it; docs/roles.md renders it. The state admin (`admin`) may do
 * everything everywhere and is not listed.
 *
 * A cell lists the district roles that grant the operation on documents of the district the
 * role is held in. Signed-in users act within their districts only: another district's
 * documents are closed to them, published or not. `public` marks what anonymous clients may
 * do (for content: read what is published and not in the trash), which is how frontends and
 * anyone else see a district. State-wide data (districts, fields of action) belongs to no
 * district: what is `public` there is open to everybody, signed in or not.
 */
export type Cell = {
  public?: true
  roles: readonly DistrictRole[]
  /** Closed to the state admin too: only the server itself does it (the audit log's writes). */
  serverOnly?: true
}

export const OPERATIONS = [
  'read',
  'readDrafts',
  'readVersions',
  'create',
  'update',
  'publish',
  'unpublish',
  'requestChanges',
  'verify',
  'trash',
  'restore',
  'delete',
] as const
export type Operation = (typeof OPERATIONS)[number]

export const OPERATION_LABELS: Record<Operation, string> = {
  read: 'read published',
  readDrafts: 'read drafts and trash',
  readVersions: 'read versions',
  create: 'create (as draft)',
  update: 'edit (drafts; published only by saving a draft)',
  publish: 'publish, edit published',
  unpublish: 'unpublish',
  requestChanges: 'request changes (a comment back to the author)',
  verify: 'mark as verified ("geprüft", where the collection has it)',
  trash: 'move to trash',
  restore: 'restore from trash',
  delete: 'delete permanently',
}

const members = ['viewer', 'author', 'editor', 'district-admin'] as const satisfies DistrictRole[]
const writers = ['author', 'editor', 'district-admin'] as const satisfies DistrictRole[]
const editors = ['editor', 'district-admin'] as const satisfies DistrictRole[]
const districtAdmins = ['district-admin'] as const satisfies DistrictRole[]
const nobody = [] as const satisfies DistrictRole[]

/** District content with drafts: networks, principles, goals, working groups, actors, contacts, target groups. */
const content = {
  read: { public: true, roles: members },
  readDrafts: { roles: members },
  readVersions: { roles: members },
  create: { roles: writers },
  update: { roles: writers },
  publish: { roles: editors },
  unpublish: { roles: editors },
  requestChanges: { roles: editors },
  // Whoever may edit an entry may confirm that it is still right (src/endpoints/verify.ts).
  verify: { roles: writers },
  trash: { roles: editors },
  restore: { roles: editors },
  delete: { roles: districtAdmins },
} satisfies Record<Operation, Cell>

/** Shared, state-wide data without drafts: districts and fields of action. */
const stateWide: Partial<Record<Operation, Cell>> = {
  read: { public: true, roles: members },
  create: { roles: nobody },
  update: { roles: nobody },
  delete: { roles: nobody },
}

/**
 * Images and PDFs of a district. `read` for everyone covers files marked public or attached
 * to published content (collections/Media/hooks/trackPublicUse.ts).
 */
const media: Partial<Record<Operation, Cell>> = {
  read: { public: true, roles: members },
  readDrafts: { roles: members },
  create: { roles: writers },
  update: { roles: editors },
  delete: { roles: districtAdmins },
}

/** Accounts. Everyone signed in reads and edits their own (not their roles); see access/usersAccess.ts. */
const users: Partial<Record<Operation, Cell>> = {
  read: { roles: districtAdmins },
  create: { roles: districtAdmins },
  update: { roles: districtAdmins },
  delete: { roles: districtAdmins },
}

/**
 * The audit log (collections/AuditLog): district admins read the entries of their districts.
 * Nobody writes it over any API, the state admin included: the server's hooks append entries
 * in the transaction of the change, and the retention job deletes old ones.
 */
const auditLog: Partial<Record<Operation, Cell>> = {
  read: { roles: districtAdmins },
  create: { roles: nobody, serverOnly: true },
  update: { roles: nobody, serverOnly: true },
  delete: { roles: nobody, serverOnly: true },
}

/**
 * The link check's results (collections/LinkChecks): the members of a district read those of its
 * content. Only the link-check job writes them (`serverOnly`), the state admin included.
 */
const linkChecks: Partial<Record<Operation, Cell>> = {
  read: { roles: members },
  create: { roles: nobody, serverOnly: true },
  update: { roles: nobody, serverOnly: true },
  delete: { roles: nobody, serverOnly: true },
}

/** A row per resource; each collection declares its resource (src/lib/collectionFacts.ts). */
export const MATRIX: Record<Resource, Partial<Record<Operation, Cell>>> = {
  content,
  media,
  stateWide,
  users,
  auditLog,
  linkChecks,
}
export type { Resource }

const NOBODY: Cell = { roles: nobody }

/**
 * Resources whose documents belong to a district (users: through their memberships; audit
 * entries: through the districts of the document or account they are about).
 */
export const DISTRICT_SCOPED: Record<Resource, boolean> = {
  content: true,
  media: true,
  stateWide: false,
  users: true,
  auditLog: true,
  linkChecks: true,
}

/** The cell of a resource and operation; operations a resource does not have grant nobody. */
export const cellOf = (resource: Resource, operation: Operation): Cell =>
  MATRIX[resource][operation] ?? NOBODY

/** Whether `role` is granted `operation` on `resource` ('anonymous' and 'admin' included). */
export const allows = (
  resource: Resource,
  operation: Operation,
  role: DistrictRole | 'anonymous' | 'admin',
) => {
  const cell = cellOf(resource, operation)
  if (role === 'admin') return !cell.serverOnly
  if (role === 'anonymous') return Boolean(cell.public)
  return cell.roles.includes(role) || (!DISTRICT_SCOPED[resource] && Boolean(cell.public))
}

/** What a signed-in user may do in a district where they hold no role. */
export const allowsWithoutRole = (resource: Resource, operation: Operation) =>
  !DISTRICT_SCOPED[resource] && Boolean(cellOf(resource, operation).public)

export const ROLES_IN_ORDER = ['anonymous', ...[...DISTRICT_ROLES].reverse(), 'admin'] as const
