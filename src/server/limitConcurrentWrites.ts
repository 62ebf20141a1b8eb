import type { RequestHandler } from 'express'

/**
 * Lets at most `max` writing API requests (anything but GET, HEAD, OPTIONS) run at once and
 * queues the rest in order. A write holds one pooled database connection for its transaction,
 * and inside it Payload also reads through the pool; when every pooled connection belonged to a
 * waiting transaction the server stopped answering (the benchmark found it: about 28 parallel
 * create-and-update chains on a pool of 10). Keep `max` well below the pool size.
 */
export const limitConcurrentWrites = (max = 4): RequestHandler => {
  let running = 0
  const waiting: Array<() => void> = []
  const drain = () => {
    while (running < max && waiting.length > 0) waiting.shift()!()
  }
  return (req, res, next) => {
    if (!req.path.startsWith('/api/') || ['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next()
    let state: 'waiting' | 'running' | 'done' = 'waiting'
    // A client that gives up while queued must not keep a place: its request never runs.
    const finish = () => {
      if (state === 'running') running--
      state = 'done'
      drain()
    }
    res.once('finish', finish)
    res.once('close', finish)
    const start = () => {
      if (state !== 'waiting') return
      state = 'running'
      running++
      next()
    }
    waiting.push(start)
    drain()
  }
}
