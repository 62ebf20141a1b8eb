import Busboy from 'busboy'

import { filenameProblem } from './filenameProblem'
import { MAX_NESTING, nestingDepth } from './nestingDepth'

/** Parts a form may have: a file and `_payload`, with room to spare. */
const MAX_PARTS = 20

const mediaTypeOf = (contentType: string | null) => (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase()

/** A JSON document that must be an object, nested within MAX_NESTING. */
const jsonProblem = (bytes: Uint8Array, what: string): string | undefined => {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return `${what} is not valid UTF-8.`
  }
  if (!text.trim()) return undefined
  const depth = nestingDepth(text, 'json')
  if (depth > MAX_NESTING) return `${what} nests ${depth} levels deep; at most ${MAX_NESTING} are allowed.`
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return `${what} is not valid JSON: ${(error as Error).message}`
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? undefined
    : `${what} must be a JSON object of fields.`
}

/**
 * A control character in a part's Content-Disposition line (a NUL in the file name): busboy only
 * says "Malformed part header". Header lines cannot span lines, so a line-bound match finds it.
 */
const CONTROL_IN_FILENAME = /content-disposition:[^\r\n]*filename[^\r\n]*?(?![\t\r\n])\p{Cc}/iu

/** A multipart form read with the parser Payload uses (busboy), so that it cannot fail there. */
const multipartProblem = (contentType: string, body: Uint8Array): Promise<string | undefined> =>
  new Promise((resolve) => {
    // As UTF-8 (as busboy reads the names): read as Latin-1, an "Ü" would look like a C1 control.
    if (CONTROL_IN_FILENAME.test(Buffer.from(body).toString('utf8'))) {
      return resolve(`file: ${filenameProblem('\u0000')![1]}`)
    }
    let parser: Busboy.Busboy
    try {
      // Decoded as Payload decodes them (UTF-8 file names).
      parser = Busboy({
        headers: { 'content-type': contentType },
        defParamCharset: 'utf8',
        limits: { parts: MAX_PARTS },
      })
    } catch (error) {
      return resolve(`The form's Content-Type is not usable: ${(error as Error).message}.`)
    }
    let problem: string | undefined
    const fail = (message: string) => (problem ??= message)
    parser.on('partsLimit', () => fail(`The form has more than ${MAX_PARTS} parts.`))
    parser.on('file', (_name, stream, { filename }) => {
      stream.resume()
      const problem = filenameProblem(filename ?? '')
      if (problem) fail(`file: ${problem[1]}`)
    })
    parser.on('field', (name, value) => {
      if (name === '_payload') {
        const found = jsonProblem(new TextEncoder().encode(value), '_payload')
        if (found) fail(found)
      }
    })
    parser.on('error', (error: Error) => resolve(problem ?? `The form is malformed: ${error.message}.`))
    parser.on('close', () => resolve(problem))
    parser.end(body)
  })

/**
 * What is wrong with a write's body, if anything, as a sentence for a 400 (or 415). Payload
 * (3.90.2) answered a form without a boundary, a truncated form, a file name with a NUL byte, or
 * JSON that is not an object with 500, and some only after logging a stack.
 */
export const bodyProblem = async (
  contentType: string | null,
  body: Uint8Array,
): Promise<{ status: 400 | 415; message: string } | undefined> => {
  if (body.byteLength === 0) return undefined
  const mediaType = mediaTypeOf(contentType)
  const message =
    mediaType === 'application/json'
      ? jsonProblem(body, 'The request body')
      : mediaType.startsWith('multipart/')
        ? await multipartProblem(contentType!, body)
        : mediaType === 'application/x-www-form-urlencoded'
          ? undefined
          : 'unsupported'
  if (message === 'unsupported') {
    return { status: 415, message: 'Send the body as application/json, or a file as multipart/form-data.' }
  }
  return message ? { status: 400, message } : undefined
}
