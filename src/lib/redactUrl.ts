/** A connection URL fit for logs: the password is replaced, everything else kept. */
export const redactUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable connection URL)'
  }
}
