import fs from 'node:fs'
import path from 'node:path'

/**
 * Calls the admin's server functions the way the admin's browser code does: a POST to an admin
 * page with the `Next-Action` header naming the layout's server action, the arguments as JSON,
 * and the answer in React's flight format.
 */
export type ServerFunctionAnswer = { status: number; value?: unknown; error?: string }

/** The id Next gave the layout's server action (its manifest names the source file). */
export const layoutActionId = (distDir: string): string => {
  const candidates = [
    path.join(distDir, 'dev/server/server-reference-manifest.json'),
    path.join(distDir, 'server/server-reference-manifest.json'),
  ]
  const file = candidates.find((candidate) => fs.existsSync(candidate))
  if (!file) throw new Error(`no server-reference-manifest.json under ${distDir}: request /admin first`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    node: Record<string, { filename?: string }>
  }
  const entry = Object.entries(manifest.node).find(([, { filename }]) =>
    filename?.endsWith('src/app/(payload)/layout.tsx'),
  )
  if (!entry) throw new Error(`the layout's server action is not in ${file}`)
  return entry[0]
}

/** The value of row 1 of a flight answer: `1:<json>` (a value) or `1:E<json>` (an error). */
const parseFlight = (text: string): Omit<ServerFunctionAnswer, 'status'> => {
  const rows = text.split('\n').filter((row) => row.startsWith('1:') && !row.startsWith('1:D'))
  const row = rows.at(-1)
  if (!row) return { error: `no answer in ${text.slice(0, 200)}` }
  if (row.startsWith('1:E')) {
    const error = JSON.parse(row.slice(3)) as { message?: string; digest?: string }
    return { error: error.message ?? `digest ${error.digest}` }
  }
  return { value: JSON.parse(row.slice(2)) }
}

export const callServerFunction = async (
  base: string,
  actionId: string,
  token: string,
  name: string,
  args: Record<string, unknown>,
): Promise<ServerFunctionAnswer> => {
  const response = await fetch(`${base}/admin`, {
    method: 'POST',
    headers: {
      'Next-Action': actionId,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Cookie: `payload-token=${token}`,
      Origin: base,
    },
    body: JSON.stringify([{ name, args }]),
  })
  return { status: response.status, ...parseFlight(await response.text()) }
}
