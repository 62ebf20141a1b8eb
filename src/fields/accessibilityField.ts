import type { GroupField, SelectField } from 'payload'

/** Yes, no, or not recorded (empty): "no step-free entrance" is not the same as "not known". */
const feature = (name: string, de: string, en: string): SelectField => ({
  name,
  type: 'select',
  options: [
    { value: 'yes', label: { de: 'ja', en: 'yes' } },
    { value: 'no', label: { de: 'nein', en: 'no' } },
  ],
  label: { de, en },
})

/** What a place offers people with disabilities, as the HSDS accessibility fields name it. */
export const accessibilityField = (): GroupField => ({
  name: 'accessibility',
  type: 'group',
  label: { de: 'Barrierefreiheit', en: 'Accessibility' },
  fields: [
    {
      type: 'row',
      fields: [
        feature('stepFreeEntrance', 'Stufenloser Zugang', 'Step-free entrance'),
        feature('accessibleToilet', 'Barrierefreies WC', 'Accessible toilet'),
        feature('lift', 'Aufzug', 'Lift'),
      ],
    },
    {
      type: 'row',
      fields: [
        feature('hearingLoop', 'Induktionsschleife', 'Hearing loop'),
        feature('disabledParking', 'Behindertenparkplatz', 'Disabled parking'),
      ],
    },
    { name: 'note', type: 'text', localized: true, label: { de: 'Hinweis', en: 'Note' } },
  ],
})
