import { APIError, type CollectionAfterErrorHook,formatErrors } from 'payload'

import { InputError } from '../../../src/lib/inputError'
import { message } from '../../../src/lib/message'

/**
 * What busboy (1.6, Payload's multipart parser) throws for a body it cannot parse. Payload lets
 * these through as plain errors, which become 500s; they are the client's fault.
 */
const MALFORMED_HEADER = 'Malformed part header'
const MALFORMED_FORM = new Set([
  MALFORMED_HEADER,
  'Malformed content type',
  'Multipart: Boundary not found',
  'Unexpected end of form',
  'Unexpected end of file',
])

/**
 * Answers an upload form that cannot be parsed with 400 instead of 500. The usual cause is a
 * file name with a NUL byte or another control character, which HTTP does not allow in the
 * part's header: the parser fails before any hook could look at the name.
 *
 * Runs after Payload has logged the error (at `error`, as for any plain Error); refusing such
 * names before the parser runs would take the route handler or the server.
 */
export const answerMalformedUpload: CollectionAfterErrorHook = ({ error, req }) => {
  if (error instanceof APIError || !MALFORMED_FORM.has(error.message)) return
  const answer = new InputError(
    'file',
    error.message === MALFORMED_HEADER
      ? message(
          req,
          'Der Kopf des Formularteils ist fehlerhaft, z. B. enthält der Dateiname ein Nullbyte oder andere Steuerzeichen.',
          'The header of a form part is malformed; for example, the file name contains a NUL byte or other control characters.',
        )
      : message(
          req,
          'Das Formular mit der Datei ist fehlerhaft oder unvollständig angekommen.',
          'The form with the file is malformed or arrived incomplete.',
        ),
  )
  return { status: answer.status, response: formatErrors(answer) }
}
