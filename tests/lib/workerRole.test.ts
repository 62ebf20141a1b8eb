import { describe, expect, it } from 'vitest'

import { runsJobs, workerRole } from '../../src/lib/workerRole'

describe('workerRole', () => {
  it('is the single process unless the primary said otherwise', () => {
    expect(workerRole({})).toEqual({ kind: 'single' })
    expect(runsJobs({})).toBe(true)
  })

  it('lets exactly the worker chosen for it run the job queue', () => {
    expect(workerRole({ CMS_WORKER_SLOT: '1', CMS_WORKER_RUNS_JOBS: 'true' })).toEqual({
      kind: 'worker',
      slot: 1,
      runsJobs: true,
    })
    expect(runsJobs({ CMS_WORKER_SLOT: '1', CMS_WORKER_RUNS_JOBS: 'true' })).toBe(true)
    expect(runsJobs({ CMS_WORKER_SLOT: '2', CMS_WORKER_RUNS_JOBS: 'false' })).toBe(false)
    expect(runsJobs({ CMS_WORKER_PREPARES: 'true' })).toBe(false)
  })
})
