import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../../src/lib/paths'
import type { ScenarioParams } from '../scenarios'

/** Raised when the generator's output changes, so that older databases are generated again. */
export const GENERATOR_VERSION = 6

/** What the generator leaves for the harness, next to the bench database. */
export type BenchMeta = {
  generator: number
  complete: boolean
  scale: number
  database: string
  generatedAt: string
  documents: Record<string, number>
  timings: { seedSeconds: number; loadSeconds: number; totalSeconds: number }
  params: Omit<ScenarioParams, 'editorToken'>
  /** A throwaway editor of the scenarios' district, local to the bench database. */
  editor: { email: string; password: string }
}

const metaPath = (scale: number) => path.join(dataDir(), 'bench', `scale-${scale}.json`)

export const readMeta = (scale: number): BenchMeta | null => {
  try {
    return JSON.parse(fs.readFileSync(metaPath(scale), 'utf8')) as BenchMeta
  } catch {
    return null
  }
}

export const writeMeta = (meta: BenchMeta) => {
  fs.mkdirSync(path.dirname(metaPath(meta.scale)), { recursive: true })
  fs.writeFileSync(metaPath(meta.scale), `${JSON.stringify(meta, null, 2)}\n`)
}
