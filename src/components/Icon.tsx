import React from 'react'

/** The product's mark in the admin navigation. */
export const Icon = () => (
  <svg width="28" height="28" viewBox="0 0 64 64" role="img" aria-label="Integrationsnetzwerke">
    <path d="M16 18 L32 32 L50 16 M32 32 L20 50 M32 32 L48 48" stroke="#0b6e4f" strokeWidth="4" fill="none" />
    <circle cx="32" cy="32" r="8" fill="#0b6e4f" />
    <g fill="#f2a541">
      <circle cx="16" cy="18" r="6" />
      <circle cx="50" cy="16" r="6" />
      <circle cx="20" cy="50" r="6" />
      <circle cx="48" cy="48" r="6" />
    </g>
  </svg>
)
