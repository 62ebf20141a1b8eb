import { stateWideTaxonomy } from '../stateWideTaxonomy'

/** Kinds of offer (Angebotsarten: counselling, language course, …), the same in every district. */
export const OfferTypes = stateWideTaxonomy({
  slug: 'offer-types',
  singular: { de: 'Angebotsart', en: 'Offer type' },
  plural: { de: 'Angebotsarten', en: 'Offer types' },
})
