import { stateWideTaxonomy } from '../stateWideTaxonomy'

/**
 * Residence situations (Aufenthaltssituationen: asylum seekers, recognised refugees, EU
 * citizens …) that an offer's eligibility names: state-wide, because the law behind them is.
 */
export const ResidenceSituations = stateWideTaxonomy({
  slug: 'residence-situations',
  singular: { de: 'Aufenthaltssituation', en: 'Residence situation' },
  plural: { de: 'Aufenthaltssituationen', en: 'Residence situations' },
})
