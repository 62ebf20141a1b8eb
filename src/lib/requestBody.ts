/** Why a request body could not be read: answered with `status` and `message`. */
export class BodyError extends Error {
  override name = 'BodyError'
  constructor(
    readonly status: 408 | 413,
    message: string,
  ) {
    super(message)
  }
}

export type BodyLimits = {
  /** Largest body accepted (413 beyond). */
  maxBytes: number
  /** Longest pause between two chunks (408 after it). */
  idleTimeoutMs: number
  /** Longest time for the whole body (408 after it). */
  totalTimeoutMs: number
}

/**
 * Reads a request body completely, within a size limit and two time limits, so that a slow or
 * endless body is cut off by the server instead of holding a place that other requests need.
 * Resolves with the bytes (empty when there is no body).
 */
export const readBody = async (request: Request, limits: BodyLimits): Promise<Uint8Array<ArrayBuffer>> => {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    throw new BodyError(413, `The request body is larger than ${limits.maxBytes} bytes.`)
  }
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  const started = Date.now()
  try {
    for (;;) {
      const remaining = limits.totalTimeoutMs - (Date.now() - started)
      const wait = Math.max(0, Math.min(limits.idleTimeoutMs, remaining))
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new BodyError(408, `The request body did not arrive in time (${wait} ms without data).`)),
          wait,
        )
      })
      let step: ReadableStreamReadResult<Uint8Array>
      try {
        step = await Promise.race([reader.read(), timeout])
      } finally {
        clearTimeout(timer)
      }
      if (step.done) break
      size += step.value.byteLength
      if (size > limits.maxBytes) {
        throw new BodyError(413, `The request body is larger than ${limits.maxBytes} bytes.`)
      }
      chunks.push(step.value)
    }
  } catch (error) {
    await reader.cancel().catch(() => {})
    throw error
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
