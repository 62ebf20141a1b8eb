/**
 * Every simulated client sends its own X-Forwarded-For address, which the server trusts from
 * loopback (TRUST_PROXY's default): sign-in is limited per client address (10 a minute), so
 * clients behind one address would throttle each other, and a flood must come from one address
 * to show that only its sender is refused. The addresses come from 198.18.0.0/15, the range
 * RFC 2544 sets aside for benchmarks, so that they can never be somebody's.
 */
const FIRST = ((198 << 24) | (18 << 16)) >>> 0
const SIZE = 2 ** 17

const dotted = (value: number) =>
  [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.')

/** Hands out the range's addresses in order, each once, skipping its first (network) address. */
export const addressAllocator = () => {
  let next = 1
  return (): string => {
    if (next >= SIZE - 1) throw new Error('198.18.0.0/15 has no more client addresses.')
    return dotted(FIRST + next++)
  }
}
