import * as migration_20261124_230017_initial from './20261124_230017_initial'

export const migrations = [
  {
    up: migration_20261124_230017_initial.up,
    down: migration_20261124_230017_initial.down,
    name: '20261124_230017_initial',
  },
]
