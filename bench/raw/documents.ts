import { alias } from './alias'
import { addressGroup, arrayField, contentTail, manyRelation, manySelect } from './fields'
import { joinField } from './joins'
import { relation } from './lean'
import { fileUrl, mediaSizes } from './media'
import { iso, localeJoins, localized } from './sql'
import { type Collection, type Context, tableOf } from './viewer'

/** A document in full, its relations at `depth`: the JSON, its row alias and its FROM clause. */
export type Shape = { x: string; json: string; from: string }

type Fields = (x: string, text: (column: string) => string, depth: number, ctx: Context) => string

const emails = (table: string, x: string, ctx: Context) =>
  arrayField(`${table}_emails`, `${x}.id`, (a) => `'address', ${a}.address`, ctx, { label: 'label' })

const phones = (table: string, x: string, ctx: Context) =>
  arrayField(`${table}_phones`, `${x}.id`, (a) => `'number', ${a}.number`, ctx, { label: 'label' })

/** The fields of each collection in full, in the order Payload prints them. */
const FIELDS: Partial<Record<Collection, Fields>> = {
  networks: (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'name', ${text('name')}, 'summary', ${text('summary')}, 'description', ${text('description')}, 'website', ${x}.website,
    'foundedYear', ${x}.founded_year, 'meetingRhythm', ${text('meeting_rhythm')}, 'history', ${text('history')},
    'carrier', ${text('carrier')}, 'funding', ${text('funding')}, 'membershipModel', ${x}.membership_model,
    'membershipNote', ${text('membership_note')}, 'sizeStatement', ${text('size_statement')},
    'coordinatingContacts', ${manyRelation('networks', `${x}.id`, 'coordinatingContacts', 'contacts', depth, ctx)},
    'referenceFrameworks', ${arrayField('networks_reference_frameworks', `${x}.id`, (a) => `'url', ${a}.url`, ctx, { title: 'title' })},
    'alliances', ${arrayField('networks_alliances', `${x}.id`, (a) => `'url', ${a}.url`, ctx, { name: 'name' })},
    'downloads', ${manyRelation('networks', `${x}.id`, 'downloads', 'media', depth, ctx)},
    'principles', ${joinField('principles', (p) => `${p}.network_id = ${x}.id`, 'order', depth, ctx)},
    'goals', ${joinField('goals', (g) => `${g}.network_id = ${x}.id`, 'order', depth, ctx)},
    'workingGroups', ${joinField('working-groups', (w) => `${w}.network_id = ${x}.id`, 'createdAt', depth, ctx)},
    'memberActors', ${joinField('actors', (a) => `exists (select 1 from actors_memberships m where m._parent_id = ${a}.id and m.network_id = ${x}.id)`, 'createdAt', depth, ctx)},
    'contacts', ${joinField('contacts', (c) => `exists (select 1 from contacts_rels r where r.parent_id = ${c}.id and r.path = 'networks' and r.networks_id = ${x}.id)`, 'createdAt', depth, ctx)},
    'slug', ${x}.slug, ${contentTail('networks', x, ctx)}`,

  principles: (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'network', ${relation('networks', `${x}.network_id`, depth, ctx)}, 'title', ${text('title')}, 'text', ${text('text')},
    'order', ${x}."order", 'slug', ${x}.slug, ${contentTail('principles', x, ctx)}`,

  goals: (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'network', ${relation('networks', `${x}.network_id`, depth, ctx)},
    'workingGroup', ${relation('working-groups', `${x}.working_group_id`, depth, ctx)}, 'kind', ${x}.kind,
    'title', ${text('title')}, 'description', ${text('description')},
    'fieldsOfAction', ${manyRelation('goals', `${x}.id`, 'fieldsOfAction', 'fields-of-action', depth, ctx)},
    'targetGroups', ${manyRelation('goals', `${x}.id`, 'targetGroups', 'target-groups', depth, ctx)},
    'order', ${x}."order", 'slug', ${x}.slug, ${contentTail('goals', x, ctx)}`,

  'target-groups': (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'name', ${text('name')}, 'description', ${text('description')}, 'category', ${x}.category,
    'networks', ${manyRelation('target_groups', `${x}.id`, 'networks', 'networks', depth, ctx)},
    'slug', ${x}.slug, ${contentTail('target_groups', x, ctx)}`,

  'working-groups': (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'network', ${relation('networks', `${x}.network_id`, depth, ctx)}, 'name', ${text('name')}, 'kind', ${x}.kind,
    'profile', ${text('profile')}, 'meetingRhythm', ${text('meeting_rhythm')},
    'chair', ${relation('contacts', `${x}.chair_id`, depth, ctx)},
    'memberActors', ${manyRelation('working_groups', `${x}.id`, 'memberActors', 'actors', depth, ctx)},
    'fieldsOfAction', ${manyRelation('working_groups', `${x}.id`, 'fieldsOfAction', 'fields-of-action', depth, ctx)},
    'targetGroups', ${manyRelation('working_groups', `${x}.id`, 'targetGroups', 'target-groups', depth, ctx)},
    'goals', ${joinField('goals', (g) => `${g}.working_group_id = ${x}.id`, 'order', depth, ctx)},
    'slug', ${x}.slug, ${contentTail('working_groups', x, ctx)}`,

  actors: (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'name', ${text('name')}, 'shortName', ${x}.short_name, 'kind', ${x}.kind, 'description', ${text('description')},
    'memberships', ${arrayField('actors_memberships', `${x}.id`, (a) => `'network', ${relation('networks', `${a}.network_id`, depth, ctx)}, 'role', ${a}.role`, ctx)},
    'fieldsOfAction', ${manyRelation('actors', `${x}.id`, 'fieldsOfAction', 'fields-of-action', depth, ctx)},
    'targetGroups', ${manyRelation('actors', `${x}.id`, 'targetGroups', 'target-groups', depth, ctx)},
    'languages', ${manySelect('actors_languages', `${x}.id`)}, 'address', ${addressGroup(x)}, 'website', ${x}.website,
    'emails', ${emails('actors', x, ctx)}, 'phones', ${phones('actors', x, ctx)},
    'contacts', ${joinField('contacts', (c) => `${c}.actor_id = ${x}.id`, 'createdAt', depth, ctx)},
    'slug', ${x}.slug, 'logo', ${relation('media', `${x}.logo_id`, depth, ctx)}, ${contentTail('actors', x, ctx)}`,

  // Personal fields need no hiding here: outside their district only offices and consenting
  // persons are readable at all, and an editor sees their own district in full.
  contacts: (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'kind', ${x}.kind, 'salutation', ${x}.salutation, 'name', ${text('name')}, 'position', ${text('position')},
    'organisationalUnit', ${x}.organisational_unit, 'actor', ${relation('actors', `${x}.actor_id`, depth, ctx)},
    'networks', ${manyRelation('contacts', `${x}.id`, 'networks', 'networks', depth, ctx)},
    'phones', ${phones('contacts', x, ctx)}, 'emails', ${emails('contacts', x, ctx)}, 'address', ${addressGroup(x)},
    'officeHours', json_build_object('byAppointmentOnly', ${x}.office_hours_by_appointment_only,
      'slots', ${arrayField('contacts_office_hours_slots', `${x}.id`, (a) => `'day', ${a}.day, 'opens', ${a}.opens, 'closes', ${a}.closes`, ctx)},
      'note', ${text('office_hours_note')}),
    'responsibilities', ${arrayField('contacts_responsibilities', `${x}.id`, () => '', ctx, { text: 'text' })},
    'languages', ${manySelect('contacts_languages', `${x}.id`)},
    'publicListing', json_build_object('consent', ${x}.public_listing_consent,
      'recordedAt', ${iso(`${x}.public_listing_recorded_at`)}, 'source', ${x}.public_listing_source),
    'photo', ${relation('media', `${x}.photo_id`, depth, ctx)}, 'slug', ${x}.slug, ${contentTail('contacts', x, ctx)}`,

  districts: (
    x,
    _text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'name', ${x}.name, 'slug', ${x}.slug, 'officialKey', ${x}.official_key,
    'kind', ${x}.kind, 'state', ${x}.state, 'website', ${x}.website,
    'coatOfArms', ${relation('media', `${x}.coat_of_arms_id`, depth, ctx)},
    'updatedAt', ${iso(`${x}.updated_at`)}, 'createdAt', ${iso(`${x}.created_at`)}`,

  'fields-of-action': (
    x,
    text,
  ) => `'id', ${x}.id, 'name', ${text('name')}, 'description', ${text('description')},
    'slug', ${x}.slug, 'updatedAt', ${iso(`${x}.updated_at`)}, 'createdAt', ${iso(`${x}.created_at`)}`,
}

/** A document of `collection` in full, relations at `depth`, as the viewer reads it. */
export const documentOf = (collection: Collection, depth: number, ctx: Context): Shape => {
  const x = alias(collection)
  const l = `${x}l`
  const table = tableOf(collection)
  const fields = FIELDS[collection]
  if (!fields) throw new Error(`no full shape for ${collection}`)
  const hasLocales = collection !== 'districts'
  return {
    x,
    json: `json_build_object(${fields(x, (column) => localized(l, column, ctx.locale), depth, ctx)})`,
    from: `"${table}" ${x} ${hasLocales ? localeJoins(`${table}_locales`, l, `${x}.id`, ctx.locale) : ''}`,
  }
}

/** A file as the directory lists it (src/endpoints/districtDirectory.ts). */
export const directoryMedia = (m: string) =>
  `json_build_object('id', ${m}.id, 'url', ${fileUrl(`${m}.url`, `${m}.filename`)}, 'alt', ${m}.alt,
    'caption', ${m}.caption, 'mimeType', ${m}.mime_type, 'filename', ${m}.filename, 'width', ${m}.width,
    'height', ${m}.height, 'sizes', ${mediaSizes(m)})`
