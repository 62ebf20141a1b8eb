import React from 'react'

/** The product's word mark on the login screen: a network of nodes beside the name. */
export const Logo = () => (
  <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
    <svg width="56" height="56" viewBox="0 0 64 64" role="img" aria-label="Integrationsnetzwerke">
      <g stroke="#0b6e4f" strokeWidth="3" fill="none">
        <path d="M16 18 L32 32 L50 16 M32 32 L20 50 M32 32 L48 48" />
      </g>
      <g fill="#0b6e4f">
        <circle cx="32" cy="32" r="7" />
      </g>
      <g fill="#f2a541">
        <circle cx="16" cy="18" r="5" />
        <circle cx="50" cy="16" r="5" />
        <circle cx="20" cy="50" r="5" />
        <circle cx="48" cy="48" r="5" />
      </g>
    </svg>
    <span style={{ fontSize: '1.5rem', fontWeight: 600, lineHeight: 1.1 }}>
      Integrationsnetzwerke
      <br />
      <span style={{ fontSize: '0.95rem', fontWeight: 400 }}>Inhalte der Landkreise und Städte</span>
    </span>
  </div>
)
