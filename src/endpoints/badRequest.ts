import { LOCALE_CODES } from '../lib/locales'

/** A 400 in the shape Payload answers with, naming the query parameter at fault. */
export const badRequest = (field: string, message: string): Response =>
  Response.json({ errors: [{ field, message }] }, { status: 400 })

export const unknownLocale = (value: string): Response =>
  badRequest('locale', `Unknown locale "${value}": use one of ${LOCALE_CODES.join(', ')}.`)
