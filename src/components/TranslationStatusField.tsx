'use client'
import { FieldLabel, useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React, { useMemo } from 'react'

import { TranslationBadge } from './TranslationBadge'
import { adminLanguage, BADGE_TEXT, badgesOf, leafLabels } from './translationBadges'

/**
 * The translation status in the sidebar (src/fields/translationStatusFields.ts): per locale
 * its badge, and below it the fields whose translation is outdated or missing, by their
 * labels. Reads the form's value, so that it follows each save.
 */
export const TranslationStatusField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const language = adminLanguage(i18n.language)
  const text = BADGE_TEXT[language]
  const labels = useMemo(
    () => (collectionSlug ? leafLabels(getEntityConfig({ collectionSlug })?.fields ?? [], language) : {}),
    [collectionSlug, getEntityConfig, language],
  )
  const badges = badgesOf(value, language)
  const names = (paths: string[]) => paths.map((leaf) => labels[leaf] ?? leaf).join(', ')
  return (
    <div
      className="field-type translation-status"
      data-translation-status
      style={{ marginBottom: 'var(--base)' }}
    >
      <FieldLabel label={field.label} path={path} />
      {badges.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{text.none}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {badges.map((badge) => (
            <li key={badge.locale} style={{ marginBottom: 'calc(var(--base) / 4)' }}>
              <TranslationBadge badge={badge} />
              {(
                [
                  [text.outdatedFields, badge.outdated],
                  [text.missingFields, badge.missing],
                  [text.machineFields, badge.machineFields],
                ] as const
              ).map(([heading, paths]) =>
                paths.length ? (
                  <div
                    key={heading}
                    className="translation-status__fields"
                    style={{ fontSize: '0.85em', color: 'var(--theme-elevation-650)' }}
                  >
                    {heading}: {names(paths)}
                  </div>
                ) : null,
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
