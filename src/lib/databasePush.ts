import type { Env } from './env'

/**
 * Schema changes reach every database through committed migrations. `DATABASE_PUSH=true`
 * lets a developer prototype fields against a throwaway development database; it is
 * ignored everywhere else so that production never diverges from the migrations.
 */
export const databasePush = (env: Env = process.env): boolean =>
  env.NODE_ENV !== 'production' && env.DATABASE_PUSH === 'true'
