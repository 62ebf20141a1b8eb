import net from 'node:net'

/** A port the system hands out for listening on loopback: nothing listens on it right now. */
const anyFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/**
 * A TCP port on loopback that nothing listens on right now and that is none of `except`: ports
 * somebody is about to take but has not bound yet (the web server's PORT while its embedded
 * database starts first), which the system would otherwise hand out again.
 */
export const freePort = async (except: readonly number[] = []): Promise<number> => {
  for (;;) {
    const port = await anyFreePort()
    if (!except.includes(port)) return port
  }
}
