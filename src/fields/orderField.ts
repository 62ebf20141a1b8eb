import type { NumberField } from 'payload'

/** Position in lists (smaller first), so that editors control the order frontends show. */
export const orderField = (): NumberField => ({
  name: 'order',
  type: 'number',
  defaultValue: 0,
  index: true,
  label: { de: 'Reihenfolge', en: 'Order' },
  admin: { position: 'sidebar', step: 1 },
})
