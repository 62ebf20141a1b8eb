'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { TranslationBadge } from './TranslationBadge'
import { badgesOf } from './translationBadges'

/** The translation status in a list: per locale its code and state, the language's name on hover. */
export const TranslationStatusCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const badges = badgesOf(cellData, i18n.language)
  if (!badges.length) return null
  return (
    <span
      className="translation-status-cell"
      style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.25em 0.6em' }}
    >
      {badges.map((badge) => (
        <TranslationBadge key={badge.locale} badge={badge} short />
      ))}
    </span>
  )
}
