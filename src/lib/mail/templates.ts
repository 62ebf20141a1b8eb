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
 * - `freshnessDigest`: weekly, to a district's editors, what needs checking (src/lib/freshness/).
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

/** A day as people read it, in German time: `01.02.2026` (German) or `1 Feb 2026`. */
export const formatDay = (date: Date, language: Language): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(date)

/** A content locale's name in the recipient's language (`ar` → "Arabisch" / "Arabic"). */
const localeName = (code: string, language: Language) =>
  new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code

export type FreshnessDigestFacts = {
  language: Language
  /** The district's name. */
  district: string
  /** Published entries not confirmed as right for the district's period: how many, the oldest. */
  stale: {
    total: number
    entries: Array<{
      title: string
      /** What it is (the collection's name), in both languages. */
      kind: Record<Language, string>
      /** When it was last confirmed; null: never. */
      verifiedAt: Date | null
      /** The entry in the admin. */
      link: string
    }>
  }
  /** Per content locale other than German: published entries whose translation is missing or outdated. */
  translations: Array<{ locale: string; missing: number; outdated: number }>
  /** Web addresses of published entries that failed the link check: how many, some of them. */
  brokenLinks: {
    total: number
    links: Array<{ url: string; title: string; problem: string | null; link: string }>
  }
  /** The admin's dashboard ("Meine Aufgaben"). */
  dashboard: string
}

type Section = {
  heading: string
  intro?: string
  items: Array<{ text: string; url?: string }>
  more?: string
}

/** Headed sections of list items (each with its link on a line of its own), as text and HTML. */
const composeSections = (
  subject: string,
  opening: string[],
  sections: Section[],
  closing: { label: string; url: string },
  signature: string,
): Mail => {
  const text = [
    ...opening,
    ...sections.map(({ heading, intro, items, more }) =>
      [
        heading,
        ...(intro ? [intro] : []),
        ...items.map(({ text, url }) => `- ${text}${url ? `\n  ${url}` : ''}`),
        ...(more ? [more] : []),
      ].join('\n'),
    ),
    `${closing.label}:\n${closing.url}`,
    signature,
  ].join('\n\n')
  const paragraph = (value: string) => `<p>${escapeHtml(value).replace(/\n/g, '<br>')}</p>`
  const html = [
    ...opening.map(paragraph),
    ...sections.flatMap(({ heading, intro, items, more }) => [
      `<h3>${escapeHtml(heading)}</h3>`,
      ...(intro ? [paragraph(intro)] : []),
      `<ul>${items
        .map(({ text, url }) =>
          url
            ? `<li><a href="${escapeHtml(url)}">${escapeHtml(text)}</a></li>`
            : `<li>${escapeHtml(text)}</li>`,
        )
        .join('')}</ul>`,
      ...(more ? [paragraph(more)] : []),
    ]),
    `<p><a href="${escapeHtml(closing.url)}">${escapeHtml(closing.label)}</a><br>${escapeHtml(closing.url)}</p>`,
    paragraph(signature),
  ].join('\n')
  return { subject, text: `${text}\n`, html }
}

const DIGEST = {
  de: {
    entries: (n: number) => (n === 1 ? '1 Eintrag prüfen' : `${n} Einträge prüfen`),
    links: (n: number) => (n === 1 ? '1 defekter Link' : `${n} defekte Links`),
    translations: (n: number) => (n === 1 ? '1 Übersetzung offen' : `${n} Übersetzungen offen`),
    subject: (district: string, parts: string[]) => `Wochenübersicht ${district}: ${parts.join(', ')}`,
    opening: (district: string) => ['Guten Tag,', `hier ist die Wochenübersicht für ${district}.`],
    staleHeading: (n: number) => `Einträge prüfen (${n})`,
    staleIntro:
      'Diese veröffentlichten Einträge wurden länger nicht als aktuell bestätigt. Bitte prüfen Sie Adressen, Telefonnummern und Öffnungszeiten und klicken Sie im Eintrag auf „Als geprüft markieren“.',
    checked: (date: string) => `zuletzt geprüft am ${date}`,
    never: 'noch nie geprüft',
    translationsHeading: 'Übersetzungen (veröffentlichte Einträge)',
    translationLine: (locale: string, missing: number, outdated: number) =>
      `${locale}: ${[missing ? `${missing} ${missing === 1 ? 'fehlt' : 'fehlen'}` : '', outdated ? `${outdated} veraltet` : ''].filter(Boolean).join(', ')}`,
    linksHeading: (n: number) => `Defekte Links (${n})`,
    linksIntro: 'Diese Adressen waren bei der letzten Linkprüfung nicht erreichbar:',
    brokenLink: (url: string, problem: string | null, title: string) =>
      `${url}${problem ? ` (${problem})` : ''} in „${title}“`,
    more: (n: number) => `… und ${n} weitere.`,
    dashboard: 'Alle Aufgaben im CMS',
  },
  en: {
    entries: (n: number) => (n === 1 ? '1 entry to verify' : `${n} entries to verify`),
    links: (n: number) => (n === 1 ? '1 broken link' : `${n} broken links`),
    translations: (n: number) => (n === 1 ? '1 translation to do' : `${n} translations to do`),
    subject: (district: string, parts: string[]) => `Weekly digest ${district}: ${parts.join(', ')}`,
    opening: (district: string) => ['Hello,', `here is the weekly digest for ${district}.`],
    staleHeading: (n: number) => `Entries to verify (${n})`,
    staleIntro:
      'These published entries have not been confirmed as current for a while. Please check their addresses, phone numbers and opening hours and click "Mark as verified" in the entry.',
    checked: (date: string) => `last verified on ${date}`,
    never: 'never verified',
    translationsHeading: 'Translations (published entries)',
    translationLine: (locale: string, missing: number, outdated: number) =>
      `${locale}: ${[missing ? `${missing} missing` : '', outdated ? `${outdated} outdated` : ''].filter(Boolean).join(', ')}`,
    linksHeading: (n: number) => `Broken links (${n})`,
    linksIntro: 'These addresses failed the last link check:',
    brokenLink: (url: string, problem: string | null, title: string) =>
      `${url}${problem ? ` (${problem})` : ''} in "${title}"`,
    more: (n: number) => `… and ${n} more.`,
    dashboard: 'All tasks in the CMS',
  },
} satisfies Record<Language, unknown>

/**
 * To each editor and district admin of a district, weekly: the entries to verify (the oldest
 * first), translations to do per language, broken links. Only what there is appears; the
 * caller sends nothing when there is nothing (src/lib/freshness/freshnessDigest.ts).
 */
export const freshnessDigest = ({
  language,
  district,
  stale,
  translations,
  brokenLinks,
  dashboard,
}: FreshnessDigestFacts): Mail => {
  const text = DIGEST[language]
  const open = translations.filter(({ missing, outdated }) => missing + outdated > 0)
  const toTranslate = open.reduce((sum, { missing, outdated }) => sum + missing + outdated, 0)
  const parts = [
    ...(stale.total ? [text.entries(stale.total)] : []),
    ...(brokenLinks.total ? [text.links(brokenLinks.total)] : []),
    ...(toTranslate ? [text.translations(toTranslate)] : []),
  ]
  const sections: Section[] = []
  if (stale.total) {
    sections.push({
      heading: text.staleHeading(stale.total),
      intro: text.staleIntro,
      items: stale.entries.map(({ title, kind, verifiedAt, link }) => ({
        text: `${title} (${kind[language]}), ${verifiedAt ? text.checked(formatDay(verifiedAt, language)) : text.never}`,
        url: link,
      })),
      more: stale.total > stale.entries.length ? text.more(stale.total - stale.entries.length) : undefined,
    })
  }
  if (brokenLinks.total) {
    sections.push({
      heading: text.linksHeading(brokenLinks.total),
      intro: text.linksIntro,
      items: brokenLinks.links.map(({ url, title, problem, link }) => ({
        text: text.brokenLink(url, problem, title),
        url: link,
      })),
      more:
        brokenLinks.total > brokenLinks.links.length
          ? text.more(brokenLinks.total - brokenLinks.links.length)
          : undefined,
    })
  }
  if (open.length) {
    sections.push({
      heading: text.translationsHeading,
      items: open.map(({ locale, missing, outdated }) => ({
        text: text.translationLine(localeName(locale, language), missing, outdated),
      })),
    })
  }
  return composeSections(
    text.subject(district, parts),
    text.opening(district),
    sections,
    { label: text.dashboard, url: dashboard },
    `${language === 'en' ? 'Best regards' : 'Freundliche Grüße'}\n${SIGNATURE[language]}`,
  )
}
