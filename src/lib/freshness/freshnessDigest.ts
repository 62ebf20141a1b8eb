import type { TaskConfig } from 'payload'

/** The weekly digest to each district's editors (src/plugin/index.ts schedules it). */
export const freshnessDigestTask = (): TaskConfig<'freshnessDigest'> => ({
  slug: 'freshnessDigest',
  label: "Weekly digest of stale entries, translations and broken links to each district's editors",
  // Mondays at 06:30 (seconds first), before the week's work begins.
  schedule: [{ cron: '0 30 6 * * 1', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async () => ({ output: { sent: 0 } }),
})
