import net from 'node:net'

import { describe, expect, it } from 'vitest'

import { freePort } from '../../src/db/freePort'

describe('freePort', () => {
  it('hands out a port nothing listens on', async () => {
    const port = await freePort()
    const server = net.createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', resolve)
    })
    await new Promise((resolve) => server.close(resolve))
  })

  it('never hands out a port it was told to avoid', async () => {
    // Every port ≡ 3 (mod 4): Linux hands out odd ports for listening, half of them such, so
    // without the exclusion twenty calls would almost surely return one.
    const avoided = Array.from({ length: 16384 }, (_, i) => 4 * i + 3)
    for (let i = 0; i < 20; i++) expect((await freePort(avoided)) % 4).not.toBe(3)
  })
})
