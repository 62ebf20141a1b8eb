import sharp, { type Metadata } from 'sharp'

/** The image formats the Media collection stores. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif'

/** The bytes are not a readable JPEG, PNG, WebP or AVIF image. */
export class UnreadableImageError extends Error {
  override name = 'UnreadableImageError'
}

/** The container could not be taken apart; re-encoding may still work. */
class MalformedContainer extends Error {}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte)

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end))

const viewOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The format the file's first bytes announce: what the content is, whatever its name or type claim. */
export const imageFormatOf = (bytes: Uint8Array): ImageFormat | undefined => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // The major brand and the compatible brands, four bytes each, up to the end of the ftyp box.
    const boxEnd = Math.min(bytes.length, viewOf(bytes).readUInt32BE(0))
    for (let at = 8; at + 4 <= boxEnd; at += 4) {
      if (at === 12) continue // the minor version
      const brand = ascii(bytes, at, at + 4)
      if (brand === 'avif' || brand === 'avis') return 'avif'
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// JPEG: metadata lives in APPn and COM segments; the image in the others and the scans.

/**
 * Of the application segments only these describe how the pixels look: JFIF (APP0; pixel
 * aspect), the ICC profile (APP2, possibly in several parts) and Adobe (APP14; whether the
 * channels are RGB, YCbCr or YCCK). Everything else goes: Exif with its GPS data and thumbnail
 * (APP1), XMP (APP1), Photoshop/IPTC (APP13), MPF with further images (APP2), comments (COM).
 */
const keepsJpegSegment = (marker: number, payload: Uint8Array): boolean => {
  if (marker === 0xfe) return false
  if (marker < 0xe0 || marker > 0xef) return true
  if (marker === 0xe0) return ascii(payload, 0, 5) === 'JFIF\0'
  if (marker === 0xe2) return ascii(payload, 0, 12) === 'ICC_PROFILE\0'
  if (marker === 0xee) return ascii(payload, 0, 5) === 'Adobe'
  return false
}

/** Where the entropy-coded data that starts at `from` ends: at the next marker other than RSTn. */
const endOfScan = (bytes: Uint8Array, from: number): number => {
  for (let at = from; at < bytes.length - 1; at++) {
    if (bytes[at] !== 0xff) continue
    let next = at + 1
    while (bytes[next] === 0xff && next < bytes.length - 1) next++ // fill bytes
    const marker = bytes[next]!
    if (marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7)) {
      at = next
      continue
    }
    return at
  }
  return bytes.length
}

const stripJpeg = (bytes: Uint8Array): Buffer => {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)]
  let at = 2
  for (;;) {
    if (bytes[at] !== 0xff) throw new MalformedContainer('expected a JPEG marker')
    let markerAt = at + 1
    while (bytes[markerAt] === 0xff) markerAt++ // fill bytes
    const marker = bytes[markerAt]
    if (marker === undefined) throw new MalformedContainer('JPEG ends without EOI')
    // Whatever follows EOI (appended images, other files) is not part of the image.
    if (marker === 0xd9) return Buffer.concat([...parts, Uint8Array.of(0xff, 0xd9)])
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(Uint8Array.of(0xff, marker))
      at = markerAt + 1
      continue
    }
    if (markerAt + 3 > bytes.length) throw new MalformedContainer('JPEG segment cut off')
    const length = (bytes[markerAt + 1]! << 8) | bytes[markerAt + 2]!
    const end = markerAt + 1 + length
    if (length < 2 || end > bytes.length) throw new MalformedContainer('JPEG segment cut off')
    if (keepsJpegSegment(marker, bytes.subarray(markerAt + 3, end))) {
      parts.push(Uint8Array.of(0xff, marker), bytes.subarray(markerAt + 1, end))
    }
    at = end
    if (marker === 0xda) {
      // Progressive images have several scans, with tables (and possibly comments) between them.
      const scanEnd = endOfScan(bytes, at)
      parts.push(bytes.subarray(at, scanEnd))
      at = scanEnd
    }
  }
}

// ---------------------------------------------------------------------------------------------
// PNG: chunks. Kept are those that make up or affect the rendered image (including APNG
// frames); dropped are text (tEXt, zTXt, iTXt, which also carry XMP), eXIf, tIME and anything
// private or unknown.

const PNG_KEPT_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCv',
  'cLLI',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
])

const stripPng = (bytes: Uint8Array): Buffer => {
  const view = viewOf(bytes)
  const parts: Uint8Array[] = [bytes.subarray(0, 8)]
  for (let at = 8; at + 12 <= bytes.length;) {
    const end = at + 12 + view.readUInt32BE(at)
    if (end > bytes.length) throw new MalformedContainer('PNG chunk cut off')
    const type = ascii(bytes, at + 4, at + 8)
    if (PNG_KEPT_CHUNKS.has(type)) parts.push(bytes.subarray(at, end))
    if (type === 'IEND') return Buffer.concat(parts)
    at = end
  }
  throw new MalformedContainer('PNG ends without IEND')
}

// ---------------------------------------------------------------------------------------------
// WebP: a RIFF container. EXIF and XMP are chunks of their own, announced by flags in VP8X.

const WEBP_KEPT_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ICCP', 'ANIM', 'ANMF'])
const VP8X_EXIF_FLAG = 0x08
const VP8X_XMP_FLAG = 0x04

type RiffChunk = { type: string; start: number; end: number }

/** The chunks between `from` and `to`: four-letter type, little-endian size, data padded to even. */
const riffChunks = (bytes: Uint8Array, from: number, to: number): RiffChunk[] => {
  const view = viewOf(bytes)
  const chunks: RiffChunk[] = []
  for (let start = from; start < to;) {
    if (start + 8 > to) throw new MalformedContainer('WebP chunk cut off')
    const size = view.readUInt32LE(start + 4)
    const end = start + 8 + size + (size % 2)
    if (end > to) throw new MalformedContainer('WebP chunk cut off')
    chunks.push({ type: ascii(bytes, start, start + 4), start, end })
    start = end
  }
  return chunks
}

const webpChunks = (bytes: Uint8Array): RiffChunk[] => {
  const riffEnd = 8 + viewOf(bytes).readUInt32LE(4)
  if (riffEnd > bytes.length) throw new MalformedContainer('WebP cut off')
  return riffChunks(bytes, 12, riffEnd)
}

const stripWebp = (bytes: Uint8Array): Buffer => {
  const parts = webpChunks(bytes)
    .filter(({ type }) => WEBP_KEPT_CHUNKS.has(type))
    .map(({ type, start, end }) => {
      if (type !== 'VP8X') return bytes.subarray(start, end)
      const chunk = Buffer.from(bytes.subarray(start, end))
      chunk[8] = chunk[8]! & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG)
      return chunk
    })
  const header = Buffer.from(bytes.subarray(0, 12))
  header.writeUInt32LE(4 + parts.reduce((sum, part) => sum + part.length, 0), 4)
  return Buffer.concat([header, ...parts])
}

/** Whether the (first) frame is VP8L, WebP's lossless coding. An animation's frames are in ANMF chunks. */
const isLosslessWebp = (bytes: Uint8Array): boolean => {
  const firstFrame = (chunks: RiffChunk[]): string | undefined => {
    for (const { type, start, end } of chunks) {
      if (type === 'VP8 ' || type === 'VP8L') return type
      if (type === 'ANMF') return firstFrame(riffChunks(bytes, start + 8 + 16, end))
    }
    return undefined
  }
  try {
    return firstFrame(webpChunks(bytes)) === 'VP8L'
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------------

const LOSSLESS: Record<Exclude<ImageFormat, 'avif'>, (bytes: Uint8Array) => Buffer> = {
  jpeg: stripJpeg,
  png: stripPng,
  webp: stripWebp,
}

/** What sharp calls each format. */
const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' }

/**
 * Decodes, turns upright and encodes again in the same format, keeping the ICC profile: sharp
 * writes no EXIF, XMP or IPTC unless asked. Lossy formats at high quality and with the source's
 * chroma subsampling; PNG and lossless WebP stay lossless; HDR AVIF keeps 10 bits. Only the
 * first (primary) image is encoded: sharp writes neither AVIF nor PNG animations, and animated
 * WebP never gets here (see below).
 */
const reencode = async (bytes: Uint8Array, format: ImageFormat, metadata: Metadata): Promise<Buffer> => {
  const image = sharp(bytes).autoOrient().keepIccProfile()
  switch (format) {
    case 'jpeg':
      return image
        .jpeg({
          quality: 92,
          chromaSubsampling: metadata.chromaSubsampling === '4:4:4' ? '4:4:4' : '4:2:0',
          progressive: Boolean(metadata.isProgressive),
        })
        .toBuffer()
    case 'png':
      // sharp writes 8 bits per sample unless told otherwise (and fails keeping the profile).
      if (metadata.depth === 'ushort') image.toColourspace(metadata.space === 'grey16' ? 'grey16' : 'rgb16')
      return image.png({ compressionLevel: 9 }).toBuffer()
    case 'webp':
      return image.webp(isLosslessWebp(bytes) ? { lossless: true } : { quality: 92 }).toBuffer()
    case 'avif':
      return image
        .avif({
          quality: 80,
          // AVIF encoding is slow: effort 2 takes about 2 s for 6 megapixels on two cores, the
          // default (4) ten times as long, for a few per cent smaller files.
          effort: 2,
          chromaSubsampling: metadata.chromaSubsampling === '4:2:0' ? '4:2:0' : '4:4:4',
          ...((metadata.bitsPerSample ?? 8) > 8 ? { bitdepth: 10 as const } : {}),
        })
        .toBuffer()
  }
}

/** Decodes the whole image once (at a small size): a cut-off or corrupt file fails here. */
const assertDecodable = async (bytes: Buffer) => {
  try {
    await sharp(bytes).resize(64, 64, { fit: 'inside' }).raw().toBuffer()
  } catch (error) {
    throw new UnreadableImageError(`the image cannot be decoded (${(error as Error).message})`)
  }
}

/**
 * The image without EXIF (GPS included), XMP, IPTC and comments, looking the same as before: its
 * EXIF orientation applied, its ICC profile and its format kept.
 *
 * Lossless where the container allows it cheaply: JPEG, PNG and WebP lose only their metadata
 * segments or chunks, the compressed image data stays as it was (no generation loss, no change
 * in file size beyond the metadata). Re-encoded at high quality where that is not possible: an
 * image whose EXIF orientation is not upright (its pixels must be turned, which sharp cannot do
 * losslessly), and AVIF, whose metadata items are addressed by absolute offsets that dropping
 * bytes would invalidate (libheif applies AVIF's own rotation boxes when decoding).
 *
 * Throws UnreadableImageError when the bytes are not a decodable JPEG, PNG, WebP or AVIF image
 * (including one larger than sharp's pixel limit): the result is decoded once to make sure.
 */
export const stripImageMetadata = async (bytes: Buffer): Promise<Buffer> => {
  const format = imageFormatOf(bytes)
  if (!format) throw new UnreadableImageError('not a JPEG, PNG, WebP or AVIF image')
  let metadata: Metadata
  try {
    metadata = await sharp(bytes).metadata()
  } catch (error) {
    throw new UnreadableImageError(`the image cannot be read (${(error as Error).message})`)
  }
  if (metadata.format !== SHARP_FORMAT[format]) {
    throw new UnreadableImageError(`the content is ${metadata.format}, not ${format}`)
  }
  // sharp cannot turn animations; one with an EXIF orientation (no camera makes them) keeps its
  // frames and loses the orientation tag with the rest of the EXIF data.
  const animated = (metadata.pages ?? 1) > 1
  const upright = (metadata.orientation ?? 1) === 1
  let stripped: Buffer | undefined
  if (format !== 'avif' && (upright || animated)) {
    try {
      stripped = LOSSLESS[format](bytes)
    } catch (error) {
      if (!(error instanceof MalformedContainer)) throw error
      // Decoders tolerate some damage the parser does not; sharp gets the last word.
    }
  }
  try {
    stripped ??= await reencode(bytes, format, metadata)
  } catch (error) {
    throw new UnreadableImageError(`the image cannot be decoded (${(error as Error).message})`)
  }
  await assertDecodable(stripped)
  return stripped
}
