import type { CollectionConfig, CollectionSlug, Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { STATE_WIDE_CONTENT } from '../../seeds/index'
import { type SeedPlan, seedPlan } from '../../seeds/seedPlan'
import { declare, declaredCollections } from '../../src/lib/collectionFacts'
import { relationsOf } from '../../src/lib/walkFields'
import { config } from '../helpers/payload'

/** The seed's plan derived from the built config, without a database. */
let built: SanitizedConfig
let plan: SeedPlan

beforeAll(async () => {
  built = await config
  plan = seedPlan(built)
})

describe('seed plan of the built config', () => {
  it('orders exactly the content collections', () => {
    const content = declaredCollections(built.collections, 'content').map(({ slug }) => slug)
    expect([...plan.order].sort()).toEqual([...content].sort())
  })

  it('writes every collection after the content its non-deferred references point at', () => {
    const content = new Set<string>(plan.order)
    const checked: string[] = []
    for (const collection of built.collections.filter(({ slug }) => content.has(slug))) {
      for (const { path, relationTo } of relationsOf(collection.fields)) {
        // The tenant field is set by the runner; deferred fields are written in the second pass.
        if (path === 'district' || plan.deferred[collection.slug]?.includes(path.split('.')[0]!)) continue
        for (const target of relationTo.filter((slug) => content.has(slug))) {
          const field = `${collection.slug}.${path} → ${target}`
          const writtenBefore =
            plan.order.indexOf(target as CollectionSlug) < plan.order.indexOf(collection.slug)
          expect({ field, writtenBefore }).toEqual({ field, writtenBefore: true })
          checked.push(`${collection.slug}.${path}`)
        }
      }
    }
    // The references between content collections, among them the one inside the memberships rows.
    expect(checked).toEqual(
      expect.arrayContaining([
        'actors.memberships.network',
        'working-groups.chair',
        'offers.places.place',
        'offers.provider',
        'places.owner',
      ]),
    )
  })

  it('defers only the fields that close a cycle: coordinating contacts and the actors’ places', () => {
    // networks → coordinatingContacts → contacts → networks; actors → places → owner → actors.
    expect(plan.deferred).toEqual({ networks: ['coordinatingContacts'], actors: ['places'] })
    expect(plan.order.indexOf('contacts')).toBeGreaterThan(plan.order.indexOf('networks'))
    expect(plan.order.indexOf('places')).toBeGreaterThan(plan.order.indexOf('actors'))
    // Goals wait for the working groups, which wait for the actors: nothing of theirs is deferred.
    expect(plan.order.indexOf('goals')).toBeGreaterThan(plan.order.indexOf('working-groups'))
    expect(plan.order.at(-1)).toBe('offers')
  })

  it('seeds every state-wide taxonomy, not the districts, each from its own data', () => {
    expect(plan.taxonomies).toEqual(['fields-of-action', 'offer-types', 'residence-situations'])
    const stateWide = declaredCollections(built.collections, 'stateWide').map(({ slug }) => slug)
    expect(stateWide.filter((slug) => !plan.taxonomies.includes(slug as CollectionSlug))).toEqual([
      'districts',
    ])
    expect(Object.keys(STATE_WIDE_CONTENT).sort()).toEqual(
      plan.taxonomies.map((slug) => plan.entries[slug]).sort(),
    )
  })

  it('names the seed data, references, rich text and numbered collections from the fields', () => {
    expect(plan.entries).toMatchObject({ 'working-groups': 'workingGroups', 'target-groups': 'targetGroups' })
    expect(plan.entries).toMatchObject({ 'offer-types': 'offerTypes', offers: 'offers', places: 'places' })
    expect(plan.references.actors).toEqual({
      memberships: { rows: { network: 'networks' } },
      fieldsOfAction: { collection: 'fields-of-action' },
      targetGroups: { collection: 'target-groups' },
      places: { collection: 'places' },
    })
    // Uploads and the tenant field are no references of the seed data.
    expect(plan.references.networks).toEqual({ coordinatingContacts: { collection: 'contacts' } })
    // Rows of an array and a group hold references too; `review.requestedBy` (→ users) does not.
    expect(plan.references.offers).toEqual({
      offerTypes: { collection: 'offer-types' },
      provider: { collection: 'actors' },
      workingGroup: { collection: 'working-groups' },
      networks: { collection: 'networks' },
      fieldsOfAction: { collection: 'fields-of-action' },
      targetGroups: { collection: 'target-groups' },
      eligibility: { group: { residenceSituations: 'residence-situations' } },
      places: { rows: { place: 'places' } },
      contacts: { collection: 'contacts' },
    })
    expect(plan.references.places).toEqual({ owner: { collection: 'actors' } })
    expect(plan.references.contacts).toMatchObject({ place: { collection: 'places' } })
    expect(plan.richText).toMatchObject({
      networks: ['description', 'history'],
      principles: ['text'],
      goals: ['description'],
      'working-groups': ['profile'],
      actors: ['description'],
      contacts: [],
      offers: ['description'],
      places: [],
    })
    expect([...plan.ordered].sort()).toEqual(['goals', 'principles'])
    expect(plan.publicListing).toEqual(['contacts'])
  })
})

describe('seed plan of other models', () => {
  const relation = (name: string, relationTo: string, hasMany = false): Field =>
    ({ name, type: 'relationship', relationTo, hasMany }) as Field
  const collection = (slug: string, fields: Field[], resource: 'content' | 'stateWide' = 'content') =>
    ({ slug, custom: declare({ resource }), fields }) as CollectionConfig

  it('picks up a new collection and its fields without an edit', () => {
    const { order, taxonomies, entries, references, richText, deferred, ordered } = seedPlan({
      collections: [
        collection('events', [
          relation('district', 'districts'),
          relation('places', 'places', true),
          relation('reviewer', 'users'),
          {
            name: 'audience',
            type: 'group',
            fields: [
              relation('topics', 'topics', true),
              relation('by', 'users'),
              { name: 'note', type: 'text' },
            ],
          },
          { name: 'order', type: 'number' },
          { type: 'row', fields: [{ name: 'body', type: 'richText' }] },
        ]),
        collection('places', [relation('topics', 'topics', true)]),
        collection('topics', [{ name: 'name', type: 'text' }], 'stateWide'),
        // The tenant collection: state-wide, but no taxonomy (the field `district` points at it).
        collection('districts', [{ name: 'name', type: 'text' }], 'stateWide'),
        { slug: 'notes', fields: [relation('event', 'events')] } as CollectionConfig,
        { slug: 'users', fields: [] } as CollectionConfig,
      ],
    })
    expect(order).toEqual(['places', 'events'])
    expect(taxonomies).toEqual(['topics'])
    expect(deferred).toEqual({})
    expect(entries).toEqual({ places: 'places', events: 'events', topics: 'topics' })
    // Relationships to what the seed does not write by slug (users) are no references.
    expect(references).toEqual({
      events: {
        places: { collection: 'places' },
        audience: { group: { topics: 'topics' } },
      },
      places: { topics: { collection: 'topics' } },
    })
    expect(richText).toEqual({ places: [], events: ['body'] })
    expect(ordered).toEqual(['events'])
  })

  it('breaks a cycle at the first collection in config order, and defers self-references', () => {
    const plan = seedPlan({
      collections: [
        collection('a', [relation('b', 'b'), relation('parent', 'a'), relation('c', 'c')]),
        collection('b', [relation('a', 'a', true)]),
        collection('c', []),
        collection('d', [
          { name: 'links', type: 'array', fields: [relation('to', 'd'), { name: 'note', type: 'text' }] },
        ]),
      ],
    })
    // c first (ready), then the cycle a ↔ b is broken at a: its fields to b and to itself wait.
    expect(plan.order).toEqual(['c', 'a', 'b', 'd'])
    expect(plan.deferred).toEqual({ a: ['b', 'parent'], d: ['links'] })
    expect(plan.references.d).toEqual({ links: { rows: { to: 'd' } } })
  })

  it('breaks a cycle on the cycle, not at a collection that merely waits for it', () => {
    const plan = seedPlan({
      collections: [
        // Waits for b, which lies on the cycle b ↔ c: taken once b is written, nothing deferred.
        collection('a', [relation('b', 'b')]),
        collection('b', [relation('c', 'c')]),
        collection('c', [relation('b', 'b')]),
      ],
    })
    expect(plan.order).toEqual(['b', 'a', 'c'])
    expect(plan.deferred).toEqual({ b: ['c'] })
  })
})
