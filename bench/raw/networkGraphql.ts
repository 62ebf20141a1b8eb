import type pg from 'pg'

import { jsonArray } from './sql'
import { readable } from './viewer'

const anonymous = { kind: 'anonymous' as const }

/** A join over GraphQL without `limit`: all its documents (Payload's REST default of 10 does not apply), newest first. */
const docs = (fields: string, table: string, alias: string, where: string, joins = '') =>
  `json_build_object('docs', ${jsonArray(
    `select json_agg(p.doc order by p.created_at desc) from (
       select json_build_object(${fields}) as doc, ${alias}.created_at from ${table} ${alias} ${joins}
       where ${where} and ${readable(table === 'working_groups' ? 'working-groups' : (table as 'actors'), alias, anonymous)}
       ) p`,
  )})`

/** A select's value as a GraphQL enum name (@payloadcms/graphql formatName: '-' becomes '_'). */
const enumName = (column: string) => `replace(${column}::text, '-', '_')`

const district = (id: string) =>
  `(select json_build_object('id', d.id, 'name', d.name, 'slug', d.slug) from districts d where d.id = ${id})`

/** Only what NETWORK_QUERY (bench/scenarios.ts) selects, in German. */
const SQL = `select json_build_object(
    'id', n.id, 'name', nl.name, 'slug', n.slug, 'summary', nl.summary, 'district', ${district('n.district_id')},
    'workingGroups', ${docs(
      `'id', w.id, 'name', wl.name, 'slug', w.slug, 'kind', ${enumName('w.kind')}`,
      'working_groups',
      'w',
      'w.network_id = n.id',
      `left join working_groups_locales wl on wl._parent_id = w.id and wl._locale = 'de'`,
    )},
    'memberActors', ${docs(
      `'id', a.id, 'name', al.name, 'shortName', a.short_name, 'slug', a.slug, 'kind', ${enumName('a.kind')}, 'district', ${district('a.district_id')}`,
      'actors',
      'a',
      'exists (select 1 from actors_memberships m where m._parent_id = a.id and m.network_id = n.id)',
      `left join actors_locales al on al._parent_id = a.id and al._locale = 'de'`,
    )},
    'contacts', ${docs(
      `'id', c.id, 'name', cl.name, 'slug', c.slug, 'kind', ${enumName('c.kind')}, 'position', cl.position`,
      'contacts',
      'c',
      `exists (select 1 from contacts_rels r where r.parent_id = c.id and r.path = 'networks' and r.networks_id = n.id)`,
      `left join contacts_locales cl on cl._parent_id = c.id and cl._locale = 'de'`,
    )}) as network
  from networks n left join networks_locales nl on nl._parent_id = n.id and nl._locale = 'de'
  where n.id = $1 and ${readable('networks', 'n', anonymous)}`

/** Scenario 3: POST /api/graphql with NETWORK_QUERY and `{id}`. */
export const networkGraphql = async (pool: pg.Pool, { id }: { id: number }) => {
  const { rows } = await pool.query<{ network: unknown }>(SQL, [id])
  const network = rows[0]?.network
  if (network) return { data: { Network: network } }
  return { errors: [{ message: 'Not Found', path: ['Network'] }], data: { Network: null } }
}
