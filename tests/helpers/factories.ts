import type { Payload } from 'payload'

let counter = 0
/** A value unique within this test run, for names, slugs and e-mails. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`

/** Five digits no real district uses (real keys start with 01 to 16). */
const randomOfficialKey = () => String(90000 + Math.floor(Math.random() * 10000))

/** A district with a fresh key; test files run in parallel, so a taken key is retried. */
export const createDistrict = async (payload: Payload, name = unique('Landkreis')) => {
  for (let attempt = 0; ; attempt++) {
    const officialKey = randomOfficialKey()
    const taken = await payload.count({
      collection: 'districts',
      where: { officialKey: { equals: officialKey } },
    })
    if (taken.totalDocs === 0 || attempt > 20) {
      return payload.create({ collection: 'districts', data: { name, officialKey } })
    }
  }
}

export const PASSWORD = 'ein-langes-Passwort-2026'

export const createUser = (payload: Payload, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'users',
    data: { email: `${unique('user')}@example.org`, password: PASSWORD, ...data },
  })

/** How many locks are held on a document, whoever holds them. */
export const locksOn = async (payload: Payload, document: number) =>
  (
    await payload.count({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: document } },
    })
  ).totalDocs
