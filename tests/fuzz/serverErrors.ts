import fs from 'node:fs'

/**
 * The server's own error messages during the run, counted (production logs JSON lines): they
 * name the cause behind a 500's "An unknown error occurred". Request-log lines are left out.
 */
export const serverErrors = (
  logFile: string | undefined,
  top = 15,
): Array<{ message: string; count: number }> => {
  if (!logFile || !fs.existsSync(logFile)) return []
  const counts = new Map<string, number>()
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue
    let entry: { level?: number; status?: number; msg?: string; err?: { message?: string; type?: string } }
    try {
      entry = JSON.parse(line) as typeof entry
    } catch {
      continue
    }
    if ((entry.level ?? 0) < 50 || entry.status !== undefined) continue
    const raw = entry.err?.message ?? entry.msg ?? ''
    const message = `${entry.err?.type ? `${entry.err.type}: ` : ''}${raw.split('\n')[0]!}`
      .replace(/\$\d+/g, '$n')
      .replace(/\d{3,}/g, 'N')
      .slice(0, 200)
    counts.set(message, (counts.get(message) ?? 0) + 1)
  }
  return [...counts.entries()]
    .map(([message, count]) => ({ message, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, top)
}
