import { boerde } from './districts/boerde'
import { halle } from './districts/halle'
import { magdeburg } from './districts/magdeburg'
import { saalekreis } from './districts/saalekreis'
import { stendal } from './districts/stendal'
import { FIELDS_OF_ACTION } from './fieldsOfAction'
import { OFFER_TYPES } from './offerTypes'
import { RESIDENCE_SITUATIONS } from './residenceSituations'
import type { DistrictContent, StateWideContent } from './types'

/** The five networks, each from the published self-description README.md cites. */
export const DISTRICT_CONTENT: DistrictContent[] = [saalekreis, stendal, halle, boerde, magdeburg]

/**
 * The state-wide taxonomies, each from its own module, under its collection's slug in camelCase
 * (seedPlan's `taxonomies` and `entries`): the runner writes whichever the config declares.
 */
export const STATE_WIDE_CONTENT: StateWideContent = {
  fieldsOfAction: FIELDS_OF_ACTION,
  offerTypes: OFFER_TYPES,
  residenceSituations: RESIDENCE_SITUATIONS,
}
