import { type Endpoint, NotFound, type PayloadHandler } from 'payload'

/**
 * Deleting a preference that does not exist answered 500 (Payload 3.90.2's deleteOne builds
 * broken SQL when nothing matches). Look first, answer 404, and let Payload delete what exists.
 */
const deleteExisting =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    const key = req.routeParams?.key
    const found =
      req.user && typeof key === 'string'
        ? await req.payload.count({
            collection: 'payload-preferences',
            where: {
              and: [
                { key: { equals: key } },
                { 'user.value': { equals: req.user.id } },
                { 'user.relationTo': { equals: req.user.collection } },
              ],
            },
          })
        : { totalDocs: 1 }
    if (found.totalDocs === 0) throw new NotFound(req.t)
    return handler(req)
  }

export const securePreferences = (endpoints: Endpoint[]): Endpoint[] =>
  endpoints.map((endpoint) =>
    endpoint.method === 'delete' && endpoint.path === '/:key'
      ? { ...endpoint, handler: deleteExisting(endpoint.handler) }
      : endpoint,
  )
