/**
 * A misconfiguration the operator can fix. Entry points print its message alone
 * (no stack trace) and exit non-zero.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
