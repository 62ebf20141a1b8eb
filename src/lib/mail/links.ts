import type { Payload } from 'payload'

/**
 * An absolute link into the CMS, from `serverURL` (SERVER_URL). Without it the link stays
 * relative, which a mail client cannot open: the mail log says so (logMailAdapter).
 */
export const absoluteUrl = (payload: Pick<Payload, 'config'>, path: string): string =>
  `${payload.config.serverURL.replace(/\/+$/, '')}${path}`

/** The admin's page to choose a password for a reset token (Payload's reset view). */
export const resetPasswordUrl = (payload: Pick<Payload, 'config'>, token: string): string =>
  absoluteUrl(payload, `${payload.config.routes.admin}${payload.config.admin.routes.reset}/${token}`)

/** A document in the admin, for the review mails. */
export const adminDocumentUrl = (
  payload: Pick<Payload, 'config'>,
  collection: string,
  id: number | string,
): string => absoluteUrl(payload, `${payload.config.routes.admin}/collections/${collection}/${id}`)
