/**
 * One answer for every failed sign-in: a wrong password, an unknown address and a locked account
 * read the same, so that the answer does not tell which addresses have accounts. It still tells
 * the person at the keyboard what may be wrong. (Payload's translation keys, overridden in the
 * config's i18n.)
 */
const FAILED = {
  de: 'Die E-Mail-Adresse oder das Passwort ist falsch, oder das Konto ist nach mehreren Fehlversuchen für einige Minuten gesperrt.',
  en: 'The e-mail address or the password is wrong, or the account is locked for a few minutes after several failed attempts.',
}

export const SIGN_IN_TRANSLATIONS = {
  de: { error: { emailOrPasswordIncorrect: FAILED.de, userLocked: FAILED.de } },
  en: { error: { emailOrPasswordIncorrect: FAILED.en, userLocked: FAILED.en } },
}

export const TOO_MANY_ATTEMPTS = {
  de: 'Zu viele Versuche von dieser Adresse. Bitte später erneut versuchen.',
  en: 'Too many attempts from this address; please try again later.',
}
