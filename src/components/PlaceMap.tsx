import type { Payload } from 'payload'
import React from 'react'

import type { MapTiles } from '../lib/mapTiles'
import { PlaceMapClient } from './PlaceMapClient'

/**
 * The map on a place's form (a server component: it reads the tile settings from the built
 * config, `integrationNetworks({ mapTiles })`, so that no setting has to reach the browser
 * bundle). Without tiles configured it renders nothing.
 */
export const PlaceMap = ({ payload }: { payload?: Payload }) => {
  const options = (payload?.config.custom as Record<string, { mapTiles?: MapTiles | null }> | undefined)
    ?.integrationNetworks
  const tiles = options?.mapTiles
  return tiles ? <PlaceMapClient tiles={tiles} /> : null
}
