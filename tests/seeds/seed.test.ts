import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_USERS } from '../../seeds/demoUsers'
import { DISTRICT_CONTENT, STATE_WIDE_CONTENT } from '../../seeds/index'
import { runSeed, type SeedReport } from '../../seeds/runSeed'
import { pathsOf, type SeedPlan, seedPlan } from '../../seeds/seedPlan'
import type { DistrictContent } from '../../seeds/types'
import type { GeocoderSettings } from '../../src/lib/geocoder'
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

/** The seed data of a state-wide taxonomy: its terms' slugs. */
const termsOf = (taxonomy: string) =>
  (
    (STATE_WIDE_CONTENT as unknown as Record<string, Array<{ slug: string }> | undefined>)[
      plan.entries[taxonomy]!
    ] ?? []
  ).map(({ slug }) => slug)

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
  for (const taxonomy of plan.taxonomies) {
    counts[taxonomy] = (
      await payload.count({ collection: taxonomy, where: { slug: { in: termsOf(taxonomy) } } })
    ).totalDocs
  }
  return counts
}

let countsAfterFirst: Record<string, number>
/** What a geocoder, configured while the seed ran, was asked: nothing, since the seed skips it. */
const geocoderAsked: string[] = []

beforeAll(async () => {
  payload = await testPayload()
  plan = seedPlan(payload.config)
  state = optionsOf(payload.config)!.state
  // A stand-in geocoder that knows every address: had the places' hook asked it, the seeded
  // places would have coordinates.
  const geocoder = createServer((request, response) => {
    geocoderAsked.push(request.url ?? '')
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify([{ lat: '51.35', lon: '11.99' }]))
  })
  await new Promise<void>((resolve) => geocoder.listen(0, '127.0.0.1', resolve))
  const options = payload.config.custom!.integrationNetworks as { geocoder: GeocoderSettings | null }
  const configured = options.geocoder
  options.geocoder = {
    url: `http://127.0.0.1:${(geocoder.address() as AddressInfo).port}`,
    userAgent: 'integrationsnetzwerk-cms-test',
    timeoutMs: 2000,
  }
  try {
    first = await runSeed(payload)
    for (const { district } of DISTRICT_CONTENT) {
      const { docs } = await payload.find({ collection: 'districts', where: { slug: { equals: district } } })
      districtIds[district] = docs[0]!.id
    }
    countsAfterFirst = await countSeeded()
    second = await runSeed(payload)
  } finally {
    // The config belongs to every test file this worker runs after this one.
    options.geocoder = configured
    geocoder.closeAllConnections()
    await new Promise((resolve) => geocoder.close(resolve))
  }
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
      termsOf('fields-of-action').includes(String(doc.slug)),
    )
    expect(seeded).toHaveLength(STATE_WIDE_CONTENT.fieldsOfAction.length)
    expect(seeded.find((doc) => doc.slug === 'sprache')?.name).toBe('Language')
    const german = await rest('GET', 'fields-of-action?limit=200&locale=de')
    const germanNames = (german.json.docs as Doc[]).map((doc) => doc.name)
    expect(new Set(germanNames).size).toBe(germanNames.length)
  })

  it('seeds every state-wide taxonomy from its module, in German and English, once', async () => {
    expect(plan.taxonomies).toEqual(['fields-of-action', 'offer-types', 'residence-situations'])
    for (const taxonomy of plan.taxonomies) {
      const terms = (STATE_WIDE_CONTENT as unknown as Record<string, Array<{ slug: string; name: unknown }>>)[
        plan.entries[taxonomy]!
      ]!
      expect(terms.length).toBeGreaterThan(0)
      for (const locale of ['de', 'en'] as const) {
        const response = await rest('GET', `${taxonomy}?limit=500&locale=${locale}&fallback-locale=none`)
        expect(response.status).toBe(200)
        const seeded = (response.json.docs as Doc[]).filter((doc) =>
          termsOf(taxonomy).includes(String(doc.slug)),
        )
        expect({ taxonomy, locale, names: seeded.map(({ slug, name }) => ({ slug, name })) }).toEqual({
          taxonomy,
          locale,
          names: expect.arrayContaining(
            terms.map(({ slug, name }) => ({ slug, name: (name as Record<string, string>)[locale] })),
          ),
        })
        expect(seeded).toHaveLength(terms.length)
      }
      expect(first.tally[taxonomy]).toMatchObject({ created: terms.length })
    }
    const [ukraine] = (
      await rest('GET', 'residence-situations?where[slug][equals]=schutzsuchende-aus-der-ukraine&locale=en')
    ).json.docs as Doc[]
    expect(ukraine).toMatchObject({
      name: 'People seeking protection from Ukraine (section 24 Residence Act)',
      description: expect.stringContaining('section 24'),
    })
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

  it('has the office in Merseburg as a place, by appointment, where its offers take place', async () => {
    const [place] = await publicList('places', 'saalekreis')
    expect(place).toMatchObject({
      slug: 'integrationskoordination',
      name: 'Integrationskoordination des Saalekreises',
      address: { street: 'Geusaer Straße 81e', postalCode: '06217', city: 'Merseburg' },
      openingHours: { byAppointmentOnly: true, slots: [], note: 'nach Terminvereinbarung' },
      owner: { slug: 'integrationskoordination' },
    })
    const [actor] = await publicList('actors', 'saalekreis', '&where[slug][equals]=integrationskoordination')
    expect((actor!.places as Doc[]).map(({ slug }) => slug)).toEqual(['integrationskoordination'])
    const [office] = await publicList('contacts', 'saalekreis', '&where[kind][equals]=office')
    expect((office!.place as Doc).slug).toBe('integrationskoordination')

    const offers = await publicList('offers', 'saalekreis')
    const atOffice = offers.filter((offer) =>
      ((offer.places as Array<{ place: Doc }> | undefined) ?? []).some(
        ({ place: at }) => at.slug === 'integrationskoordination',
      ),
    )
    expect(names(atOffice, 'slug').sort()).toEqual([
      'anlaufstelle-fuer-integrationsakteure',
      'betreuung-von-ehrenamtlichen',
      'hilfe-bei-der-schulanmeldung',
    ])
    for (const offer of atOffice) {
      expect(offer).toMatchObject({
        provider: { slug: 'integrationskoordination' },
        registration: 'appointment',
        // The text says nothing about a fee: not claimed to be free either.
        cost: { free: null },
        contacts: [expect.objectContaining({ slug: 'integrationskoordination' })],
      })
    }
    const school = atOffice.find(({ slug }) => slug === 'hilfe-bei-der-schulanmeldung')!
    expect(names(school.fieldsOfAction as Doc[])).toEqual(['Schule und Bildung'])
    expect(names(school.offerTypes as Doc[]).sort()).toEqual(['Bildung und Ausbildung', 'Kinder und Familie'])
    // The counselling offices the member list names, without address or hours of their own.
    const counselling = offers.filter((offer) => !(offer.places as unknown[] | undefined)?.length)
    expect(counselling.map(({ slug, provider }) => [slug, (provider as Doc).slug])).toEqual(
      expect.arrayContaining([
        ['migrationsberatung-fuer-erwachsene-zuwanderer', 'migrationsberatung-fuer-erwachsene-zuwanderer'],
        ['jugendmigrationsdienst', 'jugendmigrationsdienst'],
      ]),
    )
    expect(counselling.every((offer) => offer.registration === null)).toBe(true)
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

  it('has the Koordinierungsstelle’s networking and the three counselling services, without places', async () => {
    expect(await publicList('places', 'stendal')).toEqual([])
    const offers = await publicList('offers', 'stendal')
    expect(offers.map(({ slug, provider }) => [slug, (provider as Doc).slug])).toEqual(
      expect.arrayContaining([
        ['vernetzung-der-integrationsarbeit', 'integrationskoordination'],
        ['migrationsberatung-drk-stendal', 'migrationsberatung-drk-stendal'],
        ['gesonderte-beratung-drk-stendal', 'gesonderte-beratung-drk-stendal'],
        ['jugendmigrationsdienst-awo', 'jugendmigrationsdienst-awo'],
      ]),
    )
    const networking = offers.find(({ slug }) => slug === 'vernetzung-der-integrationsarbeit')!
    expect(names(networking.contacts as Doc[]).sort()).toEqual([
      'Jakob Wernike',
      'Koordinierungsstelle Integration',
      'Maria-Alexandra Jonas',
    ])
    expect(names(networking.offerTypes as Doc[])).toEqual(['Vernetzung und Koordination'])
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

  it('has no offers or places: the sheet ties its offers to no provider and gives no address', async () => {
    expect(await publicList('offers', 'halle-saale')).toEqual([])
    expect(await publicList('places', 'halle-saale')).toEqual([])
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

  it('has the Koordinierungsstelle’s networking for integration actors, and no place', async () => {
    expect(await publicList('places', 'boerde')).toEqual([])
    const [offer, ...more] = await publicList('offers', 'boerde')
    expect(more).toEqual([])
    expect(offer).toMatchObject({
      slug: 'vernetzung-von-verwaltung-und-integrationsakteuren',
      provider: { slug: 'koordinierungsstelle-fuer-migration' },
      networks: [expect.objectContaining({ slug: 'netzwerk-integration' })],
      targetGroups: [expect.objectContaining({ slug: 'integrationsakteure-und-multiplikatoren' })],
      contacts: [expect.objectContaining({ slug: 'koordinierungsstelle-fuer-migration' })],
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

  it('has the Stabsstelle V/02 as a place, without opening hours, and no offers', async () => {
    const places = await publicList('places', 'magdeburg')
    expect(places).toHaveLength(1)
    expect(places[0]).toMatchObject({
      slug: 'koordination-integration-und-zuwanderung',
      address: { street: 'Wilhelm-Höpfner-Ring 4', postalCode: '39116', city: 'Magdeburg' },
      owner: { slug: 'koordination-integration-und-zuwanderung' },
      openingHours: { byAppointmentOnly: false, slots: [] },
    })
    const [contact] = await publicList('contacts', 'magdeburg')
    expect((contact!.place as Doc).slug).toBe('koordination-integration-und-zuwanderung')
    expect(await publicList('offers', 'magdeburg')).toEqual([])
  })
})

describe('seed: offers and places', () => {
  const modules = (key: 'offers' | 'places') =>
    DISTRICT_CONTENT.map((content: DistrictContent) => [content.district, content[key]] as const)

  it('writes each district’s offers and places, published, none twice', async () => {
    const counts = Object.fromEntries(
      DISTRICT_CONTENT.map(({ district, offers, places }) => [
        district,
        { offers: offers.length, places: places.length },
      ]),
    )
    expect(counts).toEqual({
      saalekreis: { offers: 5, places: 1 },
      stendal: { offers: 4, places: 0 },
      'halle-saale': { offers: 0, places: 0 },
      boerde: { offers: 1, places: 0 },
      magdeburg: { offers: 0, places: 1 },
    })
    for (const key of ['offers', 'places'] as const) {
      for (const [district, entries] of modules(key)) {
        const docs = await publicList(key, district)
        expect({ district, key, slugs: names(docs, 'slug').sort() }).toEqual({
          district,
          key,
          slugs: entries.map(({ slug }) => slug).sort(),
        })
        expect(docs.every((doc) => doc._status === 'published')).toBe(true)
      }
      expect(second.tally[key]).toEqual({
        created: 0,
        updated: 0,
        kept: DISTRICT_CONTENT.reduce((sum, content) => sum + content[key].length, 0),
      })
    }
  })

  it('looks up no coordinates: every place has none, and the geocoder was never asked', async () => {
    const { docs } = await payload.find({
      collection: 'places',
      where: { district: { in: Object.values(districtIds) } },
      pagination: false,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThan(0)
    for (const place of docs) {
      expect({ place: place.slug, coordinates: place.coordinates }).toEqual({
        place: place.slug,
        coordinates: { latitude: null, longitude: null, source: null, geocodingNote: null },
      })
    }
    expect(geocoderAsked).toEqual([])
  })

  it('states no languages and no hours the texts do not give', async () => {
    const { docs } = await payload.find({
      collection: 'offers',
      where: { district: { in: Object.values(districtIds) } },
      pagination: false,
      depth: 0,
    })
    for (const offer of docs) {
      expect({ offer: offer.slug, languages: offer.languages ?? [] }).toEqual({
        offer: offer.slug,
        languages: [],
      })
      expect((offer.places ?? []).every(({ ownHours }) => !ownHours)).toBe(true)
    }
  })
})

describe('seed: the whole graph', () => {
  /** The reference paths of a collection: at depth 1 each must be a populated document. */
  const relations = (collection: string) =>
    Object.entries(plan.references[collection] ?? {}).flatMap(([key, reference]) => pathsOf(key, reference))

  it('follows every reference the seed writes', () => {
    expect(relations('actors').sort()).toEqual([
      'fieldsOfAction',
      'memberships.network',
      'places',
      'targetGroups',
    ])
    expect(relations('networks')).toEqual(['coordinatingContacts'])
    expect(relations('offers')).toEqual(
      expect.arrayContaining(['places.place', 'provider', 'eligibility.residenceSituations', 'offerTypes']),
    )
  })

  const valuesAt = (doc: Doc, path: string): unknown[] => {
    const [head, ...rest] = path.split('.')
    const value = doc[head!]
    if (value === undefined || value === null) return []
    if (rest.length === 0) return Array.isArray(value) ? value : [value]
    // The rows of an array, or a group.
    return [value as Doc | Doc[]].flat().flatMap((item) => valuesAt(item, rest.join('.')))
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
    for (const collection of [
      'working-groups',
      'target-groups',
      'principles',
      'goals',
      'offers',
      'places',
    ] as const) {
      const { docs } = await payload.find({
        collection,
        where: { district: { in: Object.values(districtIds) } },
        locale: 'en',
        fallbackLocale: false,
        pagination: false,
        depth: 0,
      })
      const field = ['principles', 'goals', 'offers'].includes(collection) ? 'title' : 'name'
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
