import type { User } from '../payload-types'

/** One password for all demo logins: they exist only in development databases. */
export const DEMO_PASSWORD = 'Demo-Integration-2026'

type DemoUser = Pick<User, 'email' | 'name' | 'roles'> & {
  /** District slug and the roles held there. */
  districts?: Array<{ district: string; roles: NonNullable<User['districts']>[number]['roles'] }>
  /** What to try with this login, printed at start-up. */
  purpose: string
}

/**
 * One login per role, spread over the three kinds of district (Landkreis, kreisfreie Stadt,
 * Landeshauptstadt). The state admin comes first: the first user of an empty database
 * becomes admin anyway.
 */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'landesadmin@demo.example.org',
    name: 'Landesadministration (Demo)',
    roles: ['admin'],
    purpose: 'Landesadministration: alle Landkreise, Benutzer und Handlungsfelder',
  },
  {
    email: 'kreisadmin.saalekreis@demo.example.org',
    name: 'Kreis-Administration Saalekreis (Demo)',
    districts: [{ district: 'saalekreis', roles: ['district-admin'] }],
    purpose: 'Kreis-Administration im Landkreis Saalekreis',
  },
  {
    email: 'redaktion.halle@demo.example.org',
    name: 'Redaktion Halle (Saale) (Demo)',
    districts: [{ district: 'halle-saale', roles: ['editor'] }],
    purpose: 'Redaktion in der kreisfreien Stadt Halle (Saale)',
  },
  {
    email: 'autorin.magdeburg@demo.example.org',
    name: 'Autorin Magdeburg (Demo)',
    districts: [{ district: 'magdeburg', roles: ['author'] }],
    purpose: 'Autorin in der Landeshauptstadt Magdeburg',
  },
  {
    email: 'lesezugang.stendal@demo.example.org',
    name: 'Lesezugang Stendal (Demo)',
    districts: [{ district: 'stendal', roles: ['viewer'] }],
    purpose: 'Lesezugriff im Landkreis Stendal',
  },
]
