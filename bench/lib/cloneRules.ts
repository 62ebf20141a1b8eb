import type { ColumnRule, ReferenceRule } from './cloneDocuments'
import { scatteredCoordinates } from './geography'
import { CONTENT_TABLES, type ContentTable, type Plan } from './plan'

const PREFIXES = [
  'Nord',
  'Süd',
  'Ost',
  'West',
  'Ober',
  'Unter',
  'Alt',
  'Neu',
  'Groß',
  'Klein',
  'Hohen',
  'Nieder',
]
const STEMS = [
  'heide',
  'walde',
  'tal',
  'mark',
  'feld',
  'burg',
  'hagen',
  'stedt',
  'leben',
  'dorf',
  'berg',
  'rode',
]
const array = (words: string[]) => `ARRAY[${words.map((word) => `'${word}'`).join(', ')}]`

/** A German-sounding place name for district number `d` (SQL). */
const placeName = (d: string) =>
  `(${array(PREFIXES)})[1 + (${d}) % ${PREFIXES.length}] || (${array(STEMS)})[1 + ((${d}) / ${PREFIXES.length}) % ${STEMS.length}]`

/** Clone g of a district-scoped collection lies in district ((g - 1) mod D) + 1 … */
const districtNumber = (plan: Plan) => `((g - 1) % ${plan.districts} + 1)`
/** … as its m-th document there. */
const positionInDistrict = (plan: Plan) => `((g - 1) / ${plan.districts})`

export type Bases = Record<ContentTable | 'districts', number>

/** The districts: Landkreis Nordheide, Landkreis Südwalde …, with keys no real district has. */
export const districtColumns: ColumnRule = ({ field, value, isNull }) => {
  if (field === 'name') return `'Landkreis ' || ${placeName('g')}`
  if (field === 'slug')
    return `'landkreis-' || lower(translate(${placeName('g')}, 'äöüß', 'aous')) || '-' || g`
  if (field === 'official_key') return `'9' || lpad(g::text, 4, '0')`
  if (field === 'created_at' || field === 'updated_at')
    return isNull ? undefined : `${value} - make_interval(secs => g)`
  return undefined
}

/** Content clones keep the template's texts; names and slugs say which district and number they are. */
export const contentColumns =
  (plan: Plan): ColumnRule =>
  ({ field, value, isNull }) => {
    if (isNull) return undefined
    if (field === 'name' || field === 'title') {
      return `${value} || ' ' || ${placeName(districtNumber(plan))} || ' ' || (${positionInDistrict(plan)} + 1)`
    }
    if (field === 'slug') return `${value} || '-' || g`
    if (field === 'created_at' || field === 'updated_at') return `${value} - make_interval(secs => g)`
    return undefined
  }

/**
 * Places are content clones with a position of their own: scattered around their district's
 * centre (bench/lib/geography.ts), the same in the document and its versions.
 */
export const placeColumns = (plan: Plan): ColumnRule => {
  const content = contentColumns(plan)
  const { latitude, longitude } = scatteredCoordinates(plan)
  return (column) => {
    if (column.field === 'coordinates_latitude') return latitude
    if (column.field === 'coordinates_longitude') return longitude
    return content(column)
  }
}

/**
 * References to other collections point into the clone's own district: to the k-th document of
 * that collection there, k spread over the clone's position and the row's index.
 */
export const contentReferences =
  (plan: Plan, bases: Bases, from: ContentTable): ReferenceRule =>
  ({ refTable, idx }) => {
    if (refTable === 'districts') return `${bases.districts} + ${districtNumber(plan)}`
    if (refTable === 'media' || refTable === 'users') return 'NULL'
    if (!(CONTENT_TABLES as readonly string[]).includes(refTable)) return null
    const target = refTable as ContentTable
    const perDistrict = Math.max(1, Math.floor(plan.counts[target] / plan.districts))
    // Four contacts per actor: a contact works for the actor it was cloned next to.
    const k =
      from === 'contacts' && target === 'actors'
        ? `${positionInDistrict(plan)} / 4`
        : `${positionInDistrict(plan)} + ${idx}`
    return `${bases[target]} + ${districtNumber(plan)} + ${plan.districts} * ((${k}) % ${perDistrict})`
  }

/** The id of the k-th clone of a collection in district d (for picking scenario parameters). */
export const cloneId = (plan: Plan, bases: Bases, table: ContentTable, d: number, k: number) =>
  bases[table] + d + plan.districts * (k % Math.max(1, Math.floor(plan.counts[table] / plan.districts)))
