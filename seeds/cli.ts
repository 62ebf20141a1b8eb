/**
 * npm run seed [-- --reset [--yes]] [-- --update] [-- --demo-users] [-- --if-empty]
 *
 * Seeds the districts of the plugin's state (Sachsen-Anhalt by default), the state-wide taxonomies
 * and the five networks of the source texts into the database in DATABASE_URL (the npm script
 * provides it).
 */
import { stdin, stdout } from 'node:process'
import readline from 'node:readline/promises'
import { parseArgs } from 'node:util'

import { getPayload, type Migration, type Payload } from 'payload'

import { migrations } from '../migrations'
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers'
import { seedPlan } from './seedPlan'

const HELP = `Usage: npm run seed [-- options]

  --reset        delete the content of the seeded districts first, then seed (asks first)
  --yes          do not ask (for scripts)
  --update       overwrite seeded documents that already exist (editors' changes are lost)
  --demo-users   create one demo login per role (never in production)
  --if-empty     do nothing unless the database has neither users nor districts
  --help         this text

Users are never changed or deleted; --demo-users only adds the missing demo logins.`

const confirm = async (question: string): Promise<boolean> => {
  if (!stdin.isTTY) return false
  const rl = readline.createInterface({ input: stdin, output: stdout })
  try {
    return /^(j|ja|y|yes)$/i.test((await rl.question(`${question} [j/N] `)).trim())
  } finally {
    rl.close()
  }
}

const isEmpty = async (payload: Payload) =>
  (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0 &&
  (await payload.count({ collection: 'districts', overrideAccess: true })).totalDocs === 0

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      reset: { type: 'boolean' },
      yes: { type: 'boolean' },
      update: { type: 'boolean' },
      'demo-users': { type: 'boolean' },
      'if-empty': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(HELP)
    return 0
  }
  if (values['demo-users'] && process.env.NODE_ENV === 'production') {
    console.error('Demo users are never created in production (NODE_ENV=production).')
    return 2
  }

  // Loaded only now: --help and refusals need no config, database or editor (the runner reads
  // the plugin, which brings the collections). No payload.destroy() at the end: the adapter keeps
  // a client checked out and ending the pool would wait for it forever; process.exit below
  // closes the connections.
  const { default: config } = await import('../payload.config')
  const { runSeed, seededDistrictIds } = await import('./runSeed')
  const payload = await getPayload({ config })

  // The same migrations `npm start` applies: a fresh database can be seeded directly.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (values['if-empty'] && !(await isEmpty(payload))) {
    console.log('Seed skipped: the database already has users or districts.')
    return 0
  }
  if (values.reset) {
    const districts = await seededDistrictIds(payload)
    let documents = 0
    for (const collection of seedPlan(payload.config).order) {
      documents += (
        await payload.count({
          collection,
          where: { district: { in: districts } },
          trash: true,
          overrideAccess: true,
        })
      ).totalDocs
    }
    const question = `This deletes ${documents} documents (with their versions) of the ${districts.length} seeded districts. Continue?`
    if (!values.yes && !(await confirm(question))) {
      console.error(`${question}\nNot confirmed: nothing deleted. Pass --yes to confirm without asking.`)
      return 1
    }
  }
  const started = Date.now()
  console.log('Seeding …')
  const { tally, demoUsersCreated } = await runSeed(payload, {
    reset: values.reset,
    update: values.update,
    demoUsers: values['demo-users'],
    log: (line) => console.log(line),
  })
  const sum = (key: 'created' | 'updated' | 'kept') =>
    Object.values(tally).reduce((total, counts) => total + counts[key], 0)
  console.log(
    `Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${sum('created')} created, ` +
      `${sum('updated')} updated, ${sum('kept')} kept.`,
  )
  if (demoUsersCreated.length > 0) {
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`)
    for (const user of DEMO_USERS.filter(({ email }) => demoUsersCreated.includes(email))) {
      console.log(`  ${user.email.padEnd(42)} ${user.purpose}`)
    }
    console.log('')
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Seed failed:', error instanceof Error ? error.message : error)
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  },
)
