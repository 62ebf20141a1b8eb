import { DISTRICT_ROLES, type DistrictRole } from './roles'

/**
 * The role matrix: who may do what, per kind of collection. Access predicates and the
 * access test suite both read it; the README renders it. The state admin (`admin`) may do
 * everything everywhere and is not listed.
 *
 * A cell lists the district roles that grant the operation on documents of the district the
 * role is held in; `public` marks what anybody may do, anonymous clients included (for
 * content: reading what is published and not in the trash).
 */
export type Cell = { public?: true; roles: readonly DistrictRole[] }

export const OPERATIONS = [
  'read',
  'readDrafts',
  'readVersions',
  'create',
  'update',
  'publish',
  'unpublish',
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

export const MATRIX: Record<'content' | 'media' | 'stateWide' | 'users', Partial<Record<Operation, Cell>>> = {
  content,
  media,
  stateWide,
  users,
}
export type Resource = keyof typeof MATRIX

export const CONTENT_COLLECTIONS = [
  'networks',
  'principles',
  'goals',
  'working-groups',
  'actors',
  'contacts',
  'target-groups',
] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

/** Which row of the matrix governs a collection. */
export const RESOURCE_OF = {
  networks: 'content',
  principles: 'content',
  goals: 'content',
  'working-groups': 'content',
  actors: 'content',
  contacts: 'content',
  'target-groups': 'content',
  districts: 'stateWide',
  'fields-of-action': 'stateWide',
  media: 'media',
  users: 'users',
} as const satisfies Record<string, Resource>

const NOBODY: Cell = { roles: nobody }

/** The cell of a resource and operation; operations a resource does not have grant nobody. */
export const cellOf = (resource: Resource, operation: Operation): Cell =>
  MATRIX[resource][operation] ?? NOBODY

/** Whether `role` is granted `operation` on `resource` ('anonymous' and 'admin' included). */
export const allows = (
  resource: Resource,
  operation: Operation,
  role: DistrictRole | 'anonymous' | 'admin',
) => {
  if (role === 'admin') return true
  const cell = cellOf(resource, operation)
  if (role === 'anonymous') return Boolean(cell.public)
  return Boolean(cell.public) || cell.roles.includes(role)
}

export const ROLES_IN_ORDER = ['anonymous', ...[...DISTRICT_ROLES].reverse(), 'admin'] as const
