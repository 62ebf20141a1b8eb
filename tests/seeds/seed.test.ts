import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_USERS } from '../../seeds/demoUsers'
import { FIELDS_OF_ACTION } from '../../seeds/fieldsOfAction'
import { DISTRICT_CONTENT } from '../../seeds/index'
import { runSeed, type SeedReport } from '../../seeds/runSeed'
import { type SeedPlan, seedPlan } from '../../seeds/seedPlan'
import type { State } from '../../src/lib/state'
import { optionsOf } from '../../src/plugin'
import { SACHSEN_ANHALT } from '../../src/plugin/states/sachsenAnhalt'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * The seed read back as a frontend would: anonymous REST calls. Facts come from the published
 * self-descriptions seeds/README.md cites (000 Saalekreis, 001 Stendal, 002 Halle, 003 Börde,
 * 004 Magdeburg).
 */
let payload: Payload
/** What the seed writes, derived from the config, and the state whose districts it creates. */
let plan: SeedPlan
let state: State
let first: SeedReport
let second: SeedReport
const districtIds: Record<string, number> = {}

type Doc = Record<string, unknown> & { id: number; slug?: string }

/** Every published document of a collection in a district, anonymously, at depth 1. */
const publicList = async (collection: CollectionSlug, district: string, query = ''): Promise<Doc[]> => {
  // In the editors' order where a collection has one (sorting by a field it lacks is a 400).
  const ordered = payload.collections[collection].config.flattenedFields.some(({ name }) => name === 'order')
  const response = await rest(
    'GET',
    `${collection}?where[district][equals]=${districtIds[district]}&depth=1&limit=500${ordered ? '&sort=order' : ''}${query}`,
  )
  expect(response.status).toBe(200)
  return response.json.docs as Doc[]
}

const names = (docs: Doc[], field = 'name') => docs.map((doc) => doc[field])

/** Counts of every seeded collection in the seeded districts, trash and drafts included. */
const countSeeded = async () => {
  const counts: Record<string, number> = {}
  for (const collection of plan.order) {
    const { totalDocs } = await payload.count({
      collection,
      where: { district: { in: Object.values(districtIds) } },
      trash: true,
    })
    counts[collection] = totalDocs
  }
  // Only what the seed owns: other test files create districts and fields of action meanwhile.
  counts.districts = (
    await payload.count({
      collection: 'districts',
      where: { officialKey: { in: state.districts.map(({ officialKey }) => officialKey) } },
    })
  ).totalDocs
  counts['fields-of-action'] = (
    await payload.count({
      collection: 'fields-of-action',
      where: { slug: { in: FIELDS_OF_ACTION.map(({ slug }) => slug) } },
    })
  ).totalDocs
  return counts
}

let countsAfterFirst: Record<string, number>

beforeAll(async () => {
  payload = await testPayload()
  plan = seedPlan(payload.config)
  state = optionsOf(payload.config)!.state
  first = await runSeed(payload)
  for (const { district } of DISTRICT_CONTENT) {
    const { docs } = await payload.find({ collection: 'districts', where: { slug: { equals: district } } })
    districtIds[district] = docs[0]!.id
  }
  countsAfterFirst = await countSeeded()
  second = await runSeed(payload)
}, 300_000)

describe('seed: idempotence', () => {
  it('a second run creates and changes nothing', async () => {
    const created = Object.values(first.tally).reduce((sum, { created }) => sum + created, 0)
    expect(created).toBeGreaterThan(200)
    for (const [collection, tally] of Object.entries(second.tally)) {
      expect({ collection, created: tally.created, updated: tally.updated }).toEqual({
        collection,
        created: 0,
        updated: 0,
      })
    }
    expect(await countSeeded()).toEqual(countsAfterFirst)
  })

  it('counts match the seed modules and no slug repeats within a district', async () => {
    for (const content of DISTRICT_CONTENT) {
      for (const collection of plan.order) {
        const entries = (content as unknown as Record<string, unknown[] | undefined>)[
          plan.entries[collection]!
        ]
        const { docs } = await payload.find({
          collection,
          where: { district: { equals: districtIds[content.district] } },
          trash: true,
          pagination: false,
          depth: 0,
        })
        const slugs = docs.map((doc) => (doc as unknown as Doc).slug)
        expect({ where: `${content.district}/${collection}`, count: docs.length }).toEqual({
          where: `${content.district}/${collection}`,
          count: entries?.length ?? 0,
        })
        expect(new Set(slugs).size).toBe(slugs.length)
      }
    }
  })
})

describe('seed: Sachsen-Anhalt', () => {
  it('lists all 14 districts with their official keys', async () => {
    // The test config keeps the plugin's default state.
    expect(state).toBe(SACHSEN_ANHALT)
    const response = await rest(
      'GET',
      `districts?where[state][equals]=${encodeURIComponent(state.name)}&limit=100&sort=officialKey`,
    )
    const keys = new Set(state.districts.map(({ officialKey }) => officialKey))
    const seeded = (response.json.docs as Doc[]).filter((doc) => keys.has(String(doc.officialKey)))
    expect(seeded.map(({ officialKey, name, kind }) => ({ officialKey, name, kind }))).toEqual(
      state.districts.map(({ officialKey, name, kind }) => ({ officialKey, name, kind })),
    )
    expect(seeded).toHaveLength(14)
    expect(seeded.filter((doc) => doc.kind === 'landkreis')).toHaveLength(11)
  })

  it('has one shared taxonomy of fields of action, translated, without duplicates', async () => {
    const response = await rest('GET', 'fields-of-action?limit=200&locale=en')
    const seeded = (response.json.docs as Doc[]).filter((doc) =>
      FIELDS_OF_ACTION.some(({ slug }) => slug === doc.slug),
    )
    expect(seeded).toHaveLength(FIELDS_OF_ACTION.length)
    expect(seeded.find((doc) => doc.slug === 'sprache')?.name).toBe('Language')
    const german = await rest('GET', 'fields-of-action?limit=200&locale=de')
    const germanNames = (german.json.docs as Doc[]).map((doc) => doc.name)
    expect(new Set(germanNames).size).toBe(germanNames.length)
  })
})

describe('seed: Saalekreis (000)', () => {
  it('has the eight target groups of the text', async () => {
    const groups = await publicList('target-groups', 'saalekreis')
    expect(groups).toHaveLength(8)
    expect(names(groups)).toEqual(
      expect.arrayContaining([
        'Bleibeberechtigte Migranten und Migrantinnen',
        'Internationale Studierende',
        'AsylbewerberInnen, Geduldete, Flüchtlinge',
        'Unbegleitete minderjährige Flüchtlinge',
      ]),
    )
    expect(
      groups.every((group) => (group.networks as Doc[])[0]?.name === 'Netzwerk Integration im Saalekreis'),
    ).toBe(true)
  })

  it('has the office in Merseburg with address, phones, office hours and tasks', async () => {
    const [office] = await publicList('contacts', 'saalekreis', '&where[kind][equals]=office')
    expect(office).toMatchObject({
      name: 'Integrationskoordination des Saalekreises',
      address: { street: 'Geusaer Straße 81e', postalCode: '06217', city: 'Merseburg' },
      officeHours: { byAppointmentOnly: true, note: 'nach Terminvereinbarung' },
      publicListing: { consent: true },
    })
    expect((office!.phones as Array<{ number: string }>).map(({ number }) => number)).toEqual([
      '+493461402228',
      '+493461402235',
    ])
    expect(office!.responsibilities).toHaveLength(5)
    // Cited as seeds/README.md cites the source: by network and page.
    const source = String((office!.publicListing as { source: string }).source)
    expect(source).toContain('Netzwerk Integration im Saalekreis: Seite der Integrationskoordination')
    expect(source).toContain('Landkreis Saalekreis')
    expect(source).not.toMatch(/Quelltext|\.txt/)
  })

  it('has the principles, the reference frameworks and no formal membership', async () => {
    const [network] = await publicList('networks', 'saalekreis')
    expect(network).toMatchObject({
      membershipModel: 'no-formal-membership',
      meetingRhythm: 'mehrmals im Jahr',
    })
    expect((network!.referenceFrameworks as Array<{ title: string; url?: string }>)[1]).toMatchObject({
      url: 'http://www.integriert-in-sachsen-anhalt.de/integrationspolitik',
    })
    expect(await publicList('principles', 'saalekreis')).toHaveLength(5)
    expect((await publicList('goals', 'saalekreis')).length).toBeGreaterThanOrEqual(18)
  })
})

describe('seed: Stendal (001)', () => {
  it('has the 17 network actors of the list', async () => {
    const actors = await publicList('actors', 'stendal')
    expect(actors).toHaveLength(17)
    expect(names(actors)).toEqual(
      expect.arrayContaining([
        'Stendaler Migranteninitiative (SteM e.V.)',
        'Islamische Gemeinde Stendal e.V.',
        'Evangelischer Kirchenkreis Stendal',
        'Hochschule Magdeburg-Stendal',
        'Fachkraft im Fokus',
      ]),
    )
  })

  it('names both coordinators with phone and e-mail, and the history since 2000', async () => {
    const persons = await publicList('contacts', 'stendal', '&where[kind][equals]=person')
    expect(
      persons.map(({ name, phones }) => ({ name, phone: (phones as Array<{ number: string }>)[0]?.number })),
    ).toEqual(
      expect.arrayContaining([
        { name: 'Maria-Alexandra Jonas', phone: '+493931607040' },
        { name: 'Jakob Wernike', phone: '+493931608059' },
      ]),
    )
    const [network] = await publicList('networks', 'stendal')
    expect(network).toMatchObject({ foundedYear: 2000 })
    expect(JSON.stringify(network!.history)).toContain('Liane Bischoff')
    expect((network!.coordinatingContacts as Doc[]).map(({ name }) => name).sort()).toEqual([
      'Jakob Wernike',
      'Maria-Alexandra Jonas',
    ])
  })
})

describe('seed: Halle (Saale) (002)', () => {
  const FACHGRUPPEN = [
    'Arbeit und Einkommen',
    'Deutschunterricht',
    'Kindertagesstätten, Schule und Berufsausbildung',
    'Interkulturelle Kompetenz',
    'Gesellschaftliches Leben, Kultur, Freizeit, Gesundheit und Sport',
    'Wohnumfeld',
  ]

  it('has six Fachgruppen with their goals and the Steuerungsgruppe', async () => {
    const groups = await publicList('working-groups', 'halle-saale')
    const fachgruppen = groups.filter((group) => group.kind === 'fachgruppe')
    expect(names(fachgruppen).sort()).toEqual([...FACHGRUPPEN].sort())
    expect(fachgruppen.every((group) => group.meetingRhythm === 'vierteljährlich')).toBe(true)
    expect(groups.filter((group) => group.kind === 'steuerungsgruppe')).toHaveLength(1)
    for (const group of fachgruppen) {
      const goals = await rest('GET', `goals?where[workingGroup][equals]=${group.id}&limit=0`)
      expect({ group: group.name, hasGoals: goals.json.totalDocs >= 3 }).toEqual({
        group: group.name,
        hasGoals: true,
      })
    }
    const arbeit = fachgruppen.find((group) => group.name === 'Arbeit und Einkommen')!
    expect((await rest('GET', `goals?where[workingGroup][equals]=${arbeit.id}`)).json.totalDocs).toBe(4)
  })

  it('keeps its size, founding year, alliances (typo fixed) and website', async () => {
    const [network] = await publicList('networks', 'halle-saale')
    expect(network).toMatchObject({
      foundedYear: 2002,
      membershipModel: 'open',
      sizeStatement: expect.stringContaining('mehr als 50 Institutionen'),
      website: expect.stringContaining('integration.halle.de'),
    })
    const alliances = (network!.alliances as Array<{ name: string }>).map(({ name }) => name)
    expect(alliances).toHaveLength(5)
    expect(alliances).toContain(
      'Bundeskonferenz der Beauftragten der Bundesregierung für Migration, Flüchtlinge und Integration',
    )
    expect(JSON.stringify(network)).not.toContain('Bundeskonzferenz')
  })
})

describe('seed: Börde (003)', () => {
  it('has the Koordinierungsgruppe with its four tasks and the website', async () => {
    const [group] = await publicList('working-groups', 'boerde')
    expect(group).toMatchObject({ kind: 'koordinierungsgruppe' })
    const tasks = await rest('GET', `goals?where[workingGroup][equals]=${group!.id}&sort=order`)
    // The four Hauptaufgaben in their order: representing the network, planning and organising
    // joint activities, pooling information, setting the network's goals and direction.
    expect((tasks.json.docs as Doc[]).map(({ title, kind }) => ({ title, kind }))).toEqual([
      { title: 'Repräsentation des Netzwerkes', kind: 'task' },
      { title: expect.stringMatching(/gemeinsame Aktivitäten.*planen und organisieren/i), kind: 'task' },
      { title: 'Bündelung von Informationen', kind: 'task' },
      { title: expect.stringMatching(/Zielen und Ausrichtung des Netzwerkes/), kind: 'task' },
    ])
    const [network] = await publicList('networks', 'boerde')
    expect(network).toMatchObject({
      foundedYear: 2008,
      website: 'https://www.netzwerk-integration-boerdekreis.de',
    })
  })
})

describe('seed: Magdeburg (004)', () => {
  it('names the eleven Handlungsfelder and the contact at Stabsstelle V/02', async () => {
    const goals = await publicList('goals', 'magdeburg')
    const fields = goals.flatMap((goal) => (goal.fieldsOfAction as Doc[] | undefined) ?? [])
    const widest = goals.reduce((best, goal) =>
      (goal.fieldsOfAction as Doc[]).length > (best.fieldsOfAction as Doc[]).length ? goal : best,
    )
    expect(names(widest.fieldsOfAction as Doc[])).toEqual(
      expect.arrayContaining([
        'Sprache',
        'Arbeit und Ausbildung',
        'Schule und Bildung',
        'Politische Partizipation',
      ]),
    )
    expect(widest.fieldsOfAction).toHaveLength(11)
    expect(fields.length).toBeGreaterThanOrEqual(11)
    const [contact] = await publicList('contacts', 'magdeburg')
    expect(contact).toMatchObject({
      name: 'Abdoul Coulibaly',
      position: 'Koordinator für Integration und Zuwanderung',
      organisationalUnit: 'Stabsstelle V/02',
      address: { street: 'Wilhelm-Höpfner-Ring 4', postalCode: '39116', city: 'Magdeburg' },
    })
    const [network] = await publicList('networks', 'magdeburg')
    expect(network).toMatchObject({ foundedYear: 2005 })
  })
})

describe('seed: the whole graph', () => {
  /** The reference paths of a collection: at depth 1 each must be a populated document. */
  const relations = (collection: string) =>
    Object.entries(plan.references[collection] ?? {}).flatMap(([key, reference]) =>
      'collection' in reference ? [key] : Object.keys(reference.rows).map((sub) => `${key}.${sub}`),
    )

  it('follows every reference the seed writes', () => {
    expect(relations('actors').sort()).toEqual(['fieldsOfAction', 'memberships.network', 'targetGroups'])
    expect(relations('networks')).toEqual(['coordinatingContacts'])
  })

  const valuesAt = (doc: Doc, path: string): unknown[] => {
    const [head, ...rest] = path.split('.')
    const value = doc[head!]
    if (value === undefined || value === null) return []
    if (rest.length === 0) return Array.isArray(value) ? value : [value]
    return (value as Doc[]).flatMap((item) => valuesAt(item, rest.join('.')))
  }

  it('every seeded document is public, published, in its district, with resolved relations', async () => {
    for (const content of DISTRICT_CONTENT) {
      for (const collection of plan.order) {
        const all = await payload.count({
          collection,
          where: { district: { equals: districtIds[content.district] } },
          draft: true,
        } as never)
        const docs = await publicList(collection, content.district)
        expect({ where: `${content.district}/${collection}`, public: docs.length }).toEqual({
          where: `${content.district}/${collection}`,
          public: all.totalDocs,
        })
        for (const doc of docs) {
          expect(doc._status).toBe('published')
          expect((doc.district as Doc).slug).toBe(content.district)
          for (const path of relations(collection)) {
            for (const value of valuesAt(doc, path)) {
              expect({
                doc: `${collection}/${doc.slug}`,
                path,
                populated: typeof value === 'object',
              }).toEqual({
                doc: `${collection}/${doc.slug}`,
                path,
                populated: true,
              })
            }
          }
        }
      }
    }
  })

  it('translates the short labels into English and falls back to German for long texts', async () => {
    const response = await rest(
      'GET',
      `networks?where[district][equals]=${districtIds['halle-saale']}&locale=en&depth=0`,
    )
    const [network] = response.json.docs as Doc[]
    expect(network).toMatchObject({ name: 'Network for Integration and Migration' })
    expect(JSON.stringify(network!.description)).toContain('Integration')
    for (const collection of ['working-groups', 'target-groups', 'principles', 'goals'] as const) {
      const { docs } = await payload.find({
        collection,
        where: { district: { in: Object.values(districtIds) } },
        locale: 'en',
        fallbackLocale: false,
        pagination: false,
        depth: 0,
      })
      const field = collection === 'principles' || collection === 'goals' ? 'title' : 'name'
      const untranslated = docs
        .filter((doc) => !(doc as unknown as Doc)[field])
        .map((doc) => `${collection}/${doc.slug}`)
      expect(untranslated).toEqual([])
    }
  })
})

describe('seed: options', () => {
  it('keeps editors’ changes unless asked to update, and reset restores the seed', async () => {
    const [network] = await publicList('networks', 'boerde')
    await payload.update({
      collection: 'networks',
      id: network!.id,
      data: { summary: 'Von der Redaktion geändert.', _status: 'published' },
    })
    const extra = await payload.create({
      collection: 'target-groups',
      data: { district: districtIds.boerde, name: 'Von der Redaktion ergänzt', _status: 'published' },
    })
    // Other test files add users meanwhile: follow the ones that exist now.
    const users = (await payload.find({ collection: 'users', pagination: false, depth: 0 })).docs.map(
      ({ id }) => id,
    )

    await runSeed(payload)
    expect((await payload.findByID({ collection: 'networks', id: network!.id })).summary).toBe(
      'Von der Redaktion geändert.',
    )

    const updated = await runSeed(payload, { update: true })
    expect(updated.tally.networks?.updated).toBe(DISTRICT_CONTENT.flatMap(({ networks }) => networks).length)
    expect((await payload.findByID({ collection: 'networks', id: network!.id })).summary).not.toBe(
      'Von der Redaktion geändert.',
    )

    const flyer = (await payload.db.create({
      collection: 'media',
      data: {
        district: districtIds.boerde,
        alt: 'Flyer',
        filename: `${Date.now()}-flyer.pdf`,
        mimeType: 'application/pdf',
        filesize: 10,
      },
    })) as { id: number }
    await payload.update({
      collection: 'networks',
      id: network!.id,
      data: { downloads: [flyer.id], _status: 'published' },
    })
    expect((await payload.findByID({ collection: 'media', id: flyer.id })).usedPublicly).toBe(true)

    await runSeed(payload, { reset: true })
    expect(await countSeeded()).toEqual(countsAfterFirst)
    // The wiped network no longer shows the flyer: it is private again.
    expect((await payload.findByID({ collection: 'media', id: flyer.id })).usedPublicly).toBe(false)
    const gone = await payload.find({
      collection: 'target-groups',
      where: { id: { equals: extra.id } },
      trash: true,
    })
    expect(gone.totalDocs).toBe(0)
    expect((await payload.count({ collection: 'users', where: { id: { in: users } } })).totalDocs).toBe(
      users.length,
    )
  }, 300_000)

  it('creates one demo login per role once, and never in production', async () => {
    const report = await runSeed(payload, { demoUsers: true })
    const again = await runSeed(payload, { demoUsers: true })
    expect(report.demoUsersCreated.sort()).toEqual(DEMO_USERS.map(({ email }) => email).sort())
    expect(again.demoUsersCreated).toEqual([])
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { in: DEMO_USERS.map(({ email }) => email) } },
      depth: 1,
    })
    const roles = docs.flatMap((user) => [
      ...(user.roles ?? []),
      ...(user.districts ?? []).flatMap(({ roles }) => roles),
    ])
    expect(roles.sort()).toEqual(['admin', 'author', 'district-admin', 'editor', 'viewer'])

    vi.stubEnv('NODE_ENV', 'production')
    try {
      await expect(runSeed(payload, { demoUsers: true })).rejects.toThrow(/never created in production/)
    } finally {
      vi.unstubAllEnvs()
    }
  }, 300_000)
})
