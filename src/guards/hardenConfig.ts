import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

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

/**
 * Applies the guards to every collection of the built config, Payload's own included
 * (locks, preferences, jobs), which exist only after `buildConfig` has run.
 */
export const hardenConfig = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [guardQuery, ...(collection.hooks.beforeOperation ?? [])]
    // `false` (migrations) made Payload answer 501 "Cannot GET": no routes means 404.
    collection.endpoints = routesThatApply(collection, collection.endpoints || [])
    if (collection.slug === 'payload-locked-documents') secureLockedDocuments(collection)
    if (collection.slug === 'payload-preferences')
      collection.endpoints = securePreferences(collection.endpoints)
  }
  return config
}
