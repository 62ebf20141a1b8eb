import * as migration_20261124_224535_initial from './20261124_224535_initial'

export const migrations = [
  {
    up: migration_20261124_224535_initial.up,
    down: migration_20261124_224535_initial.down,
    name: '20261124_224535_initial',
  },
]
