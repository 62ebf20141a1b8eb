import { InputError } from '../lib/inputError'

/** Largest id PostgreSQL's `serial` columns hold: beyond it the query itself fails. */
export const MAX_ID = 2_147_483_647

/**
 * A value as a message may quote it, shortened. GraphQL hands over objects without a prototype,
 * which String() cannot convert: JSON first.
 */
export const shown = (value: unknown, max = 60): string => {
  try {
    return (JSON.stringify(value) ?? Object.prototype.toString.call(value)).slice(0, max)
  } catch {
    return Object.prototype.toString.call(value)
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** PostgreSQL text cannot hold a NUL character: refused before it reaches a query. */
export const refuseNul = (value: unknown, field: string, depth = 0): void => {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new InputError(field, 'contains a NUL character (\\u0000).')
    return
  }
  if (depth > 64 || typeof value !== 'object' || value === null) return
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) throw new InputError(field, 'contains a NUL character (\\u0000).')
    refuseNul(item, field, depth + 1)
  }
}

/** A document id as the database stores it: a whole number from 1 to MAX_ID (or such a string). */
export const isId = (value: unknown): boolean => {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,10}$/.test(value)
        ? Number(value)
        : NaN
  return Number.isInteger(number) && number >= 1 && number <= MAX_ID
}

export const checkId = (value: unknown, field: string, what = 'an id'): void => {
  if (!isId(value)) {
    const quoted = typeof value === 'number' && Number.isNaN(value) ? 'the value' : shown(value, 40)
    throw new InputError(field, `${quoted} is not ${what}: ids are whole numbers from 1 to ${MAX_ID}.`)
  }
}

/**
 * An optional whole number within bounds (REST hands over what is not a number as the raw string).
 */
export const checkWholeNumber = (value: unknown, field: string, min: number, max: number): void => {
  if (value === undefined || value === null) return
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw new InputError(field, `${shown(value, 40)} is not a whole number from ${min} to ${max}.`)
  }
}
