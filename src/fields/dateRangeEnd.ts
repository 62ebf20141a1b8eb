import type { DateFieldValidation } from 'payload'

import { DATE_FORMAT } from '../lib/adminFormats'
import { message } from '../lib/message'

/**
 * The end of a date range (`to`, beside a `from`): a valid date not before the start. Replaces
 * Payload's own date validation, so it checks the date itself too.
 */
export const validateRangeEnd: DateFieldValidation = (value, { req, siblingData, required }) => {
  if (!value) return required ? message(req, 'Bitte ein Datum angeben.', 'Please enter a date.') : true
  const end = new Date(value).getTime()
  if (Number.isNaN(end)) return message(req, 'Kein gültiges Datum.', 'Not a valid date.')
  const from = (siblingData as { from?: string | Date | null }).from
  return from && end < new Date(from).getTime()
    ? message(req, 'Das Ende liegt vor dem Beginn.', 'The end is before the start.')
    : true
}

/** Day-only dates as German editors write them. */
export const DAY_ONLY = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: DATE_FORMAT } }
