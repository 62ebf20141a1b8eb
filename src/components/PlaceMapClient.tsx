'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { MapTiles } from '../lib/mapTiles'

const ZOOM = 15
const TILE = 256
const WIDTH = 360
const HEIGHT = 220

/** Web-Mercator tile coordinates (fractional) of a position at ZOOM. */
const tileOf = (latitude: number, longitude: number) => {
  const n = 2 ** ZOOM
  const rad = (latitude * Math.PI) / 180
  return {
    x: ((longitude + 180) / 360) * n,
    y: ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n,
  }
}

const tileUrl = (template: string, z: number, x: number, y: number) =>
  template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))

/**
 * Nine tiles around the position with a marker in the middle, redrawn as the coordinates are
 * typed. Tiles that do not load leave a grey background: the marker, the numbers and the form
 * still work (the closed networks of some authorities block tile servers).
 */
export const PlaceMapClient = ({ tiles }: { tiles: MapTiles }) => {
  const { i18n } = useTranslation()
  const latitude = useFormFields(([fields]) => fields['coordinates.latitude']?.value) as number | null
  const longitude = useFormFields(([fields]) => fields['coordinates.longitude']?.value) as number | null
  const [failed, setFailed] = useState(0)
  const english = i18n.language === 'en'
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null
  if (Math.abs(latitude) > 85 || Math.abs(longitude) > 180) return null

  const { x, y } = tileOf(latitude, longitude)
  const originX = Math.floor(x) - 1
  const originY = Math.floor(y) - 1
  // Where the position falls inside the 3×3 block, shifted so that it sits in the centre.
  const offsetX = WIDTH / 2 - (x - originX) * TILE
  const offsetY = HEIGHT / 2 - (y - originY) * TILE
  const cells = [0, 1, 2].flatMap((row) => [0, 1, 2].map((column) => ({ row, column })))
  return (
    <figure
      className="place-map"
      data-testid="place-map"
      style={{ margin: '0 0 1.5rem', width: WIDTH, maxWidth: '100%' }}
    >
      <div
        role="img"
        aria-label={
          english
            ? `Map around ${latitude}, ${longitude}`
            : `Karte um ${String(latitude).replace('.', ',')}, ${String(longitude).replace('.', ',')}`
        }
        style={{
          position: 'relative',
          width: WIDTH,
          height: HEIGHT,
          overflow: 'hidden',
          background: 'var(--theme-elevation-100, #e5e5e5)',
          borderRadius: 4,
        }}
      >
        {cells.map(({ row, column }) => (
          <img
            key={`${row}-${column}`}
            alt=""
            src={tileUrl(tiles.url, ZOOM, originX + column, originY + row)}
            width={TILE}
            height={TILE}
            referrerPolicy="no-referrer"
            onError={() => setFailed((count) => count + 1)}
            style={{ position: 'absolute', left: offsetX + column * TILE, top: offsetY + row * TILE }}
          />
        ))}
        <span
          aria-hidden
          style={{
            position: 'absolute',
            left: WIDTH / 2 - 8,
            top: HEIGHT / 2 - 8,
            width: 16,
            height: 16,
            borderRadius: '50%',
            background: '#c0392b',
            border: '3px solid white',
            boxShadow: '0 0 3px rgba(0,0,0,0.6)',
          }}
        />
      </div>
      <figcaption style={{ fontSize: '0.75rem', opacity: 0.8 }}>
        {failed > 0
          ? english
            ? 'The map tiles could not be loaded; the coordinates are saved all the same.'
            : 'Die Kartenkacheln konnten nicht geladen werden; die Koordinaten werden trotzdem gespeichert.'
          : tiles.attribution}
      </figcaption>
    </figure>
  )
}
