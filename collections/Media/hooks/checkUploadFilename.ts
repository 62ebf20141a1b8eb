import type { CollectionBeforeOperationHook } from 'payload'

import { filenameProblem } from '../../../src/lib/filenameProblem'
import { InputError } from '../../../src/lib/inputError'
import { message } from '../../../src/lib/message'


/**
 * Refuses an uploaded file (new or replacing one) whose name is unsafe, with a 400 that names
 * the field. Payload would strip some of these characters itself, others fail later with a 500
 * or a generic error; names with a NUL byte do not even get here (see answerMalformedUpload).
 */
export const checkUploadFilename: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    const problem = filenameProblem(req.file.name)
    if (problem) throw new InputError('file', message(req, ...problem))
  }
  return args
}
