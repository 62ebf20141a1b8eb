import type { SanitizedConfig } from 'payload'

import { guardQuery } from './guardQuery'

/**
 * Applies the guards to every collection of the built config, Payload's own included
 * (locks, preferences, jobs), which exist only after `buildConfig` has run.
 */
export const hardenConfig = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [guardQuery, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
