/**
 * Login floods: each flood client sends sign-ins as fast as they are answered, all from one
 * address, for an account that does not exist (a real one would be locked after 5 wrong
 * passwords, and the run's editors must keep working). The server allows 10 a minute per
 * address (SIGN_IN_LIMITS in collections/Users/hooks/guardSignIn.ts): each within the limit
 * costs a password hash and gets 401, every further one 429 at once. A 401 past the limit is a
 * guess let through and counts as a wrong answer.
 */
import { SIGN_IN_LIMITS } from '../../collections/Users/hooks/guardSignIn'
import type { AbuseLog } from './abuseRecord'
import type { HttpClient } from './httpClient'

const ANSWER_WITHIN_MS = 5000
/**
 * The server counts an attempt when the sign-in reaches Payload, after it waited for a write
 * place (seconds, under editors' writes), and answers 401 after one password hash more. The
 * client knows only when the answer arrived: a guess answered this close to the end of a window
 * may have been counted in the next one.
 */
const WINDOW_SLACK_MS = 3000

export const runLoginFlood = async (client: HttpClient, log: AbuseLog, stop: AbortSignal) => {
  const { limit, windowMs } = SIGN_IN_LIMITS.login!
  const body = JSON.stringify({
    email: `flood.${client.address}@soak.example.org`,
    password: 'falsches-Passwort-1',
  })
  // The server's window starts with the first attempt after the last one ran out, and that
  // attempt is always a guess (401): windows are told apart here by their guesses, each placed
  // at the moment its answer arrived (the moment the server counted it is unknown here).
  let windowStart = -Infinity
  let guesses = 0
  for (; !stop.aborted;) {
    const outcome = await client.send({ method: 'POST', path: '/api/users/login', body })
    const answered = performance.now()
    let pastLimit = false
    if (outcome.status === 401) {
      if (answered >= windowStart + windowMs - WINDOW_SLACK_MS) {
        windowStart = answered
        guesses = 0
      }
      pastLimit = ++guesses > limit
    }
    const answerOk = outcome.status === 429 || (outcome.status === 401 && !pastLimit)
    log.add({
      kind: 'login-flood',
      variant: 'POST /api/users/login',
      ms: outcome.ms,
      status: outcome.status,
      result: outcome.error ?? (outcome.status === 401 && pastLimit ? 'a guess past the limit' : 'answered'),
      answerOk,
      inTime: answerOk && outcome.ms <= ANSWER_WITHIN_MS,
    })
  }
}
