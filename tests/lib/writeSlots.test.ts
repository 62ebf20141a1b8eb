import { describe, expect, it } from 'vitest'

import { placesPerWorker, WRITE_PLACES } from '../../src/lib/writeSlots'

describe('placesPerWorker', () => {
  it("keeps the instance's bound when the workers share it", () => {
    expect(placesPerWorker(1)).toEqual(WRITE_PLACES)
    for (const workers of [1, 2, 3, 4]) {
      const places = placesPerWorker(workers)
      expect(places.writes * workers).toBeLessThanOrEqual(Math.max(WRITE_PLACES.writes, workers))
      expect(places.signIns * workers).toBeLessThanOrEqual(Math.max(WRITE_PLACES.signIns, workers))
      expect(places.machineTranslations * workers).toBeLessThanOrEqual(
        Math.max(WRITE_PLACES.machineTranslations, workers),
      )
    }
    expect(placesPerWorker(2)).toEqual({ writes: 2, signIns: 1, machineTranslations: 1 })
  })

  it('gives every worker at least one place of each kind', () => {
    expect(placesPerWorker(8)).toEqual({ writes: 1, signIns: 1, machineTranslations: 1 })
  })
})
