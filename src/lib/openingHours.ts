/**
 * Opening hours of places and offers (src/fields/officeHoursField.ts, openingExceptionsField.ts):
 * is it open at an instant, when does it close, when does it open next. Hours are wall-clock times
 * in Europe/Berlin, so every computation goes through the Berlin wall clock, never the server's
 * time zone, and stays right across daylight-saving changes.
 */

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su'

export type WeeklyHours = {
  byAppointmentOnly?: boolean | null
  /** "HH:MM"; closes > opens; closes may be "24:00"; a night opening is two slots. */
  slots?: Array<{ day: Weekday; opens: string; closes: string }> | null
  note?: string | null
}

export type OpeningException = {
  /** A day-only date as Payload stores it (an ISO instant); its day is the day in Berlin. */
  from: string
  /** Inclusive; same form as `from`. */
  to: string
  /** Closed the whole range. */
  closed?: boolean | null
  /** When not closed: the hours on every day of the range, replacing the weekly slots. */
  slots?: Array<{ opens: string; closes: string }> | null
  note?: string | null
}

export type OpeningState = {
  openNow: boolean
  /** When it next opens (Berlin ISO with offset), null when open now, by appointment only, or no opening within the horizon (14 days). */
  opensNext: string | null
  /** When the current opening ends (Berlin ISO), null when closed. A slot that ends at 24:00 and continues with a 00:00 slot the next day counts as one opening. */
  closesAt: string | null
  byAppointmentOnly: boolean
  /** The exception in force at `at`, if any (so frontends can show its note). */
  exception: OpeningException | null
}

export type BerlinWallTime = {
  /** YYYY-MM-DD */
  date: string
  day: Weekday
  /** HH:MM */
  time: string
  /** Wall-clock minutes since midnight (hours * 60 + minutes), not elapsed time on DST days. */
  minutes: number
}

/** How many days after today `opensNext` (and a 24:00 → 00:00 chain for `closesAt`) looks ahead. */
export const OPENING_HORIZON_DAYS = 14

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000
const DAY_MINUTES = 1440
// Indexed by Date#getUTCDay().
const WEEKDAYS: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa']

// One formatter for every call: constructing Intl.DateTimeFormat is far dearer than using it.
// hourCycle h23, because `hour12: false` prints midnight as "24" in some ICU versions.
const BERLIN = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/** Milliseconds of a calendar date plus a time of day, read as UTC; also for years below 100. */
const utcMs = (year: number, month: number, day: number, msOfDay = 0): number => {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime() + msOfDay
}

const formatDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/** The Berlin wall clock at an instant, to the second; throws RangeError for an invalid instant. */
const wallAt = (ms: number): Wall => {
  const wall: Wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of BERLIN.formatToParts(ms)) {
    if (part.type in wall) wall[part.type as keyof Wall] = Number(part.value)
  }
  return wall
}

const wallMs = (wall: Wall): number =>
  utcMs(wall.year, wall.month, wall.day, ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000)

/** Berlin's offset from UTC at an instant, in milliseconds (whole seconds, as Intl reports them). */
const offsetAt = (ms: number): number => {
  const second = Math.floor(ms / 1000) * 1000
  return wallMs(wallAt(second)) - second
}

/**
 * The instant of a Berlin wall-clock time given as milliseconds read as UTC. A wall time that
 * occurs twice (autumn) resolves to the earlier or later occurrence as asked; one that does not
 * occur (spring gap) to the first instant after the gap, which is where the clocks jump to.
 */
const resolveWall = (wall: number, pick: 'earlier' | 'later'): number => {
  // A day either side is beyond any single transition, so these are the offsets before and after it.
  const before = offsetAt(wall - DAY_MS)
  const after = offsetAt(wall + DAY_MS)
  const valid = [wall - before, wall - after]
    .filter((instant) => offsetAt(instant) === wall - instant)
    .sort((a, b) => a - b)
  const chosen = pick === 'earlier' ? valid[0] : valid[valid.length - 1]
  if (chosen !== undefined) return chosen
  if (before === after) return wall - before
  // In the gap: search the transition between the two readings, to the second.
  let low = Math.floor(Math.min(wall - before, wall - after) / 1000) * 1000
  let high = Math.ceil(Math.max(wall - before, wall - after) / 1000) * 1000
  const lowOffset = offsetAt(low)
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000
    if (offsetAt(middle) === lowOffset) low = middle
    else high = middle
  }
  return high
}

type CalendarDate = { year: number; month: number; day: number }

const daysInMonth = (year: number, month: number): number => new Date(utcMs(year, month + 1, 0)).getUTCDate()

/** A real YYYY-MM-DD date, or null. */
const parseDate = (value: string): CalendarDate | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

const requireDate = (value: string): CalendarDate => {
  const date = parseDate(value)
  if (!date) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(value)}`)
  return date
}

/** Minutes since midnight of "HH:MM" (00:00–23:59, and "24:00" when allowed), or null. */
const parseClock = (value: string, allowMidnightEnd: boolean): number | null => {
  if (value === '24:00') return allowMidnightEnd ? DAY_MINUTES : null
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

const addDays = (date: string, days: number): string => {
  const { year, month, day } = requireDate(date)
  const next = new Date(utcMs(year, month, day + days))
  return formatDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())
}

const weekdayOf = (date: string): Weekday => {
  const { year, month, day } = requireDate(date)
  return WEEKDAYS[new Date(utcMs(year, month, day)).getUTCDay()] as Weekday
}

const wallOfDate = (date: string, minutes: number): number => {
  const { year, month, day } = requireDate(date)
  return utcMs(year, month, day, minutes * MINUTE_MS)
}

/** The wall clock in Europe/Berlin at an instant. */
export const berlinWallTime = (at: Date): BerlinWallTime => {
  const wall = wallAt(at.getTime())
  const date = formatDate(wall.year, wall.month, wall.day)
  return {
    date,
    day: weekdayOf(date),
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
    minutes: wall.hour * 60 + wall.minute,
  }
}

/**
 * The Berlin calendar date of a stored date value. Payload stores a day-only date as the instant
 * of the editor's local midnight or noon, so the UTC date can be the day before.
 */
export const berlinDay = (isoInstant: string): string => {
  const ms = Date.parse(isoInstant)
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${JSON.stringify(isoInstant)}`)
  return berlinWallTime(new Date(ms)).date
}

/**
 * The instant of a Berlin wall-clock time ("HH:MM", or "24:00" for the next day's 00:00). A time
 * in the spring-forward gap gives the first instant after the gap (02:30 → 03:00 CEST); a time
 * in the autumn overlap its first occurrence (CEST). Throws RangeError for a malformed date or time.
 */
export const berlinInstant = (date: string, time: string): Date => {
  const minutes = parseClock(time, true)
  if (minutes === null) throw new RangeError(`Not a time (HH:MM): ${JSON.stringify(time)}`)
  return new Date(resolveWall(wallOfDate(date, minutes), 'earlier'))
}

/** ISO 8601 with seconds and Berlin's offset at that instant, e.g. '2026-12-01T09:00:00+01:00'. */
export const toBerlinIso = (at: Date): string => {
  const ms = Math.floor(at.getTime() / 1000) * 1000
  const wall = wallAt(ms)
  const offsetMinutes = Math.round((wallMs(wall) - ms) / MINUTE_MS)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return (
    `${formatDate(wall.year, wall.month, wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

type ExceptionRange = { from: string; to: string; exception: OpeningException }

/** Exceptions with their Berlin days; one with an unreadable date is skipped, not fatal for the rest. */
const exceptionRanges = (exceptions: readonly OpeningException[] | null | undefined): ExceptionRange[] =>
  (exceptions ?? []).flatMap((exception) => {
    try {
      return [{ from: berlinDay(exception.from), to: berlinDay(exception.to), exception }]
    } catch {
      return []
    }
  })

/**
 * Of the ranges covering a date, the one that starts latest (the narrower, more specific rule,
 * e.g. a changed day inside a closed fortnight), then the first in the list, the order the editors
 * gave. The find query (openPredicate in src/lib/offerQuery.ts) orders the same way.
 */
const pickException = (ranges: readonly ExceptionRange[], date: string): OpeningException | null => {
  let best: ExceptionRange | null = null
  for (const range of ranges) {
    if (range.from > date || range.to < date) continue
    if (!best || range.from > best.from) best = range
  }
  return best?.exception ?? null
}

/**
 * The exception covering a Berlin date (YYYY-MM-DD). If several do, the one that starts latest
 * wins, and of those starting the same day the first in the list. Throws RangeError for a malformed date.
 */
export const exceptionOn = (
  exceptions: readonly OpeningException[] | null | undefined,
  date: string,
): OpeningException | null => {
  requireDate(date)
  return pickException(exceptionRanges(exceptions), date)
}

/** [start, end) in wall-clock minutes of one day. */
type Interval = { start: number; end: number }

/** Sorted, merged intervals; malformed slots (bad time, closes ≤ opens) are ignored. */
const toIntervals = (slots: ReadonlyArray<{ opens: string; closes: string }>): Interval[] => {
  const intervals = slots
    .map((slot) => ({ start: parseClock(slot.opens, false), end: parseClock(slot.closes, true) }))
    .filter((slot): slot is Interval => slot.start !== null && slot.end !== null && slot.end > slot.start)
    .sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const interval of intervals) {
    const last = merged[merged.length - 1]
    // Touching slots (09:00–12:00, 12:00–14:00) are one opening: no closing in between.
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end)
    else merged.push({ ...interval })
  }
  return merged
}

/** The intervals of a Berlin date: the exception's rule if one covers it, else the weekly slots. */
const intervalsOn = (
  hours: WeeklyHours | null | undefined,
  ranges: readonly ExceptionRange[],
  date: string,
): Interval[] => {
  const exception = pickException(ranges, date)
  // An exception replaces the weekly slots; not closed but without slots therefore means closed too.
  if (exception) return exception.closed === true ? [] : toIntervals(exception.slots ?? [])
  const day = weekdayOf(date)
  return toIntervals((hours?.slots ?? []).filter((slot) => slot.day === day))
}

/**
 * The instant of a wall time after `at`: in the autumn overlap a wall time on the day of `at`
 * may have its first occurrence before `at` and its second after it.
 */
const instantAfter = (date: string, minutes: number, at: Date): string => {
  const wall = wallOfDate(date, minutes)
  const earlier = resolveWall(wall, 'earlier')
  return toBerlinIso(new Date(earlier > at.getTime() ? earlier : resolveWall(wall, 'later')))
}

/** The end of an opening, following 24:00 → 00:00 chains; null when it runs past the horizon. */
const closingTime = (
  hours: WeeklyHours | null | undefined,
  ranges: readonly ExceptionRange[],
  today: string,
  end: number,
  at: Date,
): string | null => {
  let date = today
  let closes = end
  for (let ahead = 1; closes === DAY_MINUTES; ahead++) {
    if (ahead > OPENING_HORIZON_DAYS) return null
    const next = addDays(today, ahead)
    const first = intervalsOn(hours, ranges, next)[0]
    if (first?.start !== 0) break
    date = next
    closes = first.end
  }
  return instantAfter(date, closes, at)
}

/** The next opening later today or on one of the next 14 days, or null. */
const nextOpening = (
  hours: WeeklyHours | null | undefined,
  ranges: readonly ExceptionRange[],
  now: BerlinWallTime,
  today: readonly Interval[],
  at: Date,
): string | null => {
  const laterToday = today.find((interval) => interval.start > now.minutes)
  if (laterToday) return instantAfter(now.date, laterToday.start, at)
  for (let ahead = 1; ahead <= OPENING_HORIZON_DAYS; ahead++) {
    const date = addDays(now.date, ahead)
    const first = intervalsOn(hours, ranges, date)[0]
    if (first) return instantAfter(date, first.start, at)
  }
  return null
}

const CLOSED = { openNow: false, opensNext: null, closesAt: null } as const

/**
 * Whether a place is open at `at`, when the current opening ends or when the next one begins.
 * The wall clock decides: a time exactly at `opens` is open, exactly at `closes` closed, and in
 * the repeated autumn hour both occurrences of a wall time count alike.
 */
export const openingState = (
  hours: WeeklyHours | null | undefined,
  exceptions: readonly OpeningException[] | null | undefined,
  at: Date,
): OpeningState => {
  const now = berlinWallTime(at)
  const ranges = exceptionRanges(exceptions)
  const exception = pickException(ranges, now.date)
  // The checkbox wins over any slots: there are no public hours to compute.
  if (hours?.byAppointmentOnly) return { ...CLOSED, byAppointmentOnly: true, exception }
  const today = intervalsOn(hours, ranges, now.date)
  const current = today.find((interval) => interval.start <= now.minutes && now.minutes < interval.end)
  if (current) {
    return {
      openNow: true,
      opensNext: null,
      closesAt: closingTime(hours, ranges, now.date, current.end, at),
      byAppointmentOnly: false,
      exception,
    }
  }
  return {
    ...CLOSED,
    opensNext: nextOpening(hours, ranges, now, today, at),
    byAppointmentOnly: false,
    exception,
  }
}

/** Whether it is open at `at`; cheaper than openingState, which also looks ahead. */
export const isOpenAt = (
  hours: WeeklyHours | null | undefined,
  exceptions: readonly OpeningException[] | null | undefined,
  at: Date,
): boolean => {
  if (hours?.byAppointmentOnly) return false
  const now = berlinWallTime(at)
  return intervalsOn(hours, exceptionRanges(exceptions), now.date).some(
    (interval) => interval.start <= now.minutes && now.minutes < interval.end,
  )
}

// Date, time with optional seconds and fraction, optional offset. A space stands for '+' because an
// unencoded '+' in a query string arrives decoded as a space ('...T10:00:00 01:00').
const OPEN_AT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+\- ])(\d{2}):(\d{2}))?$/

/**
 * The `openAt` query parameter: 'now', an ISO 8601 date-time with offset or Z (that instant), or
 * one without offset (that Berlin wall time, as berlinInstant resolves it); null for anything else.
 * Years 1900–9999 only: before 1893 Berlin kept local mean time, an offset ISO strings cannot express.
 */
export const parseOpenAt = (value: string, now: Date): Date | null => {
  if (value === 'now') return new Date(now.getTime())
  const match = OPEN_AT.exec(value)
  if (!match) return null
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh, om] = match
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (year < 1900 || !parseDate(`${y}-${mo}-${d}`) || hour > 23 || minute > 59 || second > 59) return null
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3))
  const wall = utcMs(year, month, day, ((hour * 60 + minute) * 60 + second) * 1000 + ms)
  if (zulu) return new Date(wall)
  if (sign === undefined) return new Date(resolveWall(wall, 'earlier'))
  const [offsetHours, offsetMinutes] = [Number(oh), Number(om)]
  if (offsetHours > 23 || offsetMinutes > 59) return null
  return new Date(wall - (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MINUTE_MS)
}
