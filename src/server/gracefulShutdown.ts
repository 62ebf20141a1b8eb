import type { Server } from 'node:http'

import type { Payload } from 'payload'

export const SHUTDOWN_DEADLINE_MS = 10_000

type Steps = {
  server: Server
  logger: Payload['logger']
  /** Called in order once no request is in flight any more. */
  cleanup: Array<[name: string, step: () => Promise<unknown>]>
}

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, run the
 * cleanup steps (database pool, embedded PostgreSQL) and exit, all within ten seconds.
 * Requests still running shortly before the deadline are cut so that cleanup still runs.
 */
export const installGracefulShutdown = ({ server, logger, cleanup }: Steps) => {
  let shuttingDown = false

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    logger.info(`${signal} received: finishing in-flight requests, then shutting down`)
    const started = Date.now()

    const hardStop = setTimeout(() => {
      logger.error('Shutdown did not finish within 10 s; exiting anyway')
      process.exit(1)
    }, SHUTDOWN_DEADLINE_MS)
    hardStop.unref()

    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    // Keep-alive sockets would hold close() open; drop them as soon as they are idle.
    const sweeper = setInterval(() => server.closeIdleConnections(), 100)
    const cutOff = setTimeout(() => server.closeAllConnections(), SHUTDOWN_DEADLINE_MS - 3_000)
    server.closeIdleConnections()
    await closed
    clearInterval(sweeper)
    clearTimeout(cutOff)

    let failed = false
    for (const [name, step] of cleanup) {
      try {
        await step()
      } catch (error) {
        failed = true
        logger.error({ err: error }, `Shutdown step failed: ${name}`)
      }
    }
    logger.info(`Shut down in ${Date.now() - started} ms`)
    process.exit(failed ? 1 : 0)
  }

  process.on('SIGTERM', (signal) => void shutdown(signal))
  process.on('SIGINT', (signal) => void shutdown(signal))
  return { isShuttingDown: () => shuttingDown }
}
