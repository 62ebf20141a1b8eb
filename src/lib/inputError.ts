import { APIError } from 'payload'

/**
 * Bad input from a client: a 400 whose message names the parameter or field and the problem
 * (`data.field` carries its path, e.g. `where.district.in`). Logged at `info`, never as an
 * incident (payload.config.ts lists it in `loggingLevels`).
 */
export class InputError extends APIError {
  constructor(field: string, problem: string, status = 400) {
    super(`${field}: ${problem}`, status, { field }, true)
  }
}
