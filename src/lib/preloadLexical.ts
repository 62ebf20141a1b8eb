import fs from 'node:fs'
import path from 'node:path'

/**
 * Lexical's Node entry points (`*.node.mjs`) load their code through a top-level await of a
 * dynamic import. When Node 20 evaluates dozens of those at once (importing
 * @payloadcms/richtext-lexical pulls in the whole family), module evaluation can deadlock:
 * the import never settles and the process hangs or exits silently. Loading the family
 * one package at a time, dependencies first, beforehand avoids the concurrent evaluation.
 */
export const preloadLexical = async (): Promise<void> => {
  const modules = path.join(process.cwd(), 'node_modules')
  const manifests = new Map<
    string,
    { dependencies?: Record<string, string>; exports?: Record<string, unknown> }
  >()
  const visit = (name: string) => {
    if (manifests.has(name)) return
    const file = path.join(modules, name, 'package.json')
    if (fs.existsSync(file)) manifests.set(name, JSON.parse(fs.readFileSync(file, 'utf8')))
  }
  visit('lexical')
  const scope = path.join(modules, '@lexical')
  for (const entry of fs.existsSync(scope) ? fs.readdirSync(scope, { withFileTypes: true }) : []) {
    if (entry.isDirectory()) visit(`@lexical/${entry.name}`)
  }

  const loaded = new Set<string>()
  const load = async (name: string): Promise<void> => {
    if (loaded.has(name) || !manifests.has(name)) return
    loaded.add(name)
    const manifest = manifests.get(name)!
    for (const dependency of Object.keys(manifest.dependencies ?? {})) await load(dependency)
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      // Only the entry points with a Node-specific (top-level await) variant.
      if (!JSON.stringify(target).includes('"node"')) continue
      await import(subpath === '.' ? name : `${name}/${subpath.slice(2)}`).catch(() => {})
    }
  }
  for (const name of manifests.keys()) await load(name)
}
