import { stateWideTaxonomy } from '../stateWideTaxonomy'

/** Fields of action (Handlungsfelder): one state-wide taxonomy, kept by state administrators. */
export const FieldsOfAction = stateWideTaxonomy({
  slug: 'fields-of-action',
  singular: { de: 'Handlungsfeld', en: 'Field of action' },
  plural: { de: 'Handlungsfelder', en: 'Fields of action' },
})
