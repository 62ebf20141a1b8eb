import { DEFAULT_LOCALE } from '../../src/lib/locales'
import { alias } from './alias'
import { arrayField, contentTail, manyRelation, manySelect } from './fields'
import { addressGroup, coordinatesGroup } from './groups'
import { joinField } from './joins'
import { relation } from './lean'
import { fileUrl, mediaSizes } from './media'
import { iso, jsonArray, localeJoins, localized } from './sql'
import { type Collection, type Context, tableOf } from './viewer'

/** A document in full, its relations at `depth`: the JSON, its row alias and its FROM clause. */
export type Shape = { x: string; json: string; from: string }

type Fields = (x: string, text: (column: string) => string, depth: number, ctx: Context) => string

const emails = (table: string, x: string, ctx: Context) =>
  arrayField(`${table}_emails`, `${x}.id`, (a) => `'address', ${a}.address`, ctx, { label: 'label' })

const phones = (table: string, x: string, ctx: Context) =>
  arrayField(`${table}_phones`, `${x}.id`, (a) => `'number', ${a}.number`, ctx, { label: 'label' })

/** A state-wide taxonomy (collections/stateWideTaxonomy.ts). */
const taxonomy: Fields = (
  x,
  text,
) => `'id', ${x}.id, 'name', ${text('name')}, 'description', ${text('description')},
    'slug', ${x}.slug, 'updatedAt', ${iso(`${x}.updated_at`)}, 'createdAt', ${iso(`${x}.created_at`)}`

/** Weekly hours' slots (src/fields/officeHoursField.ts). */
const weeklySlots = (table: string, parent: string, ctx: Context) =>
  arrayField(table, parent, (a) => `'day', ${a}.day, 'opens', ${a}.opens, 'closes', ${a}.closes`, ctx)

/**
 * An offer's places: each row's place, and its own hours there, whose localized note, like a
 * localized subfield of an array row (fields.ts, arrayField), is left out without a locale row.
 */
const offerPlaces = (x: string, depth: number, ctx: Context) => {
  const a = alias('op')
  const l = `${a}l`
  const hasRow =
    ctx.locale === DEFAULT_LOCALE ? `${l}.id is not null` : `(${l}.id is not null or ${l}_de.id is not null)`
  const hours = `jsonb_build_object('byAppointmentOnly', ${a}.hours_by_appointment_only,
      'slots', ${weeklySlots('offers_places_hours_slots', `${a}.id`, ctx)})
    || case when ${hasRow} then jsonb_build_object('note', ${localized(l, 'hours_note', ctx.locale)}) else '{}'::jsonb end`
  return jsonArray(
    `select json_agg(json_build_object('id', ${a}.id, 'place', ${relation('places', `${a}.place_id`, depth, ctx)},
        'ownHours', ${a}.own_hours, 'hours', ${hours}) order by ${a}._order)
     from offers_places ${a} ${localeJoins('offers_places_locales', l, `${a}.id`, ctx.locale)}
     where ${a}._parent_id = ${x}.id`,
  )
}

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
    'languages', ${manySelect('actors_languages', `${x}.id`)}, 'address', ${addressGroup(x)},
    'places', ${manyRelation('actors', `${x}.id`, 'places', 'places', depth, ctx)}, 'website', ${x}.website,
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
    'place', ${relation('places', `${x}.place_id`, depth, ctx)},
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
    'staleAfterMonths', ${x}.stale_after_months::float8,
    'coatOfArms', ${relation('media', `${x}.coat_of_arms_id`, depth, ctx)},
    'updatedAt', ${iso(`${x}.updated_at`)}, 'createdAt', ${iso(`${x}.created_at`)}`,

  'fields-of-action': taxonomy,
  'offer-types': taxonomy,
  'residence-situations': taxonomy,

  places: (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'name', ${text('name')}, 'address', ${addressGroup(x)}, 'coordinates', ${coordinatesGroup(x)},
    'publicTransport', ${text('public_transport')}, 'owner', ${relation('actors', `${x}.owner_id`, depth, ctx)},
    'openingHours', json_build_object('byAppointmentOnly', ${x}.opening_hours_by_appointment_only,
      'slots', ${weeklySlots('places_opening_hours_slots', `${x}.id`, ctx)}, 'note', ${text('opening_hours_note')}),
    'openingExceptions', ${arrayField(
      'places_opening_exceptions',
      `${x}.id`,
      (a) => `'from', ${iso(`${a}."from"`)}, 'to', ${iso(`${a}."to"`)}, 'closed', ${a}.closed,
        'slots', ${arrayField('places_opening_exceptions_slots', `${a}.id`, (b) => `'opens', ${b}.opens, 'closes', ${b}.closes`, ctx)}`,
      ctx,
      { note: 'note' },
    )},
    'accessibility', json_build_object('stepFreeEntrance', ${x}.accessibility_step_free_entrance,
      'accessibleToilet', ${x}.accessibility_accessible_toilet, 'lift', ${x}.accessibility_lift,
      'hearingLoop', ${x}.accessibility_hearing_loop, 'disabledParking', ${x}.accessibility_disabled_parking,
      'note', ${text('accessibility_note')}),
    'slug', ${x}.slug, ${contentTail('places', x, ctx)}`,

  offers: (
    x,
    text,
    depth,
    ctx,
  ) => `'id', ${x}.id, 'district', ${relation('districts', `${x}.district_id`, depth, ctx)},
    'title', ${text('title')}, 'summary', ${text('summary')}, 'description', ${text('description')},
    'offerTypes', ${manyRelation('offers', `${x}.id`, 'offerTypes', 'offer-types', depth, ctx)},
    'provider', ${relation('actors', `${x}.provider_id`, depth, ctx)},
    'workingGroup', ${relation('working-groups', `${x}.working_group_id`, depth, ctx)},
    'networks', ${manyRelation('offers', `${x}.id`, 'networks', 'networks', depth, ctx)},
    'fieldsOfAction', ${manyRelation('offers', `${x}.id`, 'fieldsOfAction', 'fields-of-action', depth, ctx)},
    'targetGroups', ${manyRelation('offers', `${x}.id`, 'targetGroups', 'target-groups', depth, ctx)},
    'languages', ${manySelect('offers_languages', `${x}.id`)},
    'eligibility', json_build_object('ageFrom', ${x}.eligibility_age_from, 'ageTo', ${x}.eligibility_age_to,
      'residenceSituations', ${manyRelation('offers', `${x}.id`, 'eligibility.residenceSituations', 'residence-situations', depth, ctx)},
      'note', ${text('eligibility_note')}),
    'cost', json_build_object('free', ${x}.cost_free, 'note', ${text('cost_note')}),
    'registration', ${x}.registration, 'documentsToBring', ${text('documents_to_bring')},
    'online', json_build_object('url', ${x}.online_url, 'remote', ${x}.online_remote),
    'period', json_build_object('from', ${iso(`${x}.period_from`)}, 'to', ${iso(`${x}.period_to`)}),
    'places', ${offerPlaces(x, depth, ctx)},
    'contacts', ${manyRelation('offers', `${x}.id`, 'contacts', 'contacts', depth, ctx)},
    'slug', ${x}.slug, ${contentTail('offers', x, ctx)}`,
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
