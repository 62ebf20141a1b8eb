import type { CollectionConfig, FieldAccess, TextFieldSingleValidation } from 'payload'

import { grantsIn } from '../../access/districtsGranting'
import { isAdmin } from '../../access/isAdmin'
import { cellOf } from '../../access/matrix'
import { createMedia, deleteMedia, readMedia, updateMedia } from '../../access/mediaAccess'
import { declare } from '../../src/lib/collectionFacts'
import { message } from '../../src/lib/message'
import { mediaDir } from '../../src/lib/paths'
import { GROUPS } from '../adminGroups'
import { preventDeleteWhenReferenced } from '../hooks/preventDeleteWhenReferenced'
import { answerMalformedUpload } from './hooks/answerMalformedUpload'
import { checkUploadFilename } from './hooks/checkUploadFilename'
import { downloadFilename } from './hooks/downloadFilename'
import { fileResponseHeaders } from './hooks/fileResponseHeaders'
import { stripUploadedMetadata } from './hooks/stripUploadedMetadata'

export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

/** Images need a text alternative (accessibility); documents such as PDFs do not. */
const validateAlt: TextFieldSingleValidation = (value, { data, req }) => {
  const mimeType = (data as { mimeType?: string } | undefined)?.mimeType ?? req.file?.mimetype
  const isImage = typeof mimeType === 'string' && mimeType.startsWith('image/')
  if (isImage && !(typeof value === 'string' && value.trim())) {
    return message(req, 'Bilder brauchen einen Alternativtext.', 'Images need an alternative text.')
  }
  return true
}

/**
 * `public` opens a file to anonymous clients: only those who may edit media in the district
 * (editors, district admins, the state admin) set or change it. Payload drops a value the
 * caller may not write; on create the district is the one the data names.
 */
const mayPublish =
  (district: (args: Parameters<FieldAccess>[0]) => unknown): FieldAccess =>
  (args) =>
    isAdmin(args.req.user) || grantsIn(args.req.user, cellOf('media', 'update'), district(args))

/** Uploaded images and documents (flyers) of a district. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  custom: declare({ resource: 'media' }),
  // What a related document carries when populated (depth ≥ 1); `populate` asks for more.
  defaultPopulate: {
    alt: true,
    url: true,
    filename: true,
    mimeType: true,
    width: true,
    height: true,
    thumbnailURL: true,
    sizes: true,
  },
  // File URLs are computed from the file names: a `select` of `url` (or GraphQL, which selects
  // what the query names) must still read them.
  // (Whole `sizes`: a narrower pick would also narrow a `select` or population that asks for them.)
  forceSelect: { filename: true, sizes: true },
  labels: {
    singular: { de: 'Datei', en: 'File' },
    plural: { de: 'Medien', en: 'Media' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    group: GROUPS.content,
  },
  hooks: {
    // Before Payload reads the upload (generateFileData): what it stores is already checked and clean.
    beforeOperation: [checkUploadFilename, stripUploadedMetadata],
    beforeDelete: [preventDeleteWhenReferenced],
    afterError: [answerMalformedUpload],
  },
  // Found before Payload's own file endpoint, which it wraps.
  endpoints: [downloadFilename],
  // From the role matrix; the plugin's tenant access is off (payload.config.ts).
  access: {
    read: readMedia,
    create: createMedia,
    update: updateMedia,
    delete: deleteMedia,
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'large', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    modifyResponseHeaders: fileResponseHeaders,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { de: 'Alternativtext', en: 'Alternative text' },
      admin: {
        description: {
          de: 'Beschreibt das Bild für Menschen, die es nicht sehen. Pflicht für Bilder.',
          en: 'Describes the image for people who cannot see it. Required for images.',
        },
      },
      validate: validateAlt,
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Öffentlich', en: 'Public' },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Für alle sichtbar, auch ohne Verwendung in veröffentlichten Inhalten.',
          en: 'Visible to everyone, even when no published content uses it.',
        },
      },
      access: {
        create: mayPublish(({ data }) => data?.district),
        update: mayPublish(({ doc }) => doc?.district),
      },
    },
    {
      name: 'usedPublicly',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { de: 'In veröffentlichten Inhalten verwendet', en: 'Used by published content' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          de: 'Wird automatisch gesetzt; solche Dateien sind öffentlich.',
          en: 'Set automatically; such files are public.',
        },
      },
      // Kept by collections/hooks/trackPublicUse.ts only.
      access: { create: () => false, update: () => false },
    },
    {
      name: 'caption',
      type: 'text',
      label: { de: 'Bildunterschrift / Quelle', en: 'Caption / credit' },
    },
  ],
}
