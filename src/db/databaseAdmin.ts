import pg from 'pg'

/** The URL of another database on the same server. */
export const databaseUrl = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** One short-lived connection for an administrative statement (create, drop, alter database). */
export const withClient = async <T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** A database name as an SQL identifier. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`
