import * as migration_20261124_214202_initial from './20261124_214202_initial';

export const migrations = [
  {
    up: migration_20261124_214202_initial.up,
    down: migration_20261124_214202_initial.down,
    name: '20261124_214202_initial'
  },
];
