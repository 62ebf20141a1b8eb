import fs from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildServer } from '../../src/scripts/buildServer'
import { DEFAULT_HEAP_MAX_MB, productionServerArgs, SERVER_BUNDLE } from '../../src/server/productionServer'

const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts

describe('the production server command', () => {
  it('is what npm start runs, and npm run build builds its bundle', () => {
    expect(scripts.start).toBe(
      `NODE_ENV=production node --max-old-space-size=\${HEAP_MAX_MB:-${DEFAULT_HEAP_MAX_MB}} ${SERVER_BUNDLE}`,
    )
    expect(scripts.build).toMatch(/next build && npm run build:server$/)
    expect(productionServerArgs({})).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MAX_MB}`, SERVER_BUNDLE])
    expect(productionServerArgs({ HEAP_MAX_MB: '512' })[0]).toBe('--max-old-space-size=512')
  })

  it('bundles every file of this repository and imports only installed packages', async () => {
    const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cms-server-')), 'main.mjs')
    const imports = await buildServer(outfile)
    const require = createRequire(path.resolve('package.json'))
    const packages = imports.filter((specifier) => !builtinModules.includes(specifier.replace(/^node:/, '')))
    expect(packages).toContain('payload')
    expect(packages).toContain('next')
    for (const specifier of packages) {
      expect(specifier, 'a file of the repository left outside the bundle').not.toMatch(/^[./]/)
      expect(() => require.resolve(specifier), specifier).not.toThrow()
    }
    // Its own code is inside: the config and the migrations (applied by npm start).
    const code = fs.readFileSync(outfile, 'utf8')
    expect(code).toContain('sign_in_attempts')
  })
})
