import path from 'node:path'

import type { Env } from './env'

/**
 * Every command runs from the project root (npm scripts guarantee it), so runtime
 * state is resolved against the working directory rather than module locations,
 * which differ between tsx and Next's bundles.
 */
export const projectRoot = (): string => process.cwd()

/** Directory for local runtime state: the embedded database, the development secret. */
export const dataDir = (env: Env = process.env): string =>
  path.resolve(/* turbopackIgnore: true */ projectRoot(), env.DATA_DIR || '.data')

/** Where uploads are stored; tests point this at their own directory. */
export const mediaDir = (env: Env = process.env): string =>
  path.resolve(/* turbopackIgnore: true */ projectRoot(), env.MEDIA_DIR || 'media')
