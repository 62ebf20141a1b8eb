/**
 * How the admin shows dates (date-fns patterns): as German editors write them, `30.11.2026, 10:47`,
 * not Payload's default "November 30. 2026, 10:47 vorm.". English users see the same digits.
 */
export const DATE_TIME_FORMAT = 'dd.MM.yyyy, HH:mm'
export const DATE_FORMAT = 'dd.MM.yyyy'
