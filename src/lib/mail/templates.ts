/**
 * The mails the CMS sends, each a small pure function of its facts and the recipient's language
 * (`users.language`): German (Sie-form) unless the recipient chose English. Links arrive
 * absolute (see `absoluteUrl`); the templates only place them.
 *
 * - `invitation`: a district admin or the state admin created an account for the recipient.
 * - `passwordReset`: the recipient asked for a new password (Payload's forgot-password flow).
 * - `reviewRequested`: to a district's editors, an author asks for review of a document.
 * - `changesRequested`: to the author, an editor asks for changes (with the editor's comment).
 * - `published`: to the author, their document is published.
 *
 * Sending one (e.g. from a review hook), in the recipient's language, never failing the caller:
 *
 *   await req.payload.sendEmail({
 *     to: author.email,
 *     ...changesRequested({ language: languageOf(author), editor: editorName, title, comment,
 *       link: adminDocumentUrl(req.payload, 'offers', doc.id) }),
 *   })
 */

export type Language = 'de' | 'en'
export const LANGUAGES: readonly Language[] = ['de', 'en']

/** A rendered mail: the subject, a plain-text body and the same body as HTML. */
export type Mail = { subject: string; text: string; html: string }

/** The recipient's language, German for anything else (an old account without a choice). */
export const languageOf = (user: { language?: unknown } | null | undefined): Language =>
  user?.language === 'en' ? 'en' : 'de'

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

/** Paragraphs of text, with the link on a line of its own (mail clients make it clickable). */
const compose = (
  subject: string,
  paragraphs: string[],
  link: { url: string; label: string },
  after: string[],
) => {
  const text = [...paragraphs, `${link.label}:\n${link.url}`, ...after].join('\n\n')
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a><br>${escapeHtml(link.url)}</p>`,
    ...after.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
  ].join('\n')
  return { subject, text: `${text}\n`, html }
}

const SIGNATURE: Record<Language, string> = {
  de: 'Ihr CMS der Integrationsnetzwerke',
  en: 'Your integration networks CMS',
}

/** A point in time as people read it, in German time (the districts are German). */
export const formatDeadline = (date: Date, language: Language): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date) + (language === 'en' ? ' (German time)' : ' Uhr')

export type InvitationFacts = {
  language: Language
  /** Who invited, as shown to the recipient (name, else e-mail). */
  inviter: string
  /** The admin's set-password page for the invitation's token. */
  link: string
  expiresAt: Date
}

export const invitation = ({ language, inviter, link, expiresAt }: InvitationFacts): Mail => {
  const until = formatDeadline(expiresAt, language)
  return language === 'en'
    ? compose(
        'Your invitation to the integration networks CMS',
        [
          'Hello,',
          `${inviter} has created an account for you in the content management system of the integration networks.`,
          `Please choose your password with the link below. The link is valid until ${until}; after that, ask ${inviter} for a new invitation or use "Forgot password" on the sign-in page.`,
        ],
        { url: link, label: 'Choose your password' },
        [`Best regards\n${SIGNATURE.en}`],
      )
    : compose(
        'Ihre Einladung in das CMS der Integrationsnetzwerke',
        [
          'Guten Tag,',
          `${inviter} hat für Sie ein Konto im Redaktionssystem der Integrationsnetzwerke angelegt.`,
          `Bitte legen Sie über den folgenden Link Ihr Passwort fest. Der Link gilt bis ${until}; danach bitten Sie ${inviter} um eine neue Einladung oder nutzen auf der Anmeldeseite „Passwort vergessen“.`,
        ],
        { url: link, label: 'Passwort festlegen' },
        [`Freundliche Grüße\n${SIGNATURE.de}`],
      )
}

export type PasswordResetFacts = { language: Language; link: string; expiresAt: Date }

export const passwordReset = ({ language, link, expiresAt }: PasswordResetFacts): Mail => {
  const until = formatDeadline(expiresAt, language)
  return language === 'en'
    ? compose(
        'Reset your password',
        [
          'Hello,',
          'somebody (probably you) asked to reset the password of your account in the integration networks CMS.',
          `You can choose a new password with the link below until ${until}.`,
        ],
        { url: link, label: 'Choose a new password' },
        [
          'If you did not ask for this, ignore this e-mail: your password stays as it is.',
          `Best regards\n${SIGNATURE.en}`,
        ],
      )
    : compose(
        'Passwort zurücksetzen',
        [
          'Guten Tag,',
          'für Ihr Konto im CMS der Integrationsnetzwerke wurde ein neues Passwort angefordert (vermutlich von Ihnen).',
          `Über den folgenden Link können Sie bis ${until} ein neues Passwort festlegen.`,
        ],
        { url: link, label: 'Neues Passwort festlegen' },
        [
          'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail einfach: Ihr Passwort bleibt unverändert.',
          `Freundliche Grüße\n${SIGNATURE.de}`,
        ],
      )
}

export type ReviewRequestedFacts = {
  language: Language
  /** The author asking for review. */
  author: string
  /** The document's title. */
  title: string
  /** The document in the admin. */
  link: string
}

/** To an editor of the document's district. */
export const reviewRequested = ({ language, author, title, link }: ReviewRequestedFacts): Mail =>
  language === 'en'
    ? compose(
        `${author} asks for review of "${title}"`,
        ['Hello,', `${author} asks you to review "${title}" before it is published.`],
        { url: link, label: 'Open the document' },
        [`Best regards\n${SIGNATURE.en}`],
      )
    : compose(
        `${author} bittet um Prüfung von „${title}“`,
        ['Guten Tag,', `${author} bittet Sie, „${title}“ vor der Veröffentlichung zu prüfen.`],
        { url: link, label: 'Dokument öffnen' },
        [`Freundliche Grüße\n${SIGNATURE.de}`],
      )

export type ChangesRequestedFacts = {
  language: Language
  /** The editor asking for changes. */
  editor: string
  title: string
  /** The editor's comment, shown as written. */
  comment: string
  link: string
}

/** To the author of the document. */
export const changesRequested = ({ language, editor, title, comment, link }: ChangesRequestedFacts): Mail =>
  language === 'en'
    ? compose(
        `Changes requested for "${title}"`,
        ['Hello,', `${editor} has reviewed "${title}" and asks for changes:`, comment],
        { url: link, label: 'Open the document' },
        [`Best regards\n${SIGNATURE.en}`],
      )
    : compose(
        `Änderungen erbeten für „${title}“`,
        ['Guten Tag,', `${editor} hat „${title}“ geprüft und bittet um Änderungen:`, comment],
        { url: link, label: 'Dokument öffnen' },
        [`Freundliche Grüße\n${SIGNATURE.de}`],
      )

export type PublishedFacts = { language: Language; title: string; link: string }

/** To the author of the document. */
export const published = ({ language, title, link }: PublishedFacts): Mail =>
  language === 'en'
    ? compose(
        `"${title}" is published`,
        ['Hello,', `"${title}" has been reviewed and is now published.`],
        { url: link, label: 'Open the document' },
        [`Best regards\n${SIGNATURE.en}`],
      )
    : compose(
        `„${title}“ ist veröffentlicht`,
        ['Guten Tag,', `„${title}“ wurde geprüft und ist jetzt veröffentlicht.`],
        { url: link, label: 'Dokument öffnen' },
        [`Freundliche Grüße\n${SIGNATURE.de}`],
      )
