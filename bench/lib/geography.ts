import { EARTH_RADIUS_KM, type Position } from '../../src/lib/offerQuery'
import type { Plan } from './plan'

/**
 * Where the synthetic districts lie: each has a centre on a grid over a box around Germany, and
 * its places are scattered within SCATTER_KM of that centre. At scale 100 (400 districts) a grid
 * cell is about 37 × 35 km, so a 25 km circle around a centre holds its own district's places
 * and some of its neighbours' (a few hundred); at smaller scales the districts lie further apart
 * and the circle holds about one district's.
 */
export const AREA = { south: 47.3, north: 55.0, west: 5.9, east: 15.0 } as const

/** Places lie within this distance of their district's centre (km), uniformly over the disc. */
export const SCATTER_KM = 20

/** Kilometres per degree of latitude, on the mean Earth radius the find query uses. */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180

/** Rows and columns of the grid for `districts` cells, about square in kilometres. */
export const gridOf = (districts: number) => {
  const middle = ((AREA.south + AREA.north) / 2) * (Math.PI / 180)
  const widthKm = (AREA.east - AREA.west) * KM_PER_DEGREE * Math.cos(middle)
  const heightKm = (AREA.north - AREA.south) * KM_PER_DEGREE
  const columns = Math.max(1, Math.ceil(Math.sqrt((districts * widthKm) / heightKm)))
  const rows = Math.ceil(districts / columns)
  return {
    columns,
    rows,
    latitudeStep: (AREA.north - AREA.south) / rows,
    longitudeStep: (AREA.east - AREA.west) / columns,
  }
}

/** The centre of synthetic district number d (1 … plan.districts), row by row from the south-west. */
export const districtCentre = (plan: Plan, d: number): Position => {
  const { columns, latitudeStep, longitudeStep } = gridOf(plan.districts)
  const row = Math.floor((d - 1) / columns)
  const column = (d - 1) % columns
  return {
    latitude: AREA.south + (row + 0.5) * latitudeStep,
    longitude: AREA.west + (column + 0.5) * longitudeStep,
  }
}

/** A number in [0, 1) from clone number g and a salt, the same on every run (SQL). */
const uniform = (salt: string) =>
  `(('x' || substr(md5('${salt}:' || g), 1, 8))::bit(32)::bigint::float8 / 4294967296.0)`

/**
 * The coordinates of place clone g (SQL over `g`, as bench/lib/cloneDocuments.ts writes clones):
 * its district's centre (clone g lies in district ((g - 1) mod D) + 1), moved by a distance and
 * a bearing drawn from g, uniformly over a disc of SCATTER_KM; rounded to 6 decimals (0.1 m).
 */
export const scatteredCoordinates = (plan: Plan): { latitude: string; longitude: string } => {
  const { columns, latitudeStep, longitudeStep } = gridOf(plan.districts)
  const cell = `((g - 1) % ${plan.districts})`
  const centreLatitude = `(${AREA.south} + ((${cell} / ${columns})::float8 + 0.5) * ${latitudeStep})`
  const centreLongitude = `(${AREA.west} + ((${cell} % ${columns})::float8 + 0.5) * ${longitudeStep})`
  const km = `(${SCATTER_KM} * sqrt(${uniform('bench-place-distance')}))`
  const bearing = `(2 * pi() * ${uniform('bench-place-bearing')})`
  return {
    latitude: `round((${centreLatitude} + ${km} * cos(${bearing}) / ${KM_PER_DEGREE})::numeric, 6)`,
    longitude: `round((${centreLongitude} + ${km} * sin(${bearing}) / (${KM_PER_DEGREE} * cos(radians(${centreLatitude}))))::numeric, 6)`,
  }
}
