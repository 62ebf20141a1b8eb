import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigError } from './configError'
import type { Env } from './env'
import { dataDir } from './paths'

export const MIN_SECRET_LENGTH = 32

const isProductionBuild = (env: Env) => env.NEXT_PHASE === 'phase-production-build'

/**
 * The secret that signs sessions and encrypts API keys.
 *
 * Production demands an explicit, long secret: a generated default would silently
 * change between machines and log everybody out, a short one is guessable.
 * Development generates one once and keeps it under the data directory so that
 * logins survive restarts without any setup.
 */
export const resolvePayloadSecret = (env: Env = process.env): string => {
  const given = env.PAYLOAD_SECRET?.trim()
  const production = env.NODE_ENV === 'production'

  // `next build` evaluates the config but never signs anything.
  if (production && isProductionBuild(env) && !given) return 'build-phase-placeholder'

  if (given) {
    if (production && given.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `PAYLOAD_SECRET is too short: it has ${given.length} characters, production needs at least ${MIN_SECRET_LENGTH}. ` +
          `Generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
      )
    }
    return given
  }

  if (production) {
    throw new ConfigError(
      `PAYLOAD_SECRET is not set. Production needs a secret of at least ${MIN_SECRET_LENGTH} characters; ` +
        `generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
    )
  }

  const file = path.join(dataDir(env), 'payload-secret')
  try {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored.length >= MIN_SECRET_LENGTH) return stored
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const generated = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    // 'wx': when two processes start at once, the first writer wins and both use its secret.
    fs.writeFileSync(file, generated + '\n', { flag: 'wx', mode: 0o600 })
    return generated
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return fs.readFileSync(file, 'utf8').trim()
  }
}
