import { initI18n } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DISTRICT_SCOPED } from '../../access/matrix'
import { factsOf } from '../../src/lib/collectionFacts'
import { config as built } from '../helpers/payload'

/** What German editors notice in the admin: dates, placeholders and the district column. */
let config: SanitizedConfig

beforeAll(async () => {
  config = await built
})

describe('admin details', () => {
  it('shows dates as German editors write them', async () => {
    const i18n = await initI18n({ config: config.i18n, language: 'de', context: 'client' })
    const date = new Date(2026, 10, 30, 10, 47)
    expect(formatDate({ date, i18n, pattern: config.admin.dateFormat })).toBe('30.11.2026, 10:47')
  })

  it('has placeholders that fit every noun', async () => {
    const i18n = await initI18n({ config: config.i18n, language: 'de', context: 'client' })
    expect(i18n.t('general:noLabel', { label: 'Funktion' })).toBe('<ohne Funktion>')
    expect(i18n.t('general:noTrashResults', { label: 'Netzwerke' })).toBe(
      'Der Papierkorb ist leer (Netzwerke).',
    )
    // Payload's own texts stay where we did not replace them, and the sign-in texts are kept.
    expect(i18n.t('general:save')).toBe('Speichern')
    expect(i18n.t('error:userLocked')).toMatch(/E-Mail|Passwort/)
  })

  it('lists the district in every district collection', () => {
    const scoped = config.collections.filter((collection) => {
      const facts = factsOf(collection)
      return facts && facts.resource !== 'users' && DISTRICT_SCOPED[facts.resource]
    })
    expect(scoped.length).toBeGreaterThan(5)
    for (const collection of scoped) {
      expect({ slug: collection.slug, columns: collection.admin.defaultColumns }).toEqual({
        slug: collection.slug,
        columns: expect.arrayContaining(['district']),
      })
    }
  })
})
