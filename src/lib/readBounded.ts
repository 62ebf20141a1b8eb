/**
 * An outgoing call's answer as text, or null when it is larger than `maxBytes`: a service that
 * answers without end (by fault or on purpose) must not fill the server's memory.
 */
export const readBounded = async (response: Response, maxBytes: number): Promise<string | null> => {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
