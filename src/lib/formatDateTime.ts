import { DATE_TIME_FORMAT } from './adminFormats'

const two = (n: number) => String(n).padStart(2, '0')

/**
 * A moment as the admin shows dates (DATE_TIME_FORMAT, `30.11.2026, 10:47`) in Berlin time,
 * without a date library in the admin's bundle; '' for none.
 */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return ''
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map(({ type, value }) => [type, value]),
  )
  return DATE_TIME_FORMAT.replace('dd', two(Number(parts.day)))
    .replace('MM', two(Number(parts.month)))
    .replace('yyyy', String(parts.year))
    .replace('HH', two(Number(parts.hour)))
    .replace('mm', two(Number(parts.minute)))
}
