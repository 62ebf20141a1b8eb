import type { Field, GroupField, TextFieldSingleValidation } from 'payload'

import { message } from '../lib/message'
import { isClockTime } from '../lib/validators'

export const WEEKDAYS = [
  { value: 'mo', label: { de: 'Montag', en: 'Monday' } },
  { value: 'tu', label: { de: 'Dienstag', en: 'Tuesday' } },
  { value: 'we', label: { de: 'Mittwoch', en: 'Wednesday' } },
  { value: 'th', label: { de: 'Donnerstag', en: 'Thursday' } },
  { value: 'fr', label: { de: 'Freitag', en: 'Friday' } },
  { value: 'sa', label: { de: 'Samstag', en: 'Saturday' } },
  { value: 'su', label: { de: 'Sonntag', en: 'Sunday' } },
]

export const validateTime: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && isClockTime(value)
    ? true
    : message(req, 'Uhrzeit im Format HH:MM, z. B. 09:00.', 'Time as HH:MM, e.g. 09:00.')

/** "24:00" closes a slot at midnight: a night opening is two slots, one on each day. */
export const validateCloses: TextFieldSingleValidation = (value, options) => {
  const valid = value === '24:00' ? true : validateTime(value, options)
  if (valid !== true) return valid
  const opens = (options.siblingData as { opens?: string }).opens
  return typeof opens === 'string' && typeof value === 'string' && value <= opens
    ? message(
        options.req,
        'Das Ende muss nach dem Beginn liegen.',
        'The closing time must be after the opening time.',
      )
    : true
}

/** From and to of a time slot ("HH:MM"; to may be 24:00), shared by weekly hours and exceptions. */
export const timeRangeFields = (): Field[] => [
  {
    name: 'opens',
    type: 'text',
    required: true,
    label: { de: 'von', en: 'from' },
    validate: validateTime,
  },
  {
    name: 'closes',
    type: 'text',
    required: true,
    label: { de: 'bis', en: 'to' },
    validate: validateCloses,
    admin: { description: { de: '24:00 = bis Mitternacht', en: '24:00 = until midnight' } },
  },
]

type HoursOptions = Partial<Pick<GroupField, 'label' | 'admin'>> & { name?: string }

/**
 * Weekly opening or consultation hours, or "by appointment only", with a free note. Places name
 * it `openingHours`; the opening-time logic (src/lib/openingHours.ts) reads this shape.
 */
export const officeHoursField = ({ name = 'officeHours', ...overrides }: HoursOptions = {}): GroupField => ({
  name,
  type: 'group',
  label: { de: 'Sprechzeiten', en: 'Office hours' },
  ...overrides,
  fields: [
    {
      name: 'byAppointmentOnly',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Nur nach Terminvereinbarung', en: 'By appointment only' },
    },
    {
      name: 'slots',
      type: 'array',
      label: { de: 'Wöchentliche Zeiten', en: 'Weekly hours' },
      labels: {
        singular: { de: 'Zeitfenster', en: 'Time slot' },
        plural: { de: 'Zeitfenster', en: 'Time slots' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'day',
              type: 'select',
              required: true,
              options: WEEKDAYS,
              label: { de: 'Tag', en: 'Day' },
            },
            ...timeRangeFields(),
          ],
        },
      ],
    },
    {
      name: 'note',
      type: 'text',
      localized: true,
      label: { de: 'Hinweis', en: 'Note' },
      admin: { description: { de: 'z. B. „nach Terminvereinbarung“', en: 'e.g. “by appointment”' } },
    },
  ],
})
