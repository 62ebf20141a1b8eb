import { readBounded } from '../readBounded'
import { TranslationError } from './translationError'

/** A batch of translations is far below this; anything larger is not an answer we asked for. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024
/** Enough of a provider's error message to act on, not a page of HTML. */
const MAX_DETAIL_CHARS = 300

type PostJson = {
  provider: string
  url: URL
  headers?: Record<string, string>
  body: unknown
  timeoutMs: number
  /** Removed from anything the provider says, in case it echoes it. */
  secret?: string
  /** Where the provider puts its error message in an error answer. */
  errorMessageOf: (answer: unknown) => unknown
}

const parse = (text: string | null): unknown => {
  try {
    return text === null ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

/** One line of printable text, short, without the secret. */
const clean = (value: string, secret?: string) => {
  const line = (secret ? value.split(secret).join('***') : value)
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
  return line.length > MAX_DETAIL_CHARS ? `${line.slice(0, MAX_DETAIL_CHARS)}…` : line
}

const problemOf = (status: number) =>
  status === 401 || status === 403 ? 'badKey' : status === 429 || status === 456 ? 'quota' : 'refused'

/**
 * POSTs JSON to a provider and returns its parsed JSON answer, within `timeoutMs` for the whole
 * exchange (connection, answer and body). Redirects are not followed: they could lead the
 * server's request, with the key, anywhere. Every failure is a TranslationError.
 */
export const postJson = async ({
  provider,
  url,
  headers,
  body,
  timeoutMs,
  secret,
  errorMessageOf,
}: PostJson): Promise<unknown> => {
  const timeout = AbortSignal.timeout(timeoutMs)
  let response: Response
  let text: string | null
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: timeout,
    })
    text = await readBounded(response, MAX_ANSWER_BYTES)
  } catch (error) {
    if (timeout.aborted) throw new TranslationError(provider, 'timeout')
    const cause = (error as { cause?: { code?: unknown } }).cause
    throw new TranslationError(
      provider,
      'unreachable',
      typeof cause?.code === 'string' ? cause.code : undefined,
    )
  }
  const answer = parse(text)
  if (response.status >= 300 && response.status < 400) {
    throw new TranslationError(provider, 'refused', 'redirects are not followed', response.status)
  }
  if (!response.ok) {
    const said = errorMessageOf(answer)
    const detail = typeof said === 'string' && said.trim() ? said : (text ?? '')
    throw new TranslationError(
      provider,
      problemOf(response.status),
      clean(detail, secret) || undefined,
      response.status,
    )
  }
  if (answer === undefined) {
    throw new TranslationError(provider, 'malformed', text === null ? 'the answer is too large' : 'not JSON')
  }
  return answer
}
