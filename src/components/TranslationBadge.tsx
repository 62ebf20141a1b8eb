import React from 'react'

import { type Badge, STATE_COLOURS } from './translationBadges'

const PILL: React.CSSProperties = {
  display: 'inline-block',
  borderRadius: 'var(--style-radius-s, 3px)',
  padding: '0 0.4em',
  fontSize: '0.85em',
  lineHeight: 1.6,
  whiteSpace: 'nowrap',
}

/** A state in its colour: "veraltet", "maschinell". */
export const StatePill = ({ state, children }: { state: keyof typeof STATE_COLOURS; children: string }) => (
  <span
    className={`translation-badge__state translation-badge__state--${state}`}
    style={{ ...PILL, ...STATE_COLOURS[state] }}
  >
    {children}
  </span>
)

/**
 * One locale's badge: the language (its own name isolated in its own direction, so that
 * العربية or فارسی does not turn the German around it; or only its code where room is short),
 * its state and the machine mark.
 */
export const TranslationBadge = ({ badge, short = false }: { badge: Badge; short?: boolean }) => (
  <span className="translation-badge" data-locale={badge.locale} data-state={badge.state} title={badge.title}>
    {short ? (
      <span style={{ fontWeight: 600 }}>{badge.locale.toUpperCase()}</span>
    ) : (
      <bdi lang={badge.locale} dir={badge.dir} style={{ fontWeight: 600 }}>
        {badge.name}
      </bdi>
    )}{' '}
    <StatePill state={badge.state}>{badge.text}</StatePill>
    {badge.machine ? (
      <>
        {' '}
        <StatePill state="machine">{badge.machine}</StatePill>
      </>
    ) : null}
  </span>
)
