import fs from 'node:fs/promises'

import {
  type CollectionBeforeOperationHook,
  Forbidden,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { InputError } from '../../../src/lib/inputError'
import { message } from '../../../src/lib/message'
import { imageFormatOf, stripImageMetadata, UnreadableImageError } from '../../../src/lib/stripImageMetadata'

/** Names that promise one of the image formats Media stores. */
const IMAGE_NAME = /\.(jpe?g|jpe|jfif|png|apng|webp|avif)$/i

/**
 * Payload checks access only after the beforeOperation hooks: refuse early what it would refuse
 * anyway, before spending CPU on decoding and encoding. Create access is exact here; update
 * access (a query for non-admins) only refuses those without any right, Payload checks the rest.
 */
const mayWrite = async (
  collection: SanitizedCollectionConfig,
  operation: 'create' | 'update',
  req: PayloadRequest,
  data: Record<string, unknown> | undefined,
): Promise<boolean> => {
  const access = operation === 'create' ? collection.access.create : collection.access.update
  return (await access({ req, data })) !== false
}

/** With `useTempFiles` the bytes are in a temporary file, not in memory. */
const tempFileOf = (file: NonNullable<PayloadRequest['file']>): string | undefined =>
  file.data.length === 0 ? file.tempFilePath || undefined : undefined

/**
 * Replaces an uploaded image (new, or replacing the file on update) by a copy without EXIF
 * (GPS included), XMP, IPTC and comments, before Payload's generateFileData reads `req.file`:
 * the stored original, its filesize, width and height and the generated sizes all come from
 * the clean copy. Images are recognised by their content as well as by what the upload claims
 * (type or name); a file that claims to be an image and is none is refused with 400. PDFs and
 * other files pass unchanged.
 */
export const stripUploadedMetadata: CollectionBeforeOperationHook<'media'> = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  // An upload by URL (`{ url, filename }` instead of a file) is fetched by Payload after this
  // hook, and would be stored with its metadata.
  if (operation === 'create' && !req.file && typeof req.data?.url === 'string' && req.data.filename) {
    throw new InputError(
      'url',
      message(
        req,
        'Dateien bitte direkt hochladen; das Laden von einer Adresse ist abgeschaltet.',
        'Upload the file itself; fetching files from a URL is switched off.',
      ),
    )
  }
  const file = req.file
  if (!file) return args
  const tempFile = tempFileOf(file)
  const bytes = tempFile ? await fs.readFile(tempFile) : file.data
  const claimsImage = file.mimetype.startsWith('image/') || IMAGE_NAME.test(file.name)
  if (!claimsImage && !imageFormatOf(bytes)) return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!overrideAccess && !(await mayWrite(collection, operation, req, data))) throw new Forbidden(req.t)

  let clean: Buffer
  try {
    clean = await stripImageMetadata(bytes)
  } catch (error) {
    if (!(error instanceof UnreadableImageError)) throw error
    throw new InputError(
      'file',
      message(
        req,
        'Die Datei ist kein lesbares JPEG-, PNG-, WebP- oder AVIF-Bild.',
        'The file is not a readable JPEG, PNG, WebP or AVIF image.',
      ),
    )
  }
  if (tempFile) await fs.writeFile(tempFile, clean)
  const cleanFile = tempFile ? { ...file, size: clean.length } : { ...file, data: clean, size: clean.length }
  if (req.files?.file === file) req.files.file = cleanFile
  req.file = cleanFile
  return args
}
