/**
 * The longest file name accepted, in UTF-8 bytes. File systems allow 255, but Payload derives
 * longer names from it (`-<width>x<height>` for each image size, `-<n>` when a name is taken),
 * and its multipart parser cuts names at 255 characters before any hook sees them: a limit
 * below 255 catches those too instead of failing later on the derived names.
 */
export const MAX_FILENAME_BYTES = 200

// Control characters (C0, DEL, C1) and the bidirectional controls that make "fdp.exe" display
// as "exe.pdf".
const CONTROL_CHARACTERS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

/** What is wrong with an upload's file name, in German and English; undefined when nothing is. */
export const filenameProblem = (name: string): [de: string, en: string] | undefined => {
  if (CONTROL_CHARACTERS.test(name)) {
    return [
      'Der Dateiname enthält Steuerzeichen (z. B. ein Nullbyte oder einen Zeilenumbruch) oder Zeichen, die die Schreibrichtung umkehren.',
      'The file name contains control characters (such as a NUL byte or a line break) or characters that reverse the writing direction.',
    ]
  }
  if (/[/\\]/.test(name) || name === '.' || name === '..') {
    return [
      'Der Dateiname darf keine Pfadangabe („/“, „\\“, „..“) enthalten.',
      'The file name must not contain a path ("/", "\\", "..").',
    ]
  }
  if (Buffer.byteLength(name, 'utf8') > MAX_FILENAME_BYTES) {
    return [
      `Der Dateiname ist zu lang (höchstens ${MAX_FILENAME_BYTES} Bytes; Umlaute zählen doppelt).`,
      `The file name is too long (at most ${MAX_FILENAME_BYTES} bytes).`,
    ]
  }
  return undefined
}
