import type { IncomingAuthType, PayloadRequest } from 'payload'

import { resetPasswordUrl } from '../../src/lib/mail/links'
import { languageOf, passwordReset } from '../../src/lib/mail/templates'

/** A forgotten-password link works for an hour: its owner asked for it and is at the screen. */
export const RESET_EXPIRY_MS = 60 * 60 * 1000

type Args = { req?: PayloadRequest; token?: string; user?: { language?: unknown } }

// Payload calls both with all three (auth/operations/forgotPassword.js).
const render = ({ req, token, user }: Args = {}) =>
  passwordReset({
    language: languageOf(user),
    link: resetPasswordUrl(req!.payload, token!),
    expiresAt: new Date(Date.now() + RESET_EXPIRY_MS),
  })

/** Payload's forgot-password mail in the user's language (auth.forgotPassword in ./index.ts). */
export const forgotPasswordMail: NonNullable<IncomingAuthType['forgotPassword']> = {
  expiration: RESET_EXPIRY_MS,
  generateEmailHTML: (args) => render(args).html,
  generateEmailSubject: (args) => render(args).subject,
}
