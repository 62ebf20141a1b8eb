import zlib from 'node:zlib'

import sharp from 'sharp'

import { pdfOf } from './pdf'

/** Strings planted in test images, one for each kind of metadata; none may survive an upload. */
export const PLANTED = {
  exifArtist: 'Erika Geheimfotografin',
  gps: 'GPS-Geheimort-Halle',
  xmp: 'XMP-Geheimautorin',
  iptc: 'IPTC-Geheimautorin',
  jpegComment: 'COM-Geheimkommentar',
  pngText: 'PNG-tEXt-Geheim',
  pngItxt: 'PNG-iTXt-Geheim',
} as const

export type TestImageFormat = 'jpeg' | 'png' | 'webp' | 'avif'

export const RED = { r: 220, g: 20, b: 20 }
export const BLUE = { r: 20, g: 20, b: 220 }

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PLANTED.xmp}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`

const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff])
const u32 = (value: number) => {
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32BE(value)
  return bytes
}

/** A JPEG segment: marker, length (including itself), payload. */
const jpegSegment = (marker: number, payload: Buffer) =>
  Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload])

/** Photoshop's APP13 with an IPTC record (2:80, by-line), as editing software writes it. */
const iptcSegment = () => {
  const byline = Buffer.from(PLANTED.iptc)
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50]), u16(byline.length), byline])
  const padded = iptc.length % 2 ? Buffer.concat([iptc, Buffer.from([0])]) : iptc
  const resource = Buffer.concat([
    Buffer.from('8BIM'),
    u16(0x0404),
    Buffer.from([0, 0]),
    u32(iptc.length),
    padded,
  ])
  return jpegSegment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]))
}

/** Inserts IPTC (APP13) and a comment (COM) right after the start of image. */
const withIptcAndComment = (jpeg: Buffer) =>
  Buffer.concat([
    jpeg.subarray(0, 2),
    iptcSegment(),
    jpegSegment(0xfe, Buffer.from(PLANTED.jpegComment)),
    jpeg.subarray(2),
  ])

const pngChunk = (type: string, data: Buffer) => {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  return Buffer.concat([u32(data.length), typeAndData, u32(zlib.crc32(typeAndData))])
}

/** Inserts uncompressed text (tEXt, iTXt) and a modification time (tIME) after IHDR. */
const withPngText = (png: Buffer) => {
  const afterHeader = 8 + 8 + 13 + 4
  const time = Buffer.from([0x07, 0xea, 3, 14, 9, 26, 53])
  return Buffer.concat([
    png.subarray(0, afterHeader),
    pngChunk('tEXt', Buffer.from(`Author\0${PLANTED.pngText}`, 'latin1')),
    pngChunk('iTXt', Buffer.from(`Description\0\0\0\0\0${PLANTED.pngItxt}`, 'utf8')),
    pngChunk('tIME', time),
    png.subarray(afterHeader),
  ])
}

/**
 * A photo as a phone or an editor leaves it: red left half, blue right half (so a rotation
 * shows), a Display P3 colour profile, EXIF with the author and a GPS tag, XMP, and by format
 * IPTC and a comment (JPEG) or text chunks and a time stamp (PNG). `orientation` is the EXIF
 * orientation; 6 means "turn 90° clockwise to view".
 */
export const photo = async (
  format: TestImageFormat,
  {
    width = 60,
    height = 40,
    orientation = 1,
  }: { width?: number; height?: number; orientation?: number } = {},
): Promise<Buffer> => {
  const half = { width: Math.floor(width / 2), height, channels: 3 as const, background: BLUE }
  const image = await sharp({ create: { width, height, channels: 3, background: RED } })
    .composite([{ input: { create: half }, left: width - half.width, top: 0 }])
    .withIccProfile('p3')
    .withExif({
      IFD0: { Artist: PLANTED.exifArtist },
      IFD3: { GPSLatitudeRef: 'N', GPSMapDatum: PLANTED.gps },
    })
    .withXmp(XMP)
    .withMetadata({ orientation })
    .toFormat(format, format === 'jpeg' ? { quality: 95 } : format === 'avif' ? { effort: 0 } : {})
    .toBuffer()
  if (format === 'jpeg') return withIptcAndComment(image)
  if (format === 'png') return withPngText(image)
  return image
}

/** A PNG of one colour and nothing else (no metadata): for uploads whose content does not matter. */
export const plainPng = (width = 4, height = 4): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#0b6e4f' } })
    .png()
    .toBuffer()

/** The planted strings found in the bytes (an empty list for a clean file). */
export const plantedIn = (bytes: Buffer): string[] =>
  Object.values(PLANTED).filter(
    (text) => bytes.includes(text) || bytes.includes(Buffer.from(text, 'utf16le')),
  )

/** The colour at (x, y) of a decoded image, as { r, g, b }. */
export const colourAt = async (bytes: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * info.channels
  return { r: data[at]!, g: data[at + 1]!, b: data[at + 2]! }
}

/** Whether two colours are the same up to lossy compression. */
export const near = (a: { r: number; g: number; b: number }, b: { r: number; g: number; b: number }) =>
  Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b) < 60

/** A one-page PDF whose /OpenAction runs JavaScript when a viewer opens it. */
export const pdfWithOpenAction = (): Buffer =>
  pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /S /JavaScript /JS (app.alert\\("geoeffnet"\\);) >>',
  ])
