import { describe, expect, it } from 'vitest'

import {
  berlinDay,
  berlinInstant,
  berlinWallTime,
  exceptionOn,
  isOpenAt,
  type OpeningException,
  openingState,
  parseOpenAt,
  toBerlinIso,
  type WeeklyHours,
} from '../../src/lib/openingHours'

// Calendar used below: 2026-11-30 is a Monday, 2026-12-24 a Thursday, 2027-01-04 a Monday;
// 2026-03-29 and 2026-10-25 are the Sundays the clocks change (at 01:00 UTC).

type Expected = { openNow: boolean; opensNext: string | null; closesAt: string | null }
type Row = { label: string; at: string; expected: Expected }

const open = (closesAt: string | null): Expected => ({ openNow: true, opensNext: null, closesAt })
const closed = (opensNext: string | null): Expected => ({ openNow: false, opensNext, closesAt: null })

/** openingState must match exactly, and isOpenAt must agree with it. */
const expectState = (
  hours: WeeklyHours | null | undefined,
  exceptions: OpeningException[] | null | undefined,
  at: string,
  expected: Expected,
  exception: OpeningException | null = null,
) => {
  expect(openingState(hours, exceptions, new Date(at))).toEqual({
    ...expected,
    byAppointmentOnly: false,
    exception,
  })
  expect(isOpenAt(hours, exceptions, new Date(at))).toBe(expected.openNow)
}

describe('berlinWallTime', () => {
  it.each([
    ['2026-12-01T08:00:00Z', '2026-12-01', 'tu', '09:00', 540],
    ['2026-12-31T23:30:00Z', '2027-01-01', 'fr', '00:30', 30],
    ['2026-03-28T23:00:00Z', '2026-03-29', 'su', '00:00', 0],
    ['2026-03-29T00:59:59Z', '2026-03-29', 'su', '01:59', 119],
    ['2026-03-29T01:00:00Z', '2026-03-29', 'su', '03:00', 180],
    ['2026-03-29T01:30:00Z', '2026-03-29', 'su', '03:30', 210],
    ['2026-10-25T00:30:00Z', '2026-10-25', 'su', '02:30', 150],
    ['2026-10-25T00:59:59Z', '2026-10-25', 'su', '02:59', 179],
    ['2026-10-25T01:00:00Z', '2026-10-25', 'su', '02:00', 120],
    ['2026-10-25T01:30:00Z', '2026-10-25', 'su', '02:30', 150],
    ['2026-10-25T02:00:00Z', '2026-10-25', 'su', '03:00', 180],
  ])('%s is %s (%s) %s', (instant, date, day, time, minutes) => {
    expect(berlinWallTime(new Date(instant))).toEqual({ date, day, time, minutes })
  })
})

describe('berlinDay', () => {
  it.each([
    ['noon UTC form', '2026-12-24T12:00:00.000Z', '2026-12-24'],
    ['Berlin midnight in winter', '2026-12-23T23:00:00.000Z', '2026-12-24'],
    ['Berlin midnight in summer', '2026-07-31T22:00:00.000Z', '2026-08-01'],
    ['just before Berlin midnight', '2026-12-23T22:59:59.999Z', '2026-12-23'],
    ['with an offset', '2026-12-24T00:00:00+01:00', '2026-12-24'],
  ])('%s: %s → %s', (_label, stored, day) => {
    expect(berlinDay(stored)).toBe(day)
  })

  it('refuses a value that is not a date', () => {
    expect(() => berlinDay('Heiligabend')).toThrow(RangeError)
  })
})

describe('berlinInstant', () => {
  it.each([
    ['a winter morning', '2026-12-01', '09:00', '2026-12-01T09:00:00+01:00', '2026-12-01T08:00:00.000Z'],
    ['a summer morning', '2026-07-01', '09:00', '2026-07-01T09:00:00+02:00', '2026-07-01T07:00:00.000Z'],
    [
      '24:00 is the next day 00:00',
      '2026-12-31',
      '24:00',
      '2027-01-01T00:00:00+01:00',
      '2026-12-31T23:00:00.000Z',
    ],
    [
      '24:00 before the spring change',
      '2026-03-28',
      '24:00',
      '2026-03-29T00:00:00+01:00',
      '2026-03-28T23:00:00.000Z',
    ],
    [
      'spring: last minute before the gap',
      '2026-03-29',
      '01:59',
      '2026-03-29T01:59:00+01:00',
      '2026-03-29T00:59:00.000Z',
    ],
    [
      'spring: 02:00 is in the gap',
      '2026-03-29',
      '02:00',
      '2026-03-29T03:00:00+02:00',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'spring: 02:30 is in the gap',
      '2026-03-29',
      '02:30',
      '2026-03-29T03:00:00+02:00',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'spring: 03:00 after the gap',
      '2026-03-29',
      '03:00',
      '2026-03-29T03:00:00+02:00',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'spring: 09:00 on the change day',
      '2026-03-29',
      '09:00',
      '2026-03-29T09:00:00+02:00',
      '2026-03-29T07:00:00.000Z',
    ],
    [
      'autumn: 01:59 before the overlap',
      '2026-10-25',
      '01:59',
      '2026-10-25T01:59:00+02:00',
      '2026-10-24T23:59:00.000Z',
    ],
    [
      'autumn: 02:30 first occurrence',
      '2026-10-25',
      '02:30',
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'autumn: 03:00 after the overlap',
      '2026-10-25',
      '03:00',
      '2026-10-25T03:00:00+01:00',
      '2026-10-25T02:00:00.000Z',
    ],
    [
      'autumn: 09:00 on the change day',
      '2026-10-25',
      '09:00',
      '2026-10-25T09:00:00+01:00',
      '2026-10-25T08:00:00.000Z',
    ],
  ])('%s: %s %s → %s', (_label, date, time, berlin, utc) => {
    const instant = berlinInstant(date, time)
    expect(toBerlinIso(instant)).toBe(berlin)
    expect(instant.toISOString()).toBe(utc)
  })

  it.each([
    ['no 29 February in 2026', '2026-02-29', '10:00'],
    ['month 13', '2026-13-01', '10:00'],
    ['hour 25', '2026-12-01', '25:00'],
    ['24:01', '2026-12-01', '24:01'],
    ['one-digit hour', '2026-12-01', '9:00'],
    ['German date order', '01.12.2026', '10:00'],
  ])('refuses %s (%s %s)', (_label, date, time) => {
    expect(() => berlinInstant(date, time)).toThrow(RangeError)
  })
})

describe('toBerlinIso', () => {
  it.each([
    ['2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00+01:00'],
    ['2026-07-01T07:00:00.999Z', '2026-07-01T09:00:00+02:00'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01T00:00:00+01:00'],
    ['2026-03-29T00:59:59.000Z', '2026-03-29T01:59:59+01:00'],
    ['2026-03-29T01:00:00.000Z', '2026-03-29T03:00:00+02:00'],
    ['2026-10-25T00:59:59.000Z', '2026-10-25T02:59:59+02:00'],
    ['2026-10-25T01:00:00.000Z', '2026-10-25T02:00:00+01:00'],
  ])('%s → %s', (instant, berlin) => {
    expect(toBerlinIso(new Date(instant))).toBe(berlin)
  })
})

describe('openingState on weekdays', () => {
  // Monday with a lunch break, Wednesday without.
  const hours: WeeklyHours = {
    slots: [
      { day: 'mo', opens: '09:00', closes: '12:00' },
      { day: 'mo', opens: '13:00', closes: '16:00' },
      { day: 'we', opens: '10:00', closes: '14:00' },
    ],
    note: null,
  }

  it.each<Row>([
    {
      label: 'Monday 10:00 is open',
      at: '2026-11-30T10:00:00+01:00',
      expected: open('2026-11-30T12:00:00+01:00'),
    },
    {
      label: 'Monday exactly at opens is open',
      at: '2026-11-30T09:00:00+01:00',
      expected: open('2026-11-30T12:00:00+01:00'),
    },
    {
      label: 'Monday a second before opens',
      at: '2026-11-30T08:59:59+01:00',
      expected: closed('2026-11-30T09:00:00+01:00'),
    },
    {
      label: 'Monday a second before closes',
      at: '2026-11-30T11:59:59+01:00',
      expected: open('2026-11-30T12:00:00+01:00'),
    },
    {
      label: 'Monday exactly at closes is closed, opens after the break',
      at: '2026-11-30T12:00:00+01:00',
      expected: closed('2026-11-30T13:00:00+01:00'),
    },
    {
      label: 'Monday in the lunch break',
      at: '2026-11-30T12:30:00+01:00',
      expected: closed('2026-11-30T13:00:00+01:00'),
    },
    {
      label: 'Monday after the break',
      at: '2026-11-30T13:00:00+01:00',
      expected: open('2026-11-30T16:00:00+01:00'),
    },
    {
      label: 'Monday after the last slot',
      at: '2026-11-30T16:00:00+01:00',
      expected: closed('2026-12-02T10:00:00+01:00'),
    },
    {
      label: 'Tuesday 10:00 is closed',
      at: '2026-12-01T10:00:00+01:00',
      expected: closed('2026-12-02T10:00:00+01:00'),
    },
    {
      label: 'Wednesday after closing: next Monday',
      at: '2026-12-02T14:00:00+01:00',
      expected: closed('2026-12-07T09:00:00+01:00'),
    },
    {
      label: 'the same instant written in UTC',
      at: '2026-11-30T09:00:00Z',
      expected: open('2026-11-30T12:00:00+01:00'),
    },
  ])('$label', ({ at, expected }) => {
    expectState(hours, [], at, expected)
  })

  it.each<{ label: string; hours: WeeklyHours | null | undefined; at: string; expected: Expected }>([
    { label: 'no hours', hours: null, at: '2026-11-30T10:00:00+01:00', expected: closed(null) },
    { label: 'undefined hours', hours: undefined, at: '2026-11-30T10:00:00+01:00', expected: closed(null) },
    {
      label: 'an empty slot list',
      hours: { slots: [] },
      at: '2026-11-30T10:00:00+01:00',
      expected: closed(null),
    },
    {
      label: 'touching slots are one opening',
      hours: {
        slots: [
          { day: 'mo', opens: '12:00', closes: '14:00' },
          { day: 'mo', opens: '09:00', closes: '12:00' },
        ],
      },
      at: '2026-11-30T10:00:00+01:00',
      expected: open('2026-11-30T14:00:00+01:00'),
    },
    {
      label: 'malformed slots are ignored',
      hours: {
        slots: [
          { day: 'mo', opens: '9:00', closes: '12:00' },
          { day: 'mo', opens: '12:00', closes: '11:00' },
          { day: 'mo', opens: '13:00', closes: '15:00' },
        ],
      },
      at: '2026-11-30T10:00:00+01:00',
      expected: closed('2026-11-30T13:00:00+01:00'),
    },
  ])('$label', ({ hours: given, at, expected }) => {
    expectState(given, null, at, expected)
  })
})

describe('openingState with exceptions', () => {
  // Monday to Friday 09:00–17:00.
  const hours: WeeklyHours = {
    slots: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({ day, opens: '09:00', closes: '17:00' })),
  }
  const christmas: OpeningException = {
    from: '2026-12-23T23:00:00.000Z', // 24 December
    to: '2027-01-01T12:00:00.000Z', // 1 January
    closed: true,
    note: 'Betriebsferien',
  }
  const teamDay: OpeningException = {
    from: '2026-12-01T12:00:00.000Z',
    to: '2026-12-01T12:00:00.000Z',
    closed: false,
    slots: [{ opens: '10:00', closes: '13:00' }],
    note: 'Teamtag',
  }
  const shortWeek: OpeningException = {
    from: '2026-12-06T23:00:00.000Z', // Monday 7 December
    to: '2026-12-09T12:00:00.000Z', // Wednesday 9 December
    closed: false,
    slots: [{ opens: '08:00', closes: '12:00' }],
  }
  const renovation: OpeningException = {
    from: '2026-12-14T12:00:00.000Z',
    to: '2026-12-20T12:00:00.000Z',
    closed: true,
    note: 'Renovierung',
  }
  const emergencyService: OpeningException = {
    from: '2026-12-16T12:00:00.000Z',
    to: '2026-12-16T12:00:00.000Z',
    closed: false,
    slots: [{ opens: '10:00', closes: '12:00' }],
    note: 'Notdienst',
  }
  const exceptions = [christmas, teamDay, shortWeek, renovation, emergencyService]

  it.each<Row & { exception: OpeningException | null }>([
    {
      label: 'the day before the holidays is normal',
      at: '2026-12-23T16:00:00+01:00',
      expected: open('2026-12-23T17:00:00+01:00'),
      exception: null,
    },
    {
      label: 'after closing before the holidays, opensNext skips the range and the weekend',
      at: '2026-12-23T18:00:00+01:00',
      expected: closed('2027-01-04T09:00:00+01:00'),
      exception: null,
    },
    {
      label: 'Christmas Eve (a Thursday) is closed',
      at: '2026-12-24T10:00:00+01:00',
      expected: closed('2027-01-04T09:00:00+01:00'),
      exception: christmas,
    },
    {
      label: 'the last day of the range is closed',
      at: '2027-01-01T23:59:00+01:00',
      expected: closed('2027-01-04T09:00:00+01:00'),
      exception: christmas,
    },
    {
      label: 'changed hours: before the later opening',
      at: '2026-12-01T09:30:00+01:00',
      expected: closed('2026-12-01T10:00:00+01:00'),
      exception: teamDay,
    },
    {
      label: 'changed hours: open until the earlier closing',
      at: '2026-12-01T12:59:00+01:00',
      expected: open('2026-12-01T13:00:00+01:00'),
      exception: teamDay,
    },
    {
      label: 'changed hours: closed where the weekly slot would be open',
      at: '2026-12-01T14:00:00+01:00',
      expected: closed('2026-12-02T09:00:00+01:00'),
      exception: teamDay,
    },
    {
      label: 'the evening before changed hours: opensNext uses them',
      at: '2026-11-30T17:30:00+01:00',
      expected: closed('2026-12-01T10:00:00+01:00'),
      exception: null,
    },
    {
      label: 'a range of days: open on its middle day at 08:00',
      at: '2026-12-08T08:00:00+01:00',
      expected: open('2026-12-08T12:00:00+01:00'),
      exception: shortWeek,
    },
    {
      label: 'a range of days: after its closing, the next day of the range',
      at: '2026-12-08T12:00:00+01:00',
      expected: closed('2026-12-09T08:00:00+01:00'),
      exception: shortWeek,
    },
    {
      label: 'a range of days: after its last day, the weekly hours again',
      at: '2026-12-09T12:30:00+01:00',
      expected: closed('2026-12-10T09:00:00+01:00'),
      exception: shortWeek,
    },
    {
      label: 'overlapping: the wide closed range holds the day before',
      at: '2026-12-15T10:00:00+01:00',
      expected: closed('2026-12-16T10:00:00+01:00'),
      exception: renovation,
    },
    {
      label: 'overlapping: the day inside it with its own hours wins',
      at: '2026-12-16T11:00:00+01:00',
      expected: open('2026-12-16T12:00:00+01:00'),
      exception: emergencyService,
    },
    {
      label: 'overlapping: after that day the closed range holds again',
      at: '2026-12-16T12:00:00+01:00',
      expected: closed('2026-12-21T09:00:00+01:00'),
      exception: emergencyService,
    },
  ])('$label', ({ at, expected, exception }) => {
    expectState(hours, exceptions, at, expected, exception)
  })

  it.each<{
    label: string
    hours: WeeklyHours | null
    exception: OpeningException
    at: string
    expected: Expected
  }>([
    {
      label: 'not closed and no slots replaces the weekly hours with none',
      hours,
      exception: {
        from: '2026-12-01T12:00:00.000Z',
        to: '2026-12-01T12:00:00.000Z',
        closed: false,
        note: 'Nur Hinweis',
      },
      at: '2026-12-01T10:00:00+01:00',
      expected: closed('2026-12-02T09:00:00+01:00'),
    },
    {
      label: 'exception hours apply without weekly hours',
      hours: null,
      exception: {
        from: '2026-12-05T12:00:00.000Z',
        to: '2026-12-05T12:00:00.000Z',
        closed: false,
        slots: [{ opens: '10:00', closes: '12:00' }],
      },
      at: '2026-11-30T10:00:00+01:00',
      expected: closed('2026-12-05T10:00:00+01:00'),
    },
  ])('$label', ({ hours: given, exception, at, expected }) => {
    const inForce = exceptionOn([exception], berlinWallTime(new Date(at)).date)
    expectState(given, [exception], at, expected, inForce)
  })

  it('skips an exception with an unreadable date', () => {
    const broken: OpeningException = { from: 'kaputt', to: '2026-12-01T12:00:00.000Z', closed: true }
    expectState(hours, [broken], '2026-12-01T10:00:00+01:00', open('2026-12-01T17:00:00+01:00'))
  })
})

describe('exceptionOn', () => {
  const day = (date: string, note: string, to = date): OpeningException => ({
    from: `${date}T12:00:00.000Z`,
    to: `${to}T12:00:00.000Z`,
    closed: true,
    note,
  })
  const month = day('2026-12-01', 'December', '2026-12-31')
  const week = day('2026-12-14', 'week', '2026-12-20')
  const twoDays = day('2026-12-14', 'two days', '2026-12-15')
  const weekFirst = [month, week, twoDays]
  const twoDaysFirst = [month, twoDays, week]

  it.each([
    ['before all', '2026-11-30', weekFirst, null],
    ['first day of the month range (inclusive)', '2026-12-01', weekFirst, month],
    ['last day of the month range (inclusive)', '2026-12-31', weekFirst, month],
    ['after all', '2027-01-01', weekFirst, null],
    ['inside the week: the later start wins over the month', '2026-12-17', weekFirst, week],
    ['same start: the one listed first wins (week)', '2026-12-14', weekFirst, week],
    ['same start: the one listed first wins (two days)', '2026-12-14', twoDaysFirst, twoDays],
    ['the day after the two-day range: the week again', '2026-12-16', twoDaysFirst, week],
  ])('%s: %s', (_label, date, exceptions, expected) => {
    expect(exceptionOn(exceptions, date)).toBe(expected)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an empty list', []],
  ])('no exceptions (%s)', (_label, none) => {
    expect(exceptionOn(none, '2026-12-24')).toBeNull()
  })

  it('reads the stored day in Berlin, not in UTC', () => {
    const christmasEve = day('2026-12-24', 'Heiligabend')
    const storedAtBerlinMidnight = {
      ...christmasEve,
      from: '2026-12-23T23:00:00.000Z',
      to: '2026-12-23T23:00:00.000Z',
    }
    expect(exceptionOn([storedAtBerlinMidnight], '2026-12-23')).toBeNull()
    expect(exceptionOn([storedAtBerlinMidnight], '2026-12-24')).toBe(storedAtBerlinMidnight)
  })

  it('refuses a malformed date', () => {
    expect(() => exceptionOn(weekFirst, '2026-12-1')).toThrow(RangeError)
  })
})

describe('openingState by appointment only', () => {
  const note: OpeningException = {
    from: '2026-11-30T12:00:00.000Z',
    to: '2026-11-30T12:00:00.000Z',
    closed: false,
    slots: [{ opens: '08:00', closes: '18:00' }],
    note: 'Tag der offenen Tür',
  }

  it.each<{
    label: string
    hours: WeeklyHours
    exceptions: OpeningException[]
    exception: OpeningException | null
  }>([
    {
      label: 'the checkbox wins over a slot that is open now',
      hours: { byAppointmentOnly: true, slots: [{ day: 'mo', opens: '09:00', closes: '12:00' }] },
      exceptions: [],
      exception: null,
    },
    {
      label: 'without any slots',
      hours: { byAppointmentOnly: true, slots: null, note: 'Termine unter 0345 123' },
      exceptions: [],
      exception: null,
    },
    {
      label: 'the exception in force is still reported',
      hours: { byAppointmentOnly: true },
      exceptions: [note],
      exception: note,
    },
  ])('$label', ({ hours, exceptions, exception }) => {
    const at = new Date('2026-11-30T10:00:00+01:00')
    expect(openingState(hours, exceptions, at)).toEqual({
      openNow: false,
      opensNext: null,
      closesAt: null,
      byAppointmentOnly: true,
      exception,
    })
    expect(isOpenAt(hours, exceptions, at)).toBe(false)
  })
})

describe('openingState around midnight', () => {
  // Friday night into Saturday, Saturday night alone, Sunday night into Monday.
  const hours: WeeklyHours = {
    slots: [
      { day: 'fr', opens: '18:00', closes: '24:00' },
      { day: 'sa', opens: '00:00', closes: '02:00' },
      { day: 'sa', opens: '20:00', closes: '24:00' },
      { day: 'su', opens: '22:00', closes: '24:00' },
      { day: 'mo', opens: '00:00', closes: '01:00' },
    ],
  }
  const saturdayClosed: OpeningException = {
    from: '2026-12-12T12:00:00.000Z',
    to: '2026-12-12T12:00:00.000Z',
    closed: true,
  }

  it.each<Row & { exceptions: OpeningException[] }>([
    {
      label: 'Friday 23:59 runs into Saturday 00:00–02:00',
      at: '2026-12-04T23:59:00+01:00',
      exceptions: [],
      expected: open('2026-12-05T02:00:00+01:00'),
    },
    {
      label: 'Saturday 00:00 is open',
      at: '2026-12-05T00:00:00+01:00',
      exceptions: [],
      expected: open('2026-12-05T02:00:00+01:00'),
    },
    {
      label: 'Saturday 02:00 is closed',
      at: '2026-12-05T02:00:00+01:00',
      exceptions: [],
      expected: closed('2026-12-05T20:00:00+01:00'),
    },
    {
      label: 'Saturday 23:59 ends at 24:00: Sunday has no 00:00 slot',
      at: '2026-12-05T23:59:00+01:00',
      exceptions: [],
      expected: open('2026-12-06T00:00:00+01:00'),
    },
    {
      label: 'Sunday 00:00 is closed',
      at: '2026-12-06T00:00:00+01:00',
      exceptions: [],
      expected: closed('2026-12-06T22:00:00+01:00'),
    },
    {
      label: 'Sunday 23:00 wraps into Monday',
      at: '2026-12-06T23:00:00+01:00',
      exceptions: [],
      expected: open('2026-12-07T01:00:00+01:00'),
    },
    {
      label: 'Monday 00:30 is open',
      at: '2026-12-07T00:30:00+01:00',
      exceptions: [],
      expected: open('2026-12-07T01:00:00+01:00'),
    },
    {
      label: 'Monday 01:00: next Friday evening',
      at: '2026-12-07T01:00:00+01:00',
      exceptions: [],
      expected: closed('2026-12-11T18:00:00+01:00'),
    },
    {
      label: 'a closed Saturday cuts the Friday night at 24:00',
      at: '2026-12-11T23:00:00+01:00',
      exceptions: [saturdayClosed],
      expected: open('2026-12-12T00:00:00+01:00'),
    },
  ])('$label', ({ at, exceptions, expected }) => {
    expectState(hours, exceptions, at, expected)
  })

  const allDays = (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).map((day) => ({
    day,
    opens: '00:00',
    closes: '24:00',
  }))

  it.each<Row & { exceptions: OpeningException[] }>([
    {
      label: 'open around the clock: no end within the horizon',
      at: '2026-12-01T10:00:00+01:00',
      exceptions: [],
      expected: open(null),
    },
    {
      label: 'open around the clock until a closed day 10 days on',
      at: '2026-12-01T10:00:00+01:00',
      exceptions: [{ from: '2026-12-11T12:00:00.000Z', to: '2026-12-11T12:00:00.000Z', closed: true }],
      expected: open('2026-12-11T00:00:00+01:00'),
    },
  ])('$label', ({ at, exceptions, expected }) => {
    expectState({ slots: allDays }, exceptions, at, expected)
  })
})

describe('openingState across daylight-saving changes', () => {
  const hours: WeeklyHours = {
    slots: [
      { day: 'sa', opens: '09:00', closes: '12:00' },
      { day: 'sa', opens: '22:00', closes: '24:00' },
      { day: 'su', opens: '00:00', closes: '01:00' },
      { day: 'su', opens: '09:00', closes: '12:00' },
    ],
  }

  it.each<Row>([
    {
      label: 'spring: after the night, opensNext past the change is in summer time',
      at: '2026-03-29T01:00:00+01:00',
      expected: closed('2026-03-29T09:00:00+02:00'),
    },
    {
      label: 'spring: Saturday night until 01:00 winter time',
      at: '2026-03-28T23:30:00+01:00',
      expected: open('2026-03-29T01:00:00+01:00'),
    },
    {
      label: 'spring: a second before the 09:00 opening',
      at: '2026-03-29T06:59:59Z',
      expected: closed('2026-03-29T09:00:00+02:00'),
    },
    {
      label: 'spring: 09:00 on the change day is 09:00 local',
      at: '2026-03-29T07:00:00Z',
      expected: open('2026-03-29T12:00:00+02:00'),
    },
    {
      label: 'spring: 08:00 UTC is already 10:00',
      at: '2026-03-29T08:00:00Z',
      expected: open('2026-03-29T12:00:00+02:00'),
    },
    {
      label: 'autumn: after the night, opensNext past the change is in winter time',
      at: '2026-10-25T01:00:00+02:00',
      expected: closed('2026-10-25T09:00:00+01:00'),
    },
    {
      label: 'autumn: Saturday night until 01:00 summer time',
      at: '2026-10-24T23:30:00+02:00',
      expected: open('2026-10-25T01:00:00+02:00'),
    },
    {
      label: 'autumn: 08:00 UTC is 09:00 local and open',
      at: '2026-10-25T08:00:00Z',
      expected: open('2026-10-25T12:00:00+01:00'),
    },
    {
      label: 'autumn: 07:59:59 UTC is before the opening',
      at: '2026-10-25T07:59:59Z',
      expected: closed('2026-10-25T09:00:00+01:00'),
    },
    {
      label: 'autumn: Sunday afternoon, next Saturday',
      at: '2026-10-25T13:00:00+01:00',
      expected: closed('2026-10-31T09:00:00+01:00'),
    },
  ])('$label', ({ at, expected }) => {
    expectState(hours, [], at, expected)
  })

  const mondays: WeeklyHours = { slots: [{ day: 'mo', opens: '09:00', closes: '12:00' }] }

  it.each<Row>([
    {
      label: 'spring: from one Monday to the next, winter to summer time',
      at: '2026-03-23T12:00:00+01:00',
      expected: closed('2026-03-30T09:00:00+02:00'),
    },
    {
      label: 'autumn: from one Monday to the next, summer to winter time',
      at: '2026-10-19T12:00:00+02:00',
      expected: closed('2026-10-26T09:00:00+01:00'),
    },
  ])('$label', ({ at, expected }) => {
    expectState(mondays, [], at, expected)
  })

  // A slot starting in the spring gap and one running through the repeated autumn hour.
  const nightHours: WeeklyHours = { slots: [{ day: 'su', opens: '02:30', closes: '04:00' }] }

  it.each<Row>([
    {
      label: 'spring: a 02:30 opening starts when the clocks jump to 03:00',
      at: '2026-03-28T12:00:00+01:00',
      expected: closed('2026-03-29T03:00:00+02:00'),
    },
    {
      label: 'spring: just before the jump',
      at: '2026-03-29T01:59:00+01:00',
      expected: closed('2026-03-29T03:00:00+02:00'),
    },
    {
      label: 'spring: right after the jump it is open',
      at: '2026-03-29T03:00:00+02:00',
      expected: open('2026-03-29T04:00:00+02:00'),
    },
    {
      label: 'autumn: 02:15 first time, opens at the first 02:30',
      at: '2026-10-25T02:15:00+02:00',
      expected: closed('2026-10-25T02:30:00+02:00'),
    },
    {
      label: 'autumn: 02:15 second time, opens at the second 02:30',
      at: '2026-10-25T02:15:00+01:00',
      expected: closed('2026-10-25T02:30:00+01:00'),
    },
    {
      label: 'autumn: 02:45 first time is open until 04:00 winter time',
      at: '2026-10-25T02:45:00+02:00',
      expected: open('2026-10-25T04:00:00+01:00'),
    },
    {
      label: 'autumn: 02:45 second time is open too',
      at: '2026-10-25T02:45:00+01:00',
      expected: open('2026-10-25T04:00:00+01:00'),
    },
  ])('$label', ({ at, expected }) => {
    expectState(nightHours, [], at, expected)
  })
})

describe('openingState horizon of 14 days', () => {
  const mondays: WeeklyHours = { slots: [{ day: 'mo', opens: '09:00', closes: '12:00' }] }
  const closedFrom = (from: string, to: string): OpeningException[] => [
    { from: `${from}T12:00:00.000Z`, to: `${to}T12:00:00.000Z`, closed: true },
  ]

  it.each<Row & { exceptions: OpeningException[] }>([
    {
      label: 'the next Monday open is 14 days ahead: found',
      at: '2026-11-30T12:00:00+01:00',
      exceptions: closedFrom('2026-12-01', '2026-12-13'),
      expected: closed('2026-12-14T09:00:00+01:00'),
    },
    {
      label: 'the next Monday open is 15 days ahead: null',
      at: '2026-11-29T10:00:00+01:00',
      exceptions: closedFrom('2026-11-30', '2026-12-13'),
      expected: closed(null),
    },
    {
      label: 'the next Monday open is 21 days ahead: null',
      at: '2026-11-30T12:00:00+01:00',
      exceptions: closedFrom('2026-12-01', '2026-12-20'),
      expected: closed(null),
    },
  ])('$label', ({ at, exceptions, expected }) => {
    const inForce = exceptionOn(exceptions, berlinWallTime(new Date(at)).date)
    expectState(mondays, exceptions, at, expected, inForce)
  })
})

describe('parseOpenAt', () => {
  const now = new Date('2026-12-01T08:15:00.000Z')

  it.each([
    ['now', 'now', '2026-12-01T08:15:00.000Z'],
    ['offset', '2026-12-01T10:00:00+01:00', '2026-12-01T09:00:00.000Z'],
    ['negative offset', '2026-12-01T04:00:00-05:00', '2026-12-01T09:00:00.000Z'],
    ['Z without seconds', '2026-12-01T09:00Z', '2026-12-01T09:00:00.000Z'],
    ['Z with milliseconds', '2026-12-01T09:00:00.250Z', '2026-12-01T09:00:00.250Z'],
    ['offset whose + was decoded to a space', '2026-12-01T10:00:00 01:00', '2026-12-01T09:00:00.000Z'],
    ['local winter time', '2026-12-01T10:00', '2026-12-01T09:00:00.000Z'],
    ['local with seconds', '2026-12-01T10:00:30', '2026-12-01T09:00:30.000Z'],
    ['local summer time', '2026-07-01T10:00', '2026-07-01T08:00:00.000Z'],
    ['local in the spring gap', '2026-03-29T02:30', '2026-03-29T01:00:00.000Z'],
    ['local in the autumn overlap (first occurrence)', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    ['a leap day', '2028-02-29T12:00', '2028-02-29T11:00:00.000Z'],
    ['the last second of a year', '2026-12-31T23:59:59', '2026-12-31T22:59:59.000Z'],
  ])('%s: %s', (_label, value, expected) => {
    expect(parseOpenAt(value, now)?.toISOString()).toBe(expected)
  })

  it.each([
    ['month 13', '2026-13-01T10:00'],
    ['month 0', '2026-00-01T10:00'],
    ['31 April', '2026-04-31T10:00'],
    ['29 February outside a leap year', '2026-02-29T10:00'],
    ['hour 24', '2026-12-01T24:00'],
    ['minute 60', '2026-12-01T10:60'],
    ['second 60', '2026-12-01T10:00:60'],
    ['a bare time', '25:00'],
    ['a bare valid time', '10:00'],
    ['empty', ''],
    ['a word', 'tomorrow'],
    ['NOW in capitals', 'NOW'],
    ['now with a space', ' now'],
    ['a bare date', '2026-12-01'],
    ['a space instead of T', '2026-12-01 10:00'],
    ['one-digit month', '2026-1-01T10:00'],
    ['offset without colon', '2026-12-01T10:00+0100'],
    ['offset without minutes', '2026-12-01T10:00+01'],
    ['offset hour 24', '2026-12-01T10:00+24:00'],
    ['lower-case z', '2026-12-01T10:00z'],
    ['a dot without digits', '2026-12-01T10:00:00.Z'],
    ['trailing space', '2026-12-01T10:00Z '],
    ['before 1900', '1850-06-01T12:00Z'],
    ['German format', '01.12.2026 10:00'],
  ])('%s: %j → null', (_label, value) => {
    expect(parseOpenAt(value, now)).toBeNull()
  })

  it('returns a copy of now, not the same object', () => {
    const parsed = parseOpenAt('now', now)
    expect(parsed).not.toBe(now)
    expect(parsed?.toISOString()).toBe('2026-12-01T08:15:00.000Z')
  })
})
