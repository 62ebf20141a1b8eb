/**
 * The benchmark's physical limit: scenarios 1–6 and 8 of bench/scenarios.ts answered by hand-written
 * SQL through `pg`, with the same JSON as the CMS, from a bare node:http server (no express,
 * Next or Payload). Run: DATABASE_URL=… PORT=… node --import tsx bench/raw/server.ts
 */
import http from 'node:http'

import pg from 'pg'

import { route } from './routes'

const connectionString = process.env.DATABASE_URL
if (!connectionString) {
  console.error('DATABASE_URL is required')
  process.exit(1)
}
const port = Number(process.env.PORT ?? 3001)
const pool = new pg.Pool({ connectionString, max: Number(process.env.PG_POOL_SIZE ?? 10) })
// An idle client losing its connection must not end the server; the next query reconnects.
pool.on('error', (error) => console.error('idle database client:', error.message))

const send = (response: http.ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  })
  response.end(text)
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', () => {
    const url = new URL(request.url ?? '/', 'http://raw')
    route(pool, request.method ?? 'GET', url, Buffer.concat(chunks).toString('utf8'))
      .then(({ status, body }) => send(response, status, body))
      .catch((error: unknown) => {
        console.error(error)
        send(response, 500, { errors: [{ message: 'Something went wrong.' }] })
      })
  })
})

server.keepAliveTimeout = 65_000
server.listen(port, () => console.log(`raw server ready on ${port}`))

const stop = () => {
  server.close()
  server.closeAllConnections()
  void pool.end().then(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
