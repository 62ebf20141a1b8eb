import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  createActor,
  createContact,
  createDistrict,
  createFieldOfAction,
  createGoal,
  createNetwork,
  createPrinciple,
  createTargetGroup,
  createWorkingGroup,
  published,
  unique,
} from '../helpers/factories'
import { testPayload } from '../helpers/payload'
import { NETWORK_GRAPH_QUERY } from '../helpers/queries'
import { gql, rest } from '../helpers/routes'

/**
 * A whole network graph, created through the Local API as the seed will, read back the way
 * a frontend does: REST and GraphQL, depth 0 to 2, German and English with fallback.
 */
let payload: Payload
const ids = {} as Record<
  'network' | 'principle' | 'goal' | 'wgGoal' | 'group' | 'actor' | 'contact' | 'target' | 'field',
  number
>

beforeAll(async () => {
  payload = await testPayload()
  const district = (await createDistrict(payload)).id
  const field = await createFieldOfAction(payload, { name: unique('Sprache') })
  await payload.update({
    collection: 'fields-of-action',
    id: field.id,
    locale: 'en',
    data: { name: 'Language' },
  })
  const network = await createNetwork(payload, {
    ...published,
    district,
    name: 'Netzwerk für Integration und Migration',
    summary: 'Rund 70 Personen aus mehr als 50 Institutionen.',
    foundedYear: 2002,
    membershipModel: 'open',
    sizeStatement: 'ca. 70 Personen aus mehr als 50 Institutionen, Stand 2006',
    referenceFrameworks: [{ title: 'Nationaler Integrationsplan' }],
    alliances: [{ name: 'Runder Tisch gegen Ausländerfeindlichkeit Sachsen-Anhalt' }],
  })
  await payload.update({
    collection: 'networks',
    id: network.id,
    locale: 'en',
    data: { ...published, name: 'Network for Integration and Migration' },
  })
  const target = await createTargetGroup(payload, {
    ...published,
    district,
    name: 'Internationale Studierende',
    category: 'students',
    networks: [network.id],
  })
  const actor = await createActor(payload, {
    ...published,
    district,
    name: 'Jugendmigrationsdienst',
    shortName: 'JMD',
    kind: 'advice-centre',
    memberships: [{ network: network.id, role: 'member' }],
    targetGroups: [target.id],
    fieldsOfAction: [field.id],
    languages: ['de', 'ar'],
  })
  const contact = await createContact(payload, {
    ...published,
    district,
    kind: 'office',
    name: 'Koordinierungsstelle Integration',
    actor: actor.id,
    networks: [network.id],
    phones: [{ number: '03931 60-7040' }],
    officeHours: { byAppointmentOnly: true, note: 'nach Terminvereinbarung' },
    responsibilities: [{ text: 'Vernetzung der Akteure' }],
  })
  await payload.update({
    collection: 'networks',
    id: network.id,
    data: { coordinatingContacts: [contact.id] },
  })
  const group = await createWorkingGroup(payload, {
    ...published,
    district,
    network: network.id,
    name: 'Fachgruppe Deutschunterricht',
    kind: 'fachgruppe',
    meetingRhythm: 'vierteljährlich',
    chair: contact.id,
    memberActors: [actor.id],
    fieldsOfAction: [field.id],
  })
  const principle = await createPrinciple(payload, {
    ...published,
    district,
    network: network.id,
    title: 'Integration als wechselseitiger Prozess',
    order: 1,
  })
  const goal = await createGoal(payload, {
    ...published,
    district,
    network: network.id,
    kind: 'goal',
    title: 'Teilhabe ermöglichen',
    fieldsOfAction: [field.id],
    targetGroups: [target.id],
  })
  const wgGoal = await createGoal(payload, {
    ...published,
    district,
    workingGroup: group.id,
    kind: 'goal',
    title: 'Sprachkursangebote vernetzen',
  })
  Object.assign(ids, {
    network: network.id,
    principle: principle.id,
    goal: goal.id,
    wgGoal: wgGoal.id,
    group: group.id,
    actor: actor.id,
    contact: contact.id,
    target: target.id,
    field: field.id,
  })
})

describe('a network graph over REST', () => {
  it('at depth 0 holds ids, and the network lists its related documents through joins', async () => {
    const { status, json } = await rest('GET', `networks/${ids.network}?depth=0`)
    expect(status).toBe(200)
    expect(json.coordinatingContacts).toEqual([ids.contact])
    expect(json.principles.docs).toEqual([ids.principle])
    expect(json.goals.docs).toEqual([ids.goal])
    expect(json.workingGroups.docs).toEqual([ids.group])
    expect(json.memberActors.docs).toEqual([ids.actor])
    expect(json.contacts.docs).toEqual([ids.contact])
    expect(json).toMatchObject({
      foundedYear: 2002,
      membershipModel: 'open',
      slug: 'netzwerk-fuer-integration-und-migration',
    })
  })

  it('at depth 1 populates relationships and joins', async () => {
    const { json } = await rest('GET', `working-groups/${ids.group}?depth=1`)
    expect(json.network).toMatchObject({ id: ids.network, name: 'Netzwerk für Integration und Migration' })
    expect(json.chair).toMatchObject({ id: ids.contact, name: 'Koordinierungsstelle Integration' })
    expect(json.memberActors[0]).toMatchObject({ id: ids.actor, shortName: 'JMD' })
    expect(json.goals.docs[0]).toMatchObject({ id: ids.wgGoal, title: 'Sprachkursangebote vernetzen' })
    expect(json.fieldsOfAction[0]).toMatchObject({ id: ids.field })
  })

  it('at depth 2 populates the relationships of related documents', async () => {
    const { json } = await rest('GET', `working-groups/${ids.group}?depth=2`)
    expect(json.chair.actor).toMatchObject({ id: ids.actor, name: 'Jugendmigrationsdienst' })
    expect(json.network.district).toMatchObject({ slug: expect.any(String) })
    // Related documents come in their lean default shape; `populate` asks for more of them.
    expect(json.memberActors[0]).not.toHaveProperty('targetGroups')
    const wider = await rest(
      'GET',
      `working-groups/${ids.group}?depth=2&populate[networks][coordinatingContacts]=true&populate[actors][targetGroups]=true`,
    )
    expect(wider.json.network.coordinatingContacts[0]).toMatchObject({ id: ids.contact, kind: 'office' })
    expect(wider.json.memberActors[0].targetGroups[0]).toMatchObject({ id: ids.target, category: 'students' })
    const shallow = await rest('GET', `working-groups/${ids.group}?depth=1`)
    expect(shallow.json.chair.actor).toBe(ids.actor)
  })

  it('keeps structured contact data: normalised phones and office hours', async () => {
    const { json } = await rest('GET', `contacts/${ids.contact}`)
    expect(json.phones[0].number).toBe('+493931607040')
    expect(json.officeHours).toMatchObject({ byAppointmentOnly: true, note: 'nach Terminvereinbarung' })
    expect(json.responsibilities[0].text).toBe('Vernetzung der Akteure')
  })

  it('answers in English where translated and falls back to German elsewhere', async () => {
    const en = await rest('GET', `networks/${ids.network}?locale=en&depth=0`)
    expect(en.json.name).toBe('Network for Integration and Migration')
    expect(en.json.summary).toBe('Rund 70 Personen aus mehr als 50 Institutionen.')
    const tr = await rest('GET', `networks/${ids.network}?locale=tr&depth=0`)
    expect(tr.json.name).toBe('Netzwerk für Integration und Migration')
    expect(en.json.translations).toEqual(['de', 'en'])
  })

  it('finds actors by target group, the way a frontend filters', async () => {
    const { json } = await rest('GET', `actors?where[targetGroups][in]=${ids.target}&depth=0`)
    expect(json.docs.map((doc: { id: number }) => doc.id)).toEqual([ids.actor])
  })
})

describe('a network graph over GraphQL', () => {
  it('reads the network with its groups and their chairs, in English with fallback', async () => {
    const { status, json } = await gql(NETWORK_GRAPH_QUERY, { id: ids.network })
    expect(status).toBe(200)
    expect(json.errors).toBeUndefined()
    expect(json.data.Network).toEqual({
      name: 'Network for Integration and Migration',
      summary: 'Rund 70 Personen aus mehr als 50 Institutionen.',
      workingGroups: {
        docs: [
          {
            name: 'Fachgruppe Deutschunterricht',
            chair: { name: 'Koordinierungsstelle Integration' },
            goals: { docs: [{ title: 'Sprachkursangebote vernetzen' }] },
          },
        ],
      },
      memberActors: { docs: [{ shortName: 'JMD' }] },
    })
  })
})
