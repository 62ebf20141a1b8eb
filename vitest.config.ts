import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      // The SDK is installed under another name (docs/api.md, "Typed client"); code imports it as published.
      '@payloadcms/sdk': 'payloadcms-sdk',
    },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // The benchmark's own code (raw-SQL server, data cloning) is checked with the benchmark
    // smoke run (vitest.bench.config.ts), so that a new field cannot break `npm test` there.
    exclude: ['tests/bench/**', '**/node_modules/**'],
    globalSetup: ['tests/setup/globalSetup.ts'],
    setupFiles: ['tests/setup/workerEnv.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Payload instances are heavy; two workers match the two cores CI has.
    maxWorkers: 2,
  },
})
