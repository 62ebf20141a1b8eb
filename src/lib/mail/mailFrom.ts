import { ConfigError } from '../configError'

export type MailFrom = { name: string; address: string }

/** The sender when MAIL_FROM is unset: the product's name, and an address nobody answers. */
export const DEFAULT_MAIL_FROM: MailFrom = {
  name: 'Integrationsnetzwerke',
  address: 'no-reply@localhost',
}

/** One address, as RFC 5321 allows in practice: something@domain, no spaces or brackets. */
const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+$/

/**
 * MAIL_FROM as `Name <address>` or a bare `address`. A malformed one stops the start: a wrong
 * sender is otherwise found out only when the first invitation bounces.
 */
export const parseMailFrom = (raw: string | undefined): MailFrom => {
  const value = raw?.trim()
  if (!value) return DEFAULT_MAIL_FROM
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(value)
  const name = (named ? named[1]! : '').trim().replace(/^"(.*)"$/, '$1')
  const address = (named ? named[2]! : value).trim()
  if (!ADDRESS.test(address) || /[\r\n"<>]/.test(name)) {
    throw new ConfigError(`MAIL_FROM must be an e-mail address or "Name <address>", got "${raw}".`)
  }
  return { name: name || DEFAULT_MAIL_FROM.name, address }
}
