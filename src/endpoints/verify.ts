import {
  type CollectionSlug,
  commitTransaction,
  type Endpoint,
  Forbidden,
  initTransaction,
  killTransaction,
  NotFound,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  UnauthorizedError,
} from 'payload'

import { mayVerify } from '../../access/mayVerify'

type Doc = Record<string, unknown> & { id: number | string }

/** What the action answers: the new values of the two fields. */
export type Verification = { verifiedAt: string; verifiedBy: number | string }

/**
 * How the action records itself in the audit log: the plugin hands it over (endpoints do not
 * import collections' hooks, docs/ARCHITECTURE.md); none when the host turned the log off.
 */
export type RecordVerification = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  before: Doc,
  after: Doc,
) => Promise<void>

/**
 * `POST /api/<collection>/:id/verify` — "Als geprüft markieren": the caller confirms that the
 * entry (its addresses, phones, hours) is still right. Sets `verifiedAt` to now and `verifiedBy`
 * to the caller and nothing else: no new version, a pending draft stays a draft with its content,
 * the published content stays as it was. Written with the database adapter (which the public
 * cache observes) on the document and its latest version, in one transaction with the audit
 * entry: the latest version is what the admin's form loads and what the next save starts from
 * (collections/hooks/keepVerification.ts), so a form opened before the check keeps the new date.
 *
 * 401 without a user; 404 when the caller cannot read the document (whether it exists, is in
 * another district or in the trash); 403 when they read it but may not verify (viewers,
 * access/mayVerify.ts). Added by the plugin to the collections whose facts say `verifiable`.
 */
export const verifyEndpoint = (record?: RecordVerification): Endpoint => ({
  path: '/:id/verify',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!user) throw new UnauthorizedError(req.t)
    const slug = String(req.routeParams?.collection) as CollectionSlug
    // A malformed id never gets here: 400 naming `id` (src/guards/hardenConfig.ts).
    const id = Number(req.routeParams?.id)

    const ownTransaction = await initTransaction(req)
    try {
      // The latest version, as the admin shows it; without `trash` a trashed document is not found.
      const doc = (await req.payload.findByID({
        collection: slug,
        id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user,
        req,
        disableErrors: true,
      })) as Doc | null
      if (!doc) throw new NotFound(req.t)
      if (!mayVerify(user, doc.district)) throw new Forbidden(req.t)

      const verification: Verification = { verifiedAt: new Date().toISOString(), verifiedBy: user.id }
      // `updatedAt: null` keeps the adapter from stamping the change time: the content did not change.
      const unchanged = { updatedAt: null } as unknown as { updatedAt?: string }
      await req.payload.db.updateOne({
        collection: slug,
        id: doc.id,
        data: { ...verification, ...unchanged },
        req,
        returning: false,
      })
      const { docs: latest } = await req.payload.db.findVersions({
        collection: slug,
        where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] },
        sort: '-updatedAt',
        limit: 1,
        pagination: false,
        req,
      })
      for (const version of latest) {
        await req.payload.db.updateVersion({
          collection: slug,
          id: version.id,
          versionData: { ...unchanged, version: verification },
          req,
          returning: false,
        })
      }
      await record?.(req, req.payload.collections[slug].config, doc, { ...doc, ...verification })
      if (ownTransaction) await commitTransaction(req)
      return Response.json(verification)
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
  },
})
