import fs from 'node:fs'

import type { Env } from '../lib/env'

/**
 * The production server as `npm start` runs it (package.json states the same command; a test
 * holds the two together): the bundle that `npm run build` writes beside Next's build, run by
 * plain Node with V8's heap capped.
 *
 * - A bundle, not `tsx`: tsx's loader thread, its transforms and the source maps it switches on
 *   (every package's maps, with their sources) held about 200 MB in each process.
 * - The cap: without one, V8 on a large machine lets garbage grow to several hundred MB before
 *   collecting it, per worker. 256 MB holds two directories of a large district being computed
 *   at once, with the admission queue (src/server/admission.ts) bounding the rest; `HEAP_MAX_MB`
 *   raises it for larger data.
 */
export const SERVER_BUNDLE = '.next/cms-server.mjs'

export const DEFAULT_HEAP_MAX_MB = 256

/** Node's arguments for the production server (as `npm start`, HEAP_MAX_MB from `env`). */
export const productionServerArgs = (env: Env = process.env): string[] => [
  `--max-old-space-size=${env.HEAP_MAX_MB || DEFAULT_HEAP_MAX_MB}`,
  SERVER_BUNDLE,
]

/** Whether `npm run build` has run to the end: Next's build and the server bundle are there. */
export const hasProductionBuild = (): boolean =>
  fs.existsSync('.next/BUILD_ID') && fs.existsSync(SERVER_BUNDLE)
