import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

/**
 * The outcome of one link check:
 * - `ok`: the link leads to a page (2xx, after at most `maxRedirects` redirects);
 * - `broken`: the server says the page is not there or failed (4xx, 5xx);
 * - `unreachable`: no answer in time, no such host, a refused connection, redirects without end,
 *   or an address the checker must not visit (see `allowPrivate`).
 */
export type LinkCheckResult = {
  url: string
  outcome: 'ok' | 'broken' | 'unreachable'
  /** The last HTTP status received, or null without one. */
  status: number | null
  /** Where the redirects ended (the URL itself without any). */
  finalUrl: string
  redirects: number
  /** Why it is unreachable, in a few words (English, for the log and the API). */
  reason?: string
  checkedAt: string
}

export type LinkCheckOptions = {
  /** Per request, connection to last header byte. */
  timeoutMs?: number
  maxRedirects?: number
  userAgent?: string
  /**
   * Whether hosts on loopback, private, link-local or unique-local addresses may be visited.
   * Off outside tests: an editor's link must not make the server probe its own network
   * (metadata services, the database, an intranet) and report what answers there.
   */
  allowPrivate?: boolean
}

const DEFAULTS = { timeoutMs: 10_000, maxRedirects: 5, userAgent: 'integrationsnetzwerk-cms link check' }

/**
 * Loopback, private, shared, link-local, benchmark, multicast and unique-local ranges. One list for
 * both families: Node matches an IPv4-mapped IPv6 address (`::ffff:7f00:1`) against the IPv4 rules.
 */
const PRIVATE = new net.BlockList()
for (const [network, prefix, family] of [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 3, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
] as const)
  PRIVATE.addSubnet(network, prefix, family)

/** Whether an address is one a public link cannot mean (IPv4-mapped IPv6 included). */
export const isPrivateAddress = (address: string): boolean =>
  PRIVATE.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4')

class Refused extends Error {}

/** Node asks for every address (`all`) when it may try several, else for one. */
type LookupCallback = (error: Error | null, address: string | dns.LookupAddress[], family?: number) => void

/**
 * DNS as usual, but an answer with a private address fails the connection: checked at connect
 * time, on the addresses actually used, so that a name cannot resolve to a public address for a
 * check and to a private one for the request.
 */
const guardedLookup = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) =>
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '')
    if (addresses.some(({ address }) => isPrivateAddress(address))) {
      return callback(new Refused(`${hostname} resolves to a private address`), '')
    }
    if (options.all) return callback(null, addresses)
    return callback(null, addresses[0]!.address, addresses[0]!.family)
  })

type Answer = { status: number; location?: string }

/** One request; only the status line and headers are read, the body is never downloaded. */
const request = (url: URL, method: 'HEAD' | 'GET', options: Required<LinkCheckOptions>) =>
  new Promise<Answer>((resolve, reject) => {
    // An address in the URL is used without a lookup: checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, '')
    if (!options.allowPrivate && net.isIP(literal) && isPrivateAddress(literal)) {
      return reject(new Refused(`${url.hostname} is a private address`))
    }
    const client = url.protocol === 'https:' ? https : http
    const req = client.request(
      url,
      {
        method,
        headers: { 'User-Agent': options.userAgent, Accept: '*/*' },
        ...(options.allowPrivate ? {} : { lookup: guardedLookup as never }),
        // No pooled sockets: each check stands alone and nothing stays open afterwards.
        agent: false,
      },
      (res) => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, location: res.headers.location })
        res.destroy()
      },
    )
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${options.timeoutMs} ms`))
    }, options.timeoutMs)
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    req.end()
  })

const reasonOf = (error: unknown): string => {
  if (error instanceof Refused) return error.message
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'no such host'
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'ECONNRESET') return 'connection reset'
  if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) return 'certificate problem'
  return error instanceof Error ? error.message : String(error)
}

/**
 * Checks one http(s) link as a visitor's browser would reach it: HEAD first (no body), GET when a
 * server refuses HEAD (405, 501), redirects followed up to `maxRedirects`, each request within
 * `timeoutMs`.
 */
export const checkUrl = async (raw: string, given: LinkCheckOptions = {}): Promise<LinkCheckResult> => {
  const options: Required<LinkCheckOptions> = { ...DEFAULTS, allowPrivate: false, ...given }
  const result = (outcome: LinkCheckResult['outcome'], rest: Partial<LinkCheckResult>): LinkCheckResult => ({
    url: raw,
    outcome,
    status: null,
    finalUrl: raw,
    redirects: 0,
    checkedAt: new Date().toISOString(),
    ...rest,
  })
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return result('unreachable', { reason: 'not a URL' })
  }
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return result('unreachable', { finalUrl: url.href, redirects, reason: `not http(s): ${url.protocol}` })
    }
    let answer: Answer
    try {
      answer = await request(url, 'HEAD', options)
      if (answer.status === 405 || answer.status === 501) answer = await request(url, 'GET', options)
    } catch (error) {
      return result('unreachable', { finalUrl: url.href, redirects, reason: reasonOf(error) })
    }
    const { status, location } = answer
    if (status >= 300 && status < 400 && location) {
      if (redirects >= options.maxRedirects) {
        return result('unreachable', {
          status,
          finalUrl: url.href,
          redirects,
          reason: `more than ${options.maxRedirects} redirects`,
        })
      }
      try {
        url = new URL(location, url)
      } catch {
        return result('broken', { status, finalUrl: url.href, redirects, reason: 'redirect to no URL' })
      }
      continue
    }
    return result(status >= 200 && status < 300 ? 'ok' : 'broken', { status, finalUrl: url.href, redirects })
  }
}

/** Checks many links, at most `concurrency` at a time, in their order. */
export const checkUrls = async (
  urls: readonly string[],
  { concurrency = 4, ...options }: LinkCheckOptions & { concurrency?: number } = {},
): Promise<LinkCheckResult[]> => {
  const results: LinkCheckResult[] = new Array(urls.length)
  let next = 0
  const worker = async () => {
    while (next < urls.length) {
      const index = next++
      results[index] = await checkUrl(urls[index]!, options)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, urls.length)) }, worker))
  return results
}
