import type { CollectionSlug } from 'payload'

import type { Referrer } from '../src/hooks/preventDeleteWhenReferenced'

/** Who points at whom: a document with referrers cannot be deleted (see preventDeleteWhenReferenced). */
export const REFERRERS: Partial<Record<CollectionSlug, Referrer[]>> = {
  networks: [
    { collection: 'principles', field: 'network' },
    { collection: 'goals', field: 'network' },
    { collection: 'working-groups', field: 'network' },
    { collection: 'target-groups', field: 'networks' },
    { collection: 'actors', field: 'memberships.network' },
    { collection: 'contacts', field: 'networks' },
  ],
  'working-groups': [{ collection: 'goals', field: 'workingGroup' }],
  contacts: [
    { collection: 'networks', field: 'coordinatingContacts' },
    { collection: 'working-groups', field: 'chair' },
  ],
  actors: [
    { collection: 'working-groups', field: 'memberActors' },
    { collection: 'contacts', field: 'actor' },
  ],
  'target-groups': [
    { collection: 'goals', field: 'targetGroups' },
    { collection: 'working-groups', field: 'targetGroups' },
    { collection: 'actors', field: 'targetGroups' },
  ],
  'fields-of-action': [
    { collection: 'goals', field: 'fieldsOfAction' },
    { collection: 'working-groups', field: 'fieldsOfAction' },
    { collection: 'actors', field: 'fieldsOfAction' },
  ],
  media: [
    { collection: 'networks', field: 'downloads' },
    { collection: 'actors', field: 'logo' },
    { collection: 'contacts', field: 'photo' },
    { collection: 'districts', field: 'coatOfArms' },
  ],
  districts: (
    [
      'networks',
      'principles',
      'goals',
      'target-groups',
      'working-groups',
      'actors',
      'contacts',
      'media',
    ] as const
  ).map((collection) => ({ collection, field: 'district' })),
}
