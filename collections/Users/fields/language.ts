import type { SelectField } from 'payload'

import { LANGUAGES } from '../../../src/lib/mail/templates'

/**
 * The language of the mails a user receives (invitation, password reset, review notices).
 * Everybody who may edit the account may set it, the user themself included: it grants nothing.
 * Not required: accounts from before it existed read as German (languageOf).
 */
export const language: SelectField = {
  name: 'language',
  type: 'select',
  defaultValue: 'de',
  label: { de: 'Sprache der E-Mails', en: 'E-mail language' },
  options: LANGUAGES.map((value) => ({
    value,
    label: value === 'de' ? { de: 'Deutsch', en: 'German' } : { de: 'Englisch', en: 'English' },
  })),
  admin: { position: 'sidebar' },
}
