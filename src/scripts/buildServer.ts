/**
 * Bundles the express server (src/server/main.ts, with payload.config.ts and everything it
 * imports from this repository) into one ES module that plain Node runs in production
 * (src/server/productionServer.ts says why). Packages stay imports from node_modules.
 * Part of `npm run build`, after `next build` (which empties .next first).
 *
 *   node --import tsx src/scripts/buildServer.ts
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import * as esbuild from 'esbuild'

import { SERVER_BUNDLE } from '../server/productionServer'

/** Writes the bundle to `outfile`; answers what it imports (packages and Node's built-ins). */
export const buildServer = async (outfile = path.resolve(SERVER_BUNDLE)): Promise<string[]> => {
  const result = await esbuild.build({
    absWorkingDir: process.cwd(),
    entryPoints: ['src/server/main.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Resolves @payload-config and the other paths of tsconfig.json.
    tsconfig: 'tsconfig.json',
    metafile: true,
    logLevel: 'warning',
  })
  return Object.values(result.metafile.outputs).flatMap(({ imports }) => imports.map(({ path }) => path))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now()
  await buildServer()
  console.log(`Server bundle: ${SERVER_BUNDLE} (${Math.round(performance.now() - started)} ms)`)
}
