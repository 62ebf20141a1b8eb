import type { ArrayField } from 'payload'

import { districtsOf, type UserWithMemberships } from '../../../access/districtsGranting'
import { isAdmin } from '../../../access/isAdmin'
import { DISTRICT_ROLE_LABELS, DISTRICT_ROLES } from '../../../access/roles'
import { managedDistricts, membershipsWritable } from '../../../access/usersAccess'

/**
 * The districts a user works in, with their roles there. The multi-tenant plugin reads
 * this array (`districts[].district`) to scope the user's content to those districts.
 */
export const districtMemberships: ArrayField = {
  name: 'districts',
  type: 'array',
  label: { de: 'Landkreise und Rollen', en: 'Districts and roles' },
  labels: {
    singular: { de: 'Landkreis', en: 'District' },
    plural: { de: 'Landkreise', en: 'Districts' },
  },
  saveToJWT: true,
  // Admins and district admins; guardUserManagement keeps the latter to their own districts
  // and keeps everyone's hands off their own memberships.
  access: { create: membershipsWritable, update: membershipsWritable },
  admin: {
    // Meaningless on the first-user form: the first account is the state administrator.
    condition: (_data, _siblingData, { user }) => Boolean(user),
  },
  fields: [
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      // District admins pick only districts they administer (guardUserManagement refuses any
      // other change). The account's memberships as they stand stay valid: without them nobody
      // who is not a district admin there could save their own name or password.
      filterOptions: ({ data, req: { user } }) =>
        isAdmin(user)
          ? true
          : { id: { in: [...managedDistricts(user), ...districtsOf(data as UserWithMemberships)] } },
      required: true,
      index: true,
      label: { de: 'Landkreis / Stadt', en: 'District' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      label: { de: 'Rollen', en: 'Roles' },
      options: DISTRICT_ROLES.map((role) => ({ value: role, label: DISTRICT_ROLE_LABELS[role] })),
    },
  ],
}
