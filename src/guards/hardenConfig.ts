import type { CollectionConfig, Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { checkId } from './checkValues'
import { guardQuery } from './guardQuery'
import { secureLockedDocuments } from './lockedDocuments'
import { securePreferences } from './preferences'

/**
 * Payload registers its version and e-mail verification routes on every collection; where a
 * collection has no versions or no verification they answered 500. Without them: 404.
 */
const routesThatApply = (collection: SanitizedCollectionConfig, endpoints: Endpoint[]): Endpoint[] =>
  endpoints.filter(
    ({ path }) =>
      (collection.versions || !path.startsWith('/versions')) &&
      (collection.auth?.verify || path !== '/verify/:id'),
  )

/** A route whose path holds a document id (`/:id`, `/versions/:id`, `/access/:id?`). */
const ID_IN_PATH = /\/:id\??(\/|$)/

/**
 * Payload (3.90.2) hands an id from the path straight to PostgreSQL where no collection
 * operation checks it first (a version by id, a document's permissions): `-5`, `1.5` or
 * `99999999999` failed in the database. Checked before the handler runs: 400 naming `id`.
 * (`/verify/:id` carries a token, not an id.)
 */
const checkIdsInPaths = (collection: SanitizedCollectionConfig, endpoints: Endpoint[]): Endpoint[] =>
  endpoints.map((endpoint) =>
    !ID_IN_PATH.test(endpoint.path) || endpoint.path.startsWith('/verify')
      ? endpoint
      : {
          ...endpoint,
          handler: (req) => {
            const id = req.routeParams?.id
            if (id !== undefined && id !== '') {
              const what = endpoint.path.startsWith('/versions')
                ? `a version of ${collection.slug}`
                : collection.slug
              checkId(id, 'id', `an id of ${what}`)
            }
            return endpoint.handler(req)
          },
        },
  )

/** The first thing every operation does: check the query (src/guards/guardQuery.ts). Idempotent. */
export const hardenCollection = <C extends CollectionConfig | SanitizedCollectionConfig>(
  collection: C,
): C => {
  const before = collection.hooks?.beforeOperation ?? []
  if (before.includes(guardQuery)) return collection
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [guardQuery, ...before] } }
}

const hardened = new WeakSet<SanitizedConfig>()

/**
 * Applies the guards to every collection of the built config, Payload's own included
 * (locks, preferences, jobs), which exist only after `buildConfig` has run: the plugin calls
 * this when Payload starts (src/plugin/index.ts). Once per config.
 */
export const hardenConfig = (config: SanitizedConfig): SanitizedConfig => {
  if (hardened.has(config)) return config
  hardened.add(config)
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = hardenCollection(collection).hooks.beforeOperation
    // `false` (migrations) made Payload answer 501 "Cannot GET": no routes means 404.
    collection.endpoints = checkIdsInPaths(
      collection,
      routesThatApply(collection, collection.endpoints || []),
    )
    if (collection.slug === 'payload-locked-documents') secureLockedDocuments(collection)
    if (collection.slug === 'payload-preferences')
      collection.endpoints = securePreferences(collection.endpoints)
  }
  return config
}
