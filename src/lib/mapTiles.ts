import type { Env } from './env'

export type MapTiles = { url: string; attribution: string }

/** OpenStreetMap's own tile server: fine for a few editors, see its tile usage policy. */
export const OSM_TILES: MapTiles = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap-Mitwirkende',
}

/**
 * The tiles of the map on a place's form: MAP_TILE_URL (with {z}, {x}, {y}) and
 * MAP_TILE_ATTRIBUTION; OpenStreetMap's tiles when unset; `off` for no map at all (the editors'
 * browsers then ask no tile server; the coordinates stay editable as numbers).
 */
export const mapTilesFromEnv = (env: Env): MapTiles | null => {
  const url = env.MAP_TILE_URL?.trim()
  if (url === 'off') return null
  if (!url) return OSM_TILES
  return { url, attribution: env.MAP_TILE_ATTRIBUTION?.trim() || '' }
}
