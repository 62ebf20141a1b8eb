/**
 * What went wrong with a provider, as the endpoint tells the caller:
 * - `unreachable`: no connection (refused, unknown host, reset);
 * - `timeout`: no complete answer within the configured time;
 * - `badKey`: the provider refuses the key (401, 403);
 * - `quota`: the key's quota is used up or there were too many requests (DeepL's 456, 429);
 * - `refused`: any other refusal (4xx, 5xx, a redirect), with the provider's message;
 * - `malformed`: an answer that is not the translations asked for;
 * - `unsupported`: the provider does not translate into the target language (no call made).
 */
export type TranslationProblem =
  'unreachable' | 'timeout' | 'badKey' | 'quota' | 'refused' | 'malformed' | 'unsupported'

/** A failed translation. The message is English, for the log; it never contains the key. */
export class TranslationError extends Error {
  override name = 'TranslationError'
  constructor(
    readonly provider: string,
    readonly problem: TranslationProblem,
    /** The provider's own words (its error message, a connection code), when it gave any. */
    readonly detail?: string,
    /** The provider's HTTP status, when it answered. */
    readonly status?: number,
  ) {
    super(`${provider}: ${problem}${status ? ` (HTTP ${status})` : ''}${detail ? `: ${detail}` : ''}`)
  }
}
