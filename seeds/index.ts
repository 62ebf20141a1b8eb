import { boerde } from './districts/boerde'
import { halle } from './districts/halle'
import { magdeburg } from './districts/magdeburg'
import { saalekreis } from './districts/saalekreis'
import { stendal } from './districts/stendal'
import type { DistrictContent } from './types'

/** The five networks described in ../shared/seeds/ (000 … 004). */
export const DISTRICT_CONTENT: DistrictContent[] = [saalekreis, stendal, halle, boerde, magdeburg]
