import { execFileSync } from 'node:child_process'

import type { TestProject } from 'vitest/node'

import { startProductionServer } from './productionServer'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Builds the app as `npm run build` does (skip with E2E_SKIP_BUILD=1 when a build is
 * current) and starts it for the browser tests (startProductionServer).
 */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  }
  const { server, stop } = await startProductionServer()
  project.provide('baseUrl', server.url)
  return stop
}
