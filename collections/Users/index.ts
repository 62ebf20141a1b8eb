import type { CollectionConfig } from 'payload'

import { adminOnlyField } from '../../access/predicates'
import { GLOBAL_ROLES } from '../../access/roles'
import { createUsers, deleteUsers, readUsers, updateUsers } from '../../access/usersAccess'
import { declare } from '../../src/lib/collectionFacts'
import { secureCookies } from '../../src/lib/secureCookies'
import { GROUPS } from '../adminGroups'
import { districtMemberships } from './fields/districtMemberships'
import { language } from './fields/language'
import { forgotPasswordMail } from './forgotPasswordMail'
import { guardSignIn, recordForgotPasswordTime } from './hooks/guardSignIn'
import { guardUserDeletion, guardUserManagement } from './hooks/guardUserManagement'
import { hideApiKey } from './hooks/hideApiKey'
import { inviteWithoutPassword } from './hooks/inviteWithoutPassword'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { requireStrongPassword } from './hooks/requireStrongPassword'
import { sendInvitation } from './hooks/sendInvitation'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  custom: declare({ resource: 'users' }),
  labels: {
    singular: { de: 'Benutzer', en: 'User' },
    plural: { de: 'Benutzer', en: 'Users' },
  },
  auth: {
    // Five wrong passwords lock the account for ten minutes (plus the login rate limit of
    // the server); API keys let frontends act with their user's roles (e.g. draft previews).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    useAPIKey: true,
    // Secure in production (behind HTTPS), unless SERVER_URL says the server is plain http.
    cookies: { sameSite: 'Lax', secure: secureCookies() },
    // The reset mail in the user's language, with a link that works for an hour.
    forgotPassword: forgotPasswordMail,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: GROUPS.administration,
    // Inviting without a password (Payload's create form insists on one).
    components: { beforeListTable: ['/src/components/InviteUser#InviteUser'] },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: readUsers,
    create: createUsers,
    update: updateUsers,
    delete: deleteUsers,
  },
  hooks: {
    beforeOperation: [guardSignIn, inviteWithoutPassword],
    afterForgotPassword: [recordForgotPasswordTime],
    beforeValidate: [requireStrongPassword],
    beforeChange: [makeFirstUserAdmin, guardUserManagement],
    beforeDelete: [guardUserDeletion],
    afterChange: [sendInvitation],
    afterRead: [hideApiKey],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { de: 'Name', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: { de: 'Landesweite Rollen', en: 'State-wide roles' },
      options: GLOBAL_ROLES.map((role) => ({
        value: role,
        label: { de: 'Landesadministration', en: 'State administrator' },
      })),
      admin: {
        position: 'sidebar',
        description: {
          de: 'Nur die Landesadministration vergibt landesweite Rollen.',
          en: 'Only state administrators grant state-wide roles.',
        },
        // Meaningless on the first-user form: the first account is the state administrator.
        condition: (_data, _siblingData, { user }) => Boolean(user),
      },
      // Nobody raises their own rights: only admins write roles, including on themselves.
      access: {
        create: adminOnlyField,
        update: adminOnlyField,
      },
    },
    language,
    districtMemberships,
  ],
}
