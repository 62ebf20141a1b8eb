/**
 * Builds the plugin as an npm package (`npm run build:package`, and `prepack`):
 *
 * - dist/index.js: src/index.ts bundled by esbuild (ESM, Node 20), every bare import external;
 * - dist/types/: declarations emitted by tsc (tsconfig.package.json), with relative imports
 *   spelled with `.js` so that hosts on `moduleResolution: nodenext` resolve them too.
 *
 * The bundle's bare imports (from esbuild's metafile) must be exactly the package's
 * `peerDependencies` and `dependencies`: an import that is not declared, or a declaration
 * nothing imports, fails the build.
 *
 *   node --import tsx src/scripts/buildPackage.ts
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import path from 'node:path'

import * as esbuild from 'esbuild'

const root = process.cwd()
const dist = path.join(root, 'dist')
const typesDir = path.join(dist, 'types')
const ENTRY = 'src/index.ts'
const TSCONFIG = 'tsconfig.package.json'
/** Emitted only because the sources type-check against it; a host has its own generated types. */
const GENERATED_TYPES = 'payload-types.d.ts'

type Manifest = {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  exports?: Record<string, { types?: string; import?: string }>
  types?: string
  main?: string
}

/** `@scope/name/sub/path` → `@scope/name`, `name/sub` → `name`. */
const packageNameOf = (specifier: string): string => {
  const parts = specifier.split('/')
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
}

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(packageNameOf(specifier))

const step = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
  const started = performance.now()
  const result = await run()
  console.log(`  ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

/** Bundles the entry; returns the bare packages the bundle imports, sorted. */
const bundle = async (): Promise<{ packages: string[]; specifiers: string[] }> => {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outfile: path.join(dist, 'index.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Payload, its plugins and every library stay imports: the host installs them once.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  })
  const specifiers = new Set<string>()
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path: specifier, external } of output.imports) {
      if (!external || isBuiltin(specifier)) continue
      if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
        throw new Error(`the bundle imports the file ${specifier}; only packages may stay external`)
      }
      specifiers.add(specifier)
    }
  }
  const sorted = [...specifiers].sort()
  return { specifiers: sorted, packages: [...new Set(sorted.map(packageNameOf))].sort() }
}

const listFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )

/** The `.js` spelling of a relative import in a declaration file, or why there is none. */
const withExtension = (file: string, specifier: string): string => {
  if (/\.(c|m)?js$/.test(specifier)) return specifier
  const target = path.resolve(path.dirname(file), specifier)
  if (fs.existsSync(`${target}.d.ts`)) return `${specifier}.js`
  if (fs.existsSync(path.join(target, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`
  throw new Error(`${path.relative(root, file)}: cannot resolve ${specifier} among the declarations`)
}

/** Emits the declarations and makes them resolvable under every module resolution. */
const declarations = () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const { status } = spawnSync(process.execPath, [tsc, '-p', TSCONFIG], { cwd: root, stdio: 'inherit' })
  if (status !== 0) throw new Error(`tsc -p ${TSCONFIG} failed`)
  fs.rmSync(path.join(typesDir, GENERATED_TYPES), { force: true })
  const relative = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*|\.{1,2})\2/g
  for (const file of listFiles(typesDir).filter((name) => name.endsWith('.d.ts'))) {
    const text = fs.readFileSync(file, 'utf8')
    if (/payload-types/.test(text)) {
      throw new Error(`${path.relative(root, file)} refers to the app's generated payload-types`)
    }
    const rewritten = text.replace(
      relative,
      (_, prefix: string, quote: string, specifier: string) =>
        `${prefix}${quote}${withExtension(file, specifier)}${quote}`,
    )
    if (rewritten !== text) fs.writeFileSync(file, rewritten)
  }
}

/**
 * The bundle's packages against the manifest: exactly the peers and dependencies; every peer
 * also a devDependency (the repo's own install), pinned to the version its range starts from.
 */
const checkDeclared = (manifest: Manifest, packages: string[]): string[] => {
  const peers = Object.keys(manifest.peerDependencies ?? {})
  const dependencies = Object.keys(manifest.dependencies ?? {})
  const declared = new Set([...peers, ...dependencies])
  return [
    ...packages
      .filter((name) => !declared.has(name))
      .map((name) => `${name} is imported by the bundle but neither a peerDependency nor a dependency`),
    ...[...declared]
      .filter((name) => !packages.includes(name))
      .map((name) => `${name} is declared for the package but the bundle does not import it`),
    ...peers
      .filter((name) => dependencies.includes(name))
      .map((name) => `${name} is both a peerDependency and a dependency`),
    ...peers
      .filter((name) => manifest.peerDependencies?.[name] !== `^${manifest.devDependencies?.[name]}`)
      .map(
        (name) =>
          `peer ${name} ${manifest.peerDependencies?.[name]} does not match devDependencies ${manifest.devDependencies?.[name] ?? '(none)'}: want ^<the pinned version>`,
      ),
  ]
}

/** The entry points package.json names must exist after the build. */
const checkEntryPoints = (manifest: Manifest): string[] => {
  const entry = manifest.exports?.['.']
  const files = [manifest.main, manifest.types, entry?.import, entry?.types]
  return files.flatMap((file) =>
    !file
      ? ['package.json lacks main, types or exports["."]']
      : fs.existsSync(path.join(root, file))
        ? []
        : [`${file} was not built`],
  )
}

const main = async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest
  console.log(`building the package from ${ENTRY}`)
  fs.rmSync(dist, { recursive: true, force: true })
  const { packages, specifiers } = await step('esbuild → dist/index.js', bundle)
  await step(`tsc -p ${TSCONFIG} → dist/types`, declarations)
  const peers = manifest.peerDependencies ?? {}
  const dependencies = manifest.dependencies ?? {}
  console.log(`bare imports of the bundle: ${specifiers.join(', ')}`)
  for (const name of packages) {
    const kind =
      name in peers
        ? `peer ${peers[name]}`
        : name in dependencies
          ? `dependency ${dependencies[name]}`
          : 'UNDECLARED'
    console.log(`  ${name.padEnd(34)} ${kind}`)
  }
  const problems = [...checkDeclared(manifest, packages), ...checkEntryPoints(manifest)]
  if (problems.length) throw new Error(problems.join('\n'))
  console.log('package built in dist/')
}

main().catch((error: unknown) => {
  console.error(`build:package failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
