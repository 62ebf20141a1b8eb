import type { Config } from 'payload'
import { build } from 'pino-pretty'

import { isClientError } from './clientError'
import type { Env } from './env'
import type { LogLevel } from './logLevel'
import { workerRole } from './workerRole'

/** pino's options as Payload takes them (pino itself is Payload's dependency, not ours). */
type LoggerOptions = Extract<Config['logger'], { options: unknown }>['options']

/** pino's number for `error`. */
const ERROR = 50

/**
 * Payload logs every error it answers at `error` with its stack, unless `loggingLevels` lists
 * the error's name. Names do not tell a client's mistake from an incident: a GraphQLError, an
 * APIError or a SyntaxError can be either. The status does: what is answered with a 4xx (or
 * is malformed input, answered 400) is an ordinary answer, logged at `info` with its message.
 */
const clientErrorsAtInfo: NonNullable<LoggerOptions['hooks']>['logMethod'] = function (args, method, level) {
  if (level < ERROR) return method.apply(this, args)
  const [first] = args as unknown[]
  const err = typeof first === 'object' && first !== null ? (first as { err?: unknown }).err : undefined
  if (err && isClientError(err)) {
    this.info({ msg: (err as { message?: unknown }).message ?? 'Error' })
    return
  }
  method.apply(this, args)
}

/** With several worker processes each line says which one wrote it (src/lib/workerRole.ts). */
export const loggerName = (env: Env = process.env): string => {
  const role = workerRole(env)
  return role.kind === 'worker' ? `cms worker ${role.slot}` : role.kind === 'prepare' ? 'cms prepare' : 'cms'
}

/**
 * JSON lines in production (for log shippers), readable colour output elsewhere, where
 * the request log's structured fields are left out because its message says it all.
 */
export const payloadLogger = (level: LogLevel, env: Env = process.env) => ({
  options: { level, name: loggerName(env), hooks: { logMethod: clientErrorsAtInfo } } satisfies LoggerOptions,
  destination:
    env.NODE_ENV === 'production'
      ? undefined
      : build({
          colorize: true,
          ignore: 'pid,hostname,component,method,url,status,ms',
          translateTime: 'SYS:HH:MM:ss',
        }),
})
