import {
  type CollectionSlug,
  type Endpoint,
  executeAccess,
  Forbidden,
  Locked,
  NotFound,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  UnauthorizedError,
} from 'payload'

import { InputError } from '../lib/inputError'
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '../lib/locales'
import { machineTranslationOf } from '../lib/machineTranslation/settings'
import { TranslationError } from '../lib/machineTranslation/translationError'
import {
  planTranslation,
  type TranslatableLeaf,
  translatableLeaves,
} from '../lib/machineTranslation/translationPlan'
import { type MachineTranslator, translatorFor } from '../lib/machineTranslation/translator'
import { message } from '../lib/message'
import { isObject, MACHINE_TRANSLATED } from '../lib/translationStatus'
import { withWriteSlot } from '../lib/writeSlots'

type Doc = Record<string, unknown> & { updatedAt?: unknown }

/** The translatable leaves of a collection, found once. */
const leavesByCollection = new WeakMap<SanitizedCollectionConfig, TranslatableLeaf[]>()
const leavesOf = (collection: SanitizedCollectionConfig) => {
  let leaves = leavesByCollection.get(collection)
  if (!leaves) {
    leaves = translatableLeaves(collection.fields)
    leavesByCollection.set(collection, leaves)
  }
  return leaves
}

/** An answer in Payload's error shape that Payload does not log as an incident. */
const failure = (status: number, text: string, data?: Record<string, unknown>) =>
  Response.json({ errors: [{ message: text, ...(data ? { data } : {}) }] }, { status })

const bodyOf = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

/** The locale to translate into, from the body: known, configured, not German, and one the provider serves. */
const targetOf = async (req: PayloadRequest, translator: MachineTranslator): Promise<LocaleCode> => {
  const body = await bodyOf(req)
  const locale = isObject(body) ? body.locale : undefined
  const localization = req.payload.config.localization
  const codes = (localization ? localization.localeCodes : []).filter(
    (code) => code !== DEFAULT_LOCALE && isLocaleCode(code),
  )
  if (locale === undefined || locale === null || locale === '') {
    throw new InputError(
      'locale',
      message(
        req,
        `fehlt: die Zielsprache, z. B. { "locale": "ar" } (${codes.join(', ')}).`,
        `missing: the language to translate into, e.g. { "locale": "ar" } (${codes.join(', ')}).`,
      ),
    )
  }
  if (locale === DEFAULT_LOCALE) {
    throw new InputError(
      'locale',
      message(
        req,
        `Deutsch ist die Ausgangssprache; übersetzt wird in ${codes.join(', ')}.`,
        `German is the source; translations go into ${codes.join(', ')}.`,
      ),
    )
  }
  if (typeof locale !== 'string' || !isLocaleCode(locale) || !codes.includes(locale)) {
    const given = typeof locale === 'string' ? `"${locale.slice(0, 40)}"` : typeof locale
    throw new InputError(
      'locale',
      message(
        req,
        `unbekannte Sprache ${given}; möglich: ${codes.join(', ')}.`,
        `unknown locale ${given}; use one of ${codes.join(', ')}.`,
      ),
    )
  }
  if (!translator.supports(locale)) {
    throw new InputError(
      'locale',
      message(
        req,
        `${translator.name} übersetzt nicht in diese Sprache (${locale}).`,
        `${translator.name} does not translate into this language (${locale}).`,
      ),
    )
  }
  return locale
}

/**
 * Whether the user may save a draft of the document: the collection's own update access, as
 * Payload runs it for the write (which checks it again), asked before the provider is paid.
 */
const mayUpdate = async (req: PayloadRequest, collection: SanitizedCollectionConfig, id: string) => {
  const access = await executeAccess({ id, req, data: {}, disableErrors: true }, collection.access.update)
  if (!isObject(access)) return Boolean(access)
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as CollectionSlug,
    where: { and: [{ id: { equals: id } }, access] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** 502 (504 when slow) naming what the provider did; the operator sees it in the log, without the key. */
const providerFailure = (req: PayloadRequest, error: TranslationError, timeoutMs: number) => {
  const name = error.provider
  const status = error.status ? ` (HTTP ${error.status})` : ''
  const said = error.detail ? `: ${error.detail}` : ''
  const seconds = timeoutMs / 1000
  const [de, en] = {
    unreachable: [
      `${name} ist nicht erreichbar${error.detail ? ` (${error.detail})` : ''}.`,
      `${name} cannot be reached${error.detail ? ` (${error.detail})` : ''}.`,
    ],
    timeout: [
      `${name} hat nicht innerhalb von ${seconds.toLocaleString('de-DE')} s geantwortet.`,
      `${name} did not answer within ${seconds.toLocaleString('en-GB')} s.`,
    ],
    badKey: [
      `${name} lehnt den Zugangsschlüssel ab${status}${said}.`,
      `${name} refuses the key${status}${said}.`,
    ],
    quota: [
      `${name}: Kontingent erschöpft oder zu viele Anfragen${status}${said}.`,
      `${name}: quota used up or too many requests${status}${said}.`,
    ],
    refused: [
      `${name} lehnt die Übersetzung ab${status}${said}.`,
      `${name} refuses to translate${status}${said}.`,
    ],
    malformed: [
      `${name} hat unverständlich geantwortet${said}.`,
      `${name} gave an answer that is not a translation${said}.`,
    ],
    unsupported: [
      `${name} übersetzt nicht in diese Sprache${said}.`,
      `${name} does not translate into this language${said}.`,
    ],
  }[error.problem]
  req.payload.logger.warn({ msg: `Machine translation failed: ${error.message}` })
  return failure(error.problem === 'timeout' ? 504 : 502, message(req, de!, en!), {
    provider: name,
    problem: error.problem,
    ...(error.status ? { status: error.status } : {}),
  })
}

/**
 * POST /api/<collection>/:id/machine-translate with `{ "locale": "ar" }`: fills the leaves of
 * that locale whose translation is missing or outdated (translationStatus) with a machine
 * translation of the latest German draft, and saves them as a draft of the user's: a published
 * document keeps its published version. Current translations are never overwritten. Marked
 * as machine-translated in `translationStatus.<locale>.machine` until a person saves the locale.
 *
 * Answers `{ locale, translated, skipped, doc }` (leaf paths; `doc` the draft at depth 0 in that
 * locale). 401 without a user, 404 for a document the user cannot read, 403 where they may not
 * save a draft, 404 without a provider (not offered here), 400 naming `locale`, 502/504 when the
 * provider fails or is slow, 409 when the document was saved while the provider worked, 423 while
 * somebody else has it open; nothing is written then.
 * The provider is asked before the write opens its transaction: no database connection waits
 * for it.
 */
export const machineTranslateEndpoint: Endpoint = {
  path: '/:id/machine-translate',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const { payload, user } = req
    if (!user) throw new UnauthorizedError(req.t)
    const settings = machineTranslationOf(payload.config)
    // Not an outage but a feature this installation does not offer: as if the route were not there.
    if (!settings) {
      return failure(
        404,
        message(
          req,
          'Maschinelle Übersetzung ist nicht eingerichtet (TRANSLATION_PROVIDER).',
          'Machine translation is not configured (TRANSLATION_PROVIDER).',
        ),
      )
    }
    const translator = translatorFor(settings)
    const target = await targetOf(req, translator)
    const slug = String(req.routeParams?.collection)
    const collection = payload.collections[slug as CollectionSlug]?.config
    if (!collection) throw new NotFound(req.t)
    const id = String(req.routeParams?.id)
    const read = async (locale: string) =>
      (await payload.findByID({
        collection: slug as 'networks',
        id,
        locale: locale as LocaleCode,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user,
        req,
        disableErrors: true,
      })) as Doc | null
    const german = await read(DEFAULT_LOCALE)
    if (!german) throw new NotFound(req.t)
    if (!(await mayUpdate(req, collection, id))) throw new Forbidden(req.t)
    const translation = (await read(target)) ?? {}
    const statuses = german.translationStatus
    const plan = planTranslation({
      leaves: leavesOf(collection),
      german,
      target: translation,
      status: isObject(statuses) ? statuses[target] : undefined,
    })
    if (!plan.texts.length) {
      return Response.json({ locale: target, translated: [], skipped: plan.skipped, doc: translation })
    }
    try {
      plan.fill(await translator.translate(plan.texts, { source: DEFAULT_LOCALE, target }))
    } catch (error) {
      if (error instanceof TranslationError) return providerFailure(req, error, settings.timeoutMs)
      throw error
    }
    // Rows were read before the provider answered: a save meanwhile would be undone by them.
    const latest = await read(target)
    if (latest?.updatedAt !== translation.updatedAt) {
      return failure(
        409,
        message(
          req,
          'Das Dokument wurde während der Übersetzung gespeichert; bitte erneut übersetzen.',
          'The document was saved while it was being translated; please translate again.',
        ),
      )
    }
    let doc: unknown
    try {
      // Its place among the writes (this request's own place is for waiting on the provider).
      doc = await withWriteSlot(() =>
        payload.update({
          collection: slug as 'networks',
          id,
          locale: target,
          fallbackLocale: false,
          draft: true,
          data: plan.data,
          depth: 0,
          overrideAccess: false,
          // As a save over REST: not while somebody else has the document open.
          overrideLock: false,
          user,
          req,
          context: { [MACHINE_TRANSLATED]: plan.translated },
        }),
      )
    } catch (error) {
      if (!(error instanceof Locked)) throw error
      return failure(
        423,
        message(
          req,
          'Das Dokument wird gerade von jemand anderem bearbeitet; die Übersetzung wurde nicht gespeichert.',
          'Somebody else is editing the document; the translation was not saved.',
        ),
      )
    }
    return Response.json({ locale: target, translated: plan.translated, skipped: plan.skipped, doc })
  },
}
