import { boerde } from './districts/boerde'
import { halle } from './districts/halle'
import { magdeburg } from './districts/magdeburg'
import { saalekreis } from './districts/saalekreis'
import { stendal } from './districts/stendal'
import type { DistrictContent } from './types'

/** The five networks, each from the published self-description README.md cites. */
export const DISTRICT_CONTENT: DistrictContent[] = [saalekreis, stendal, halle, boerde, magdeburg]
