import type { ArrayField } from 'payload'

import { DAY_ONLY, validateRangeEnd } from './dateRangeEnd'
import { timeRangeFields } from './officeHoursField'

/**
 * Days on which a place's weekly hours do not hold: closed (holidays, closing days) or other
 * hours, for a range of days with a note. src/lib/openingHours.ts and the find query apply them.
 */
export const openingExceptionsField = (): ArrayField => ({
  name: 'openingExceptions',
  type: 'array',
  label: { de: 'Abweichende Öffnungszeiten', en: 'Exceptions to the opening hours' },
  labels: {
    singular: { de: 'Abweichung', en: 'Exception' },
    plural: { de: 'Abweichungen', en: 'Exceptions' },
  },
  admin: {
    description: {
      de: 'Schließtage oder geänderte Zeiten, z. B. zwischen den Feiertagen.',
      en: 'Closing days or changed hours, e.g. over the holidays.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'date', required: true, label: { de: 'vom', en: 'from' }, admin: DAY_ONLY },
        {
          name: 'to',
          type: 'date',
          required: true,
          label: { de: 'bis einschließlich', en: 'to (inclusive)' },
          validate: validateRangeEnd,
          admin: DAY_ONLY,
        },
        {
          name: 'closed',
          type: 'checkbox',
          defaultValue: true,
          label: { de: 'geschlossen', en: 'closed' },
        },
      ],
    },
    {
      name: 'slots',
      type: 'array',
      label: { de: 'Geänderte Zeiten (an jedem dieser Tage)', en: 'Changed hours (on each of these days)' },
      admin: { condition: (_, sibling) => sibling?.closed === false },
      fields: [
        {
          type: 'row',
          fields: timeRangeFields(),
        },
      ],
    },
    { name: 'note', type: 'text', localized: true, label: { de: 'Hinweis', en: 'Note' } },
  ],
})
