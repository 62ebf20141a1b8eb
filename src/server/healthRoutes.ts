import { Router } from 'express'
import type { Payload } from 'payload'

import { checkDatabase } from './checkDatabase'

/**
 * `/healthz`: the process is up (liveness). `/readyz`: the database answers
 * (readiness); 503 with the reason when it does not, so a balancer stops routing here.
 */
export const healthRoutes = (payload: Payload, isShuttingDown: () => boolean): Router => {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    if (isShuttingDown()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' })
      return
    }
    const check = await checkDatabase(payload)
    if (check.ok) res.json({ status: 'ok', database: 'ok' })
    else res.status(503).json({ status: 'unavailable', reason: check.reason })
  })
  return router
}
