import { execFileSync } from 'node:child_process'

import type { FuzzModel } from './model'

const MODEL_MARKER = 'FUZZ_MODEL '

/** The model of the built Payload config, from `printModel.ts` in a child process (about 4 s). */
export const loadModel = (env: NodeJS.ProcessEnv = process.env): FuzzModel => {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'tests/fuzz/printModel.ts'], {
    env: { ...env, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const line = output.split('\n').find((candidate) => candidate.startsWith(MODEL_MARKER))
  if (!line) throw new Error(`printModel.ts printed no model:\n${output.slice(0, 2000)}`)
  return JSON.parse(line.slice(MODEL_MARKER.length)) as FuzzModel
}
