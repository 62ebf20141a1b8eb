import { parsePhoneNumberFromString } from 'libphonenumber-js'

/**
 * A stored number (E.164, src/fields/phonesField.ts) as German editors write it: German numbers
 * in national format (`+493461402228` → `03461 402228`), others internationally
 * (`+33 1 23 45 67 89`). What cannot be parsed is shown as it is.
 */
export const phoneForDisplay = (value: string): string => {
  const parsed = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined
  if (!parsed?.isValid()) return value
  return parsed.country === 'DE' ? parsed.formatNational() : parsed.formatInternational()
}
