import * as migration_20261124_232354_initial from './20261124_232354_initial'

export const migrations = [
  {
    up: migration_20261124_232354_initial.up,
    down: migration_20261124_232354_initial.down,
    name: '20261124_232354_initial',
  },
]
