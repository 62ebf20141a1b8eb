import type { UIField } from 'payload'

/**
 * The button "Maschinell übersetzen (Entwurf)" in the sidebar (src/components/MachineTranslate.tsx):
 * shown in a content locale other than German when a provider is configured. Stores nothing.
 */
export const machineTranslateField = (): UIField => ({
  name: 'machineTranslate',
  type: 'ui',
  label: { de: 'Maschinelle Übersetzung', en: 'Machine translation' },
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/MachineTranslate#MachineTranslate' },
  },
})
