import { inject } from 'vitest'

// Set before any test file imports the Payload config, which reads them when evaluated.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.MEDIA_DIR = inject('mediaDir')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.LOG_LEVEL ??= 'warn'
