import { formatDateTime } from '../lib/formatDateTime'
import { idOf } from '../lib/idOf'

export type AdminLanguage = 'de' | 'en'

/** The texts of the "geprüft" panel (VerifyButton.tsx), German first. */
export const VERIFICATION_TEXT = {
  de: {
    button: 'Als geprüft markieren',
    failed: 'Der Eintrag konnte nicht als geprüft markiert werden.',
  },
  en: {
    button: 'Mark as verified',
    failed: 'The entry could not be marked as verified.',
  },
} satisfies Record<AdminLanguage, unknown>

/** "Zuletzt geprüft: 30.11.2026, 10:47 von Anna Schmidt" (Berlin time), or that it never was. */
export const verifiedLine = (
  language: AdminLanguage,
  verifiedAt: string | null | undefined,
  name: string | null | undefined,
): string => {
  if (!verifiedAt) return language === 'en' ? 'Not verified yet.' : 'Noch nicht als geprüft markiert.'
  const when = formatDateTime(verifiedAt)
  if (language === 'en') return `Last verified: ${when}${name ? ` by ${name}` : ''}`
  return `Zuletzt geprüft: ${when}${name ? ` von ${name}` : ''}`
}

type Person = { id: number | string; name?: string | null; email?: string | null }

/**
 * The name of whoever the form's `verifiedBy` names: the verifier the server looked up when the
 * form was loaded, or the signed-in user after they verified it themself; null for anybody else
 * (a deleted account).
 */
export const verifierName = (
  verifiedBy: unknown,
  known: Person | null | undefined,
  me: Person | null | undefined,
): string | null => {
  const id = idOf(verifiedBy)
  if (id === undefined || id === null || id === '') return null
  const person = [known, me].find((candidate) => candidate && String(candidate.id) === String(id))
  return person ? person.name?.trim() || person.email || null : null
}
