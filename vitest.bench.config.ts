import { defineConfig } from 'vitest/config'

import base from './vitest.config'

/**
 * The benchmark's own checks (`npm run test:bench`, part of CI's benchmark smoke run): the
 * raw-SQL server answers exactly as the CMS, and the data generator clones documents faithfully.
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['tests/bench/**/*.test.ts'], exclude: ['**/node_modules/**'] },
})
