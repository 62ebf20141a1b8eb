import type pg from 'pg'

import { EARTH_RADIUS_KM, type Position } from '../../src/lib/offerQuery'
import { findOffers } from '../raw/offers'
import { OFFER_RADIUS_KM, offerSearchPath, type ScenarioParams } from '../scenarios'

/** Degrees to 4 decimals (about 10 m), as a frontend would send a position. */
const round4 = (degrees: number) => Math.round(degrees * 10_000) / 10_000

/**
 * Scenario 8's parameters for the scenarios' district: a point about 3 km from its centre, and the
 * target-group category that most of its published offers serve (ties by name). Also how many
 * published places lie within the radius and how many offers the request finds, for the log.
 */
export const offerSearchOf = async (
  pool: pg.Pool,
  districtId: number,
  centre: Position,
): Promise<ScenarioParams['offerSearch'] & { matches: number; placesInReach: number }> => {
  const latitude = round4(centre.latitude + 0.02)
  const longitude = round4(centre.longitude - 0.03)
  const { rows } = await pool.query<{ category: string }>(
    `select t.category::text as category
       from offers o
       join offers_rels r on r.parent_id = o.id and r.path = 'targetGroups'
       join target_groups t on t.id = r.target_groups_id
      where o.district_id = $1 and o._status = 'published' and o.deleted_at is null
        and t._status = 'published' and t.deleted_at is null and t.category is not null
      group by 1 order by count(distinct o.id) desc, 1 limit 1`,
    [districtId],
  )
  const targetGroup = rows[0]?.category
  if (!targetGroup) throw new Error(`District ${districtId}: no offer serves a target group with a category.`)
  const search = { latitude, longitude, targetGroup }
  const answer = await findOffers(pool, new URL(offerSearchPath(search), 'http://bench').searchParams)
  const reach = await pool.query<{ count: string }>(
    `select count(*) as count from places p
      where p._status = 'published' and p.deleted_at is null
        and 2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
              power(sin(radians(p.coordinates_latitude::float8 - $1) / 2), 2)
              + cos(radians($1)) * cos(radians(p.coordinates_latitude::float8))
                * power(sin(radians(p.coordinates_longitude::float8 - $2) / 2), 2)))) <= $3`,
    [latitude, longitude, OFFER_RADIUS_KM],
  )
  if (answer.totalDocs === 0) throw new Error(`Scenario 8 finds no offers near ${latitude},${longitude}.`)
  return { ...search, matches: answer.totalDocs, placesInReach: Number(reach.rows[0]!.count) }
}
