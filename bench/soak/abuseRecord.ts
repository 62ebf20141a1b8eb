/** The attackers of the abuse phase (bench/soak/abusers.ts starts them). */
export const ABUSE_KINDS = ['slow-body', 'slow-read', 'graphql', 'login-flood'] as const
export type AbuseKind = (typeof ABUSE_KINDS)[number]

/**
 * One abusive attempt and how the server dealt with it. `answerOk`: the answer it should get
 * (a refusal with the right status, or service); `inTime`: it came within the time the server's
 * limits promise. A smoke run fails only on wrong answers, a full run on either.
 */
export type AbuseRecord = {
  kind: AbuseKind
  /** Which attack of the kind, e.g. the path or the query. */
  variant: string
  /** Seconds since the run started. */
  at: number
  ms: number
  /** 0: no answer. */
  status: number
  /** What happened, in words: 'answered', 'still reading at the end', 'reset after 10 bytes' … */
  result: string
  answerOk: boolean
  inTime: boolean
}

/** Collects an abuser's records with the run's clock. */
export const abuseLog = (now: () => number) => {
  const records: AbuseRecord[] = []
  return {
    records,
    add: (record: Omit<AbuseRecord, 'at'> & { at?: number }) => records.push({ at: now(), ...record }),
  }
}

export type AbuseLog = ReturnType<typeof abuseLog>
