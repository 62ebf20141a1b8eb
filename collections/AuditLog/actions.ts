/** What an audit entry records, with its label in the admin. */
export const AUDIT_ACTIONS = {
  create: { de: 'Angelegt', en: 'Created' },
  update: { de: 'Bearbeitet', en: 'Updated' },
  submit: { de: 'Zur Prüfung eingereicht', en: 'Submitted for review' },
  requestChanges: { de: 'Änderungen erbeten', en: 'Changes requested' },
  verify: { de: 'Als geprüft bestätigt', en: 'Verified as current' },
  publish: { de: 'Veröffentlicht', en: 'Published' },
  unpublish: { de: 'Veröffentlichung zurückgenommen', en: 'Unpublished' },
  trash: { de: 'In den Papierkorb gelegt', en: 'Moved to trash' },
  restore: { de: 'Aus dem Papierkorb geholt', en: 'Restored from trash' },
  delete: { de: 'Endgültig gelöscht', en: 'Deleted' },
  login: { de: 'Angemeldet', en: 'Signed in' },
  loginFailed: { de: 'Anmeldung fehlgeschlagen', en: 'Failed sign-in' },
  lockout: { de: 'Konto gesperrt', en: 'Account locked' },
  forgotPassword: { de: 'Passwort-Zurücksetzen angefordert', en: 'Password reset requested' },
  passwordReset: { de: 'Passwort zurückgesetzt', en: 'Password reset' },
  rolesChanged: { de: 'Rollen geändert', en: 'Roles changed' },
  membershipsChanged: { de: 'Mitgliedschaften geändert', en: 'Memberships changed' },
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS
