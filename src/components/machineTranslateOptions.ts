import type { SanitizedConfig } from 'payload'

import { DEFAULT_LOCALE, isLocaleCode } from '../lib/locales'
import { machineTranslationOf } from '../lib/machineTranslation/settings'
import { translatorFor } from '../lib/machineTranslation/translator'

/** What the button needs to know in the browser: none of the provider's address or key. */
export type MachineTranslateOptions = { locales: string[]; provider: string }

/**
 * The provider's name and the content locales it translates into, from the built config; null
 * without a provider (then there is no button).
 */
export const machineTranslateOptions = (
  config: Pick<SanitizedConfig, 'custom' | 'localization'>,
): MachineTranslateOptions | null => {
  const settings = machineTranslationOf(config)
  if (!settings) return null
  const translator = translatorFor(settings)
  const codes = config.localization ? config.localization.localeCodes : []
  return {
    locales: codes.filter(
      (code) => code !== DEFAULT_LOCALE && isLocaleCode(code) && translator.supports(code),
    ),
    provider: translator.name,
  }
}
